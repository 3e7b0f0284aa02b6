// Stands in for '@pagefind/default-ui' (see the alias in astro.config.mjs) so that Starlight's
// search box sends Swedish queries through swedishQuery before Pagefind sees them.
// @ts-expect-error The package ships no types.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { swedishQuery } from './swedish-query.ts';

/*
 * The npm build of the default UI (1.5.2) never picks its own Swedish strings: it bundles
 * Svelte's server-side onMount, which does nothing, so the step that reads <html lang> never
 * runs and counts read "3 results for …". Starlight passes the site's `pagefind.*` translations
 * (content/i18n/sv.json), which win over these; these cover what the site does not translate.
 */
const swedish: Record<string, string> = {
  clear_search: 'Töm sökfältet',
  load_more: 'Visa fler träffar',
  search_label: 'Sök på webbplatsen',
  filters_label: 'Filter',
  zero_results: 'Inga träffar för [SEARCH_TERM]',
  many_results: '[COUNT] träffar för [SEARCH_TERM]',
  one_result: '[COUNT] träff för [SEARCH_TERM]',
  alt_search: 'Inga träffar för [SEARCH_TERM]. Här är träffar för [DIFFERENT_TERM] i stället',
  search_suggestion: 'Inga träffar för [SEARCH_TERM]. Pröva någon av de här sökningarna:',
  searching: 'Söker efter [SEARCH_TERM] …',
  results_label: 'Sökresultat',
  error_search: 'Sökningen misslyckades',
};

export class PagefindUI extends DefaultUI {
  constructor(options: { translations?: Record<string, string> } & Record<string, unknown>) {
    super({ processTerm: swedishQuery, ...options, translations: { ...swedish, ...options.translations } });
  }
}
