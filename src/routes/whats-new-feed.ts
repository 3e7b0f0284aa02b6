import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteChanges } from '../changes/site-changes.ts';
import { siteUrl } from '../site.ts';
import { changeAnchor } from '../changes/site-changes.ts';

/** "Vad är nytt" as an RSS feed: one item per change, law changes in the category "Lagändring". */
export const GET: APIRoute = async ({ site }) => {
  const changes = await siteChanges();
  return rss({
    title: 'Umgängeshandboken: Vad är nytt',
    description: 'Ändringar i handbokens sidor och mallar, med lagändringar märkta.',
    site: site ?? siteUrl,
    customData: '<language>sv-SE</language>',
    // The links carry an anchor; a slash added after it would break the anchor.
    trailingSlash: false,
    items: changes.map((change) => ({
      title: `${change.law ? 'Lagändring: ' : ''}${change.title}`,
      // The change's own line in the page's history: a link, and an id no other change shares.
      link: `${change.path}#${changeAnchor(change)}`,
      pubDate: new Date(`${change.date}T00:00:00Z`),
      description: change.summary,
      categories: change.law ? ['Lagändring'] : [],
    })),
  });
};
