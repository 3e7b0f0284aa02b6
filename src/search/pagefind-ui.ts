// Stands in for '@pagefind/default-ui' (see the alias in astro.config.mjs) so that Starlight's
// search box sends Swedish queries through swedishQuery before Pagefind sees them.
// @ts-expect-error The package ships no types.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { swedishQuery } from './swedish-query.ts';

export class PagefindUI extends DefaultUI {
  constructor(options: Record<string, unknown>) {
    super({ processTerm: swedishQuery, ...options });
  }
}
