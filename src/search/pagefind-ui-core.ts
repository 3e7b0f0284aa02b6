// Pagefind's own search UI, loaded by pagefind-ui.ts when the search dialog first opens, so that
// a Swedish query goes through swedishQuery before Pagefind sees it.
// The package ships no types: pagefind-default-ui.d.ts declares the part used here.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { swedishQuery } from './swedish-query.ts';

/*
 * The npm build of the default UI (1.5.2) never picks its own strings for the page's language: it
 * bundles Svelte's server-side onMount, which does nothing, so the step that reads <html lang> never
 * runs. Starlight passes every `pagefind.*` string of the page's language from content/i18n/<lang>.json,
 * the dialog's results label and error message among them. Pagefind itself searches the index of the
 * page's language; only Swedish queries go through the Swedish cutter.
 */
export class PagefindUI extends DefaultUI {
  constructor(options: Record<string, unknown>) {
    const swedish = document.documentElement.lang === 'sv';
    super(swedish ? { processTerm: swedishQuery, ...options } : options);
  }
}
