/**
 * Whether the page being rendered is Starlight's fallback: a Swedish page at another language's address.
 * Starlight's route data throws when read outside a Starlight page, as in the whole handbook.
 */
export function isFallbackRoute(locals: App.Locals): boolean {
  try {
    return locals.starlightRoute.isFallback === true;
  } catch {
    return false;
  }
}
