/** The marker Starlight's fallback notice carries (src/components/overrides/FallbackContentNotice.astro). */
export const FALLBACK_MARKER = 'data-translation-fallback';

/** Whether a built HTML file is the notice at another language's address for a Swedish-only page, rather than a page of its own. */
export function isFallbackNotice(html: string): boolean {
  return html.includes(FALLBACK_MARKER);
}
