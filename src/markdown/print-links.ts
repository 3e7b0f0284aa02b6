import type { Root } from 'hast';
import type { Plugin } from 'unified';

interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

/**
 * Gives every link in the content its full address in `data-print-href`, which the print
 * stylesheet writes after the link text, so a printed chapter still says where links go.
 */
export const rehypePrintLinks: Plugin<[{ site: string }], Root> = function ({ site }) {
  return (tree) => {
    const visit = (node: Element) => {
      if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
        const href = node.properties.href;
        if (/^(https?:)?\/\//.test(href)) node.properties.dataPrintHref = href;
        else if (href.startsWith('/')) node.properties.dataPrintHref = new URL(href, site).href;
      }
      node.children?.forEach(visit);
    };
    visit(tree as unknown as Element);
  };
};
