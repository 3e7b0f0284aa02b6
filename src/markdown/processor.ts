import { satteri } from '@astrojs/markdown-satteri';
import { checklistBoxes } from './checklists.ts';
import { headingIds } from './heading-ids.ts';
import { printLinks } from './print-links.ts';
import { registryCitations } from './registry-citations.ts';
import { swedishQuotesPlugin } from './swedish-quotes.ts';

export interface HandbookMarkdownOptions {
  site: string;
  /** The project's content/ folder, as an absolute path. */
  contentDir: string;
  root: string;
  /** Only for `npm run bench -- --ablation`: the pipeline without the handbook's own plugins. */
  withoutOwnPlugins?: boolean;
}

/**
 * The handbook's Markdown pipeline: Astro's native Sätteri processor (Rust; GFM tables and task
 * lists, smart punctuation) with the handbook's plugins. Starlight, the link check and
 * auto-import add their own Sätteri plugins to the same processor.
 */
export function handbookMarkdown(options: HandbookMarkdownOptions) {
  const own = !options.withoutOwnPlugins;
  return satteri({
    features: { gfm: true, smartPunctuation: true },
    mdastPlugins: own ? [registryCitations({ contentDir: options.contentDir, root: options.root })] : [],
    hastPlugins: own ? [headingIds, printLinks({ site: options.site }), checklistBoxes, swedishQuotesPlugin] : [swedishQuotesPlugin],
  });
}
