import type { HastPluginDefinition } from 'satteri';

/**
 * Gives every link in the content its full address in `data-print-href`, which the print
 * stylesheet writes after the link text, so a printed chapter still says where links go.
 */
export function printLinks({ site }: { site: string }): HastPluginDefinition {
  return {
    name: 'umgangeshandboken:print-links',
    element: {
      filter: ['a'],
      visit(link, ctx) {
        const href = link.properties.href;
        if (typeof href !== 'string') return;
        if (/^(https?:)?\/\//.test(href)) ctx.setProperty(link, 'dataPrintHref', href);
        else if (href.startsWith('/')) ctx.setProperty(link, 'dataPrintHref', new URL(href, site).href);
      },
    },
  };
}
