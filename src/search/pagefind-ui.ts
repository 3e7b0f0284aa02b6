// Stands in for '@pagefind/default-ui' (see the alias in astro.config.mjs) so that Starlight's
// search box sends Swedish queries through swedishQuery before Pagefind sees them.
// @ts-expect-error The package ships no types.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { swedishQuery } from './swedish-query.ts';

/*
 * The npm build of the default UI (1.5.2) never picks its own Swedish strings: it bundles
 * Svelte's server-side onMount, which does nothing, so the step that reads <html lang> never
 * runs. Starlight passes the site's `pagefind.*` strings from content/i18n/sv.json; these are
 * the dialog's strings that Starlight has no key for.
 */
const swedish: Record<string, string> = {
  results_label: 'Sökresultat',
  error_search: 'Sökningen misslyckades',
};

export class PagefindUI extends DefaultUI {
  constructor(options: { translations?: Record<string, string> } & Record<string, unknown>) {
    super({ processTerm: swedishQuery, ...options, translations: { ...swedish, ...options.translations } });
  }
}
