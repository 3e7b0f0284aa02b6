import type { Root } from 'hast';
import type { Plugin } from 'unified';

interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

/**
 * GFM task lists become disabled checkboxes without a label, which screen readers announce
 * as unnamed controls. In this handbook a checklist is something to print or work through,
 * not a form, so each box is drawn instead and the item's text is read as a plain list item.
 */
export const rehypeChecklistBoxes: Plugin<[], Root> = function () {
  return (tree) => {
    const visit = (node: Element) => {
      node.children = node.children?.map((child) => {
        const isTaskBox =
          child.type === 'element' && child.tagName === 'input' && child.properties?.type === 'checkbox' && node.tagName === 'li';
        if (!isTaskBox) return child;
        const checked = Boolean(child.properties?.checked);
        return {
          type: 'element',
          tagName: 'span',
          properties: { className: ['checklist-box', ...(checked ? ['checklist-box--checked'] : [])], ariaHidden: 'true' },
          children: [],
        };
      });
      node.children?.forEach(visit);
    };
    visit(tree as unknown as Element);
  };
};
