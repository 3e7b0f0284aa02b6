/*
 * The part of Pagefind's npm build of its default UI that pagefind-ui-core.ts uses: the package
 * (@pagefind/default-ui 1.5.2) ships no types. Its constructor takes Pagefind UI's options
 * (https://pagefind.app/docs/ui/) as Starlight passes them; any it does not know go on to Pagefind.
 */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
  export interface PagefindUIOptions {
    [option: string]: unknown;
    /** A selector for the element the UI is mounted in; "[data-pagefind-ui]" if left out. */
    element?: string;
    /** Rewrites the search term before Pagefind searches for it. */
    processTerm?: (term: string) => string;
  }

  /** Mounts Pagefind's search UI in the element `options.element` names. */
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
  }
}
