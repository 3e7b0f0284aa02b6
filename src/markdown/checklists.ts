import type { HastPluginDefinition } from 'satteri';

/**
 * GFM task lists become disabled checkboxes without a label, which screen readers announce
 * as unnamed controls. In this handbook a checklist is something to print or work through,
 * not a form, so each box is drawn instead and the item's text is read as a plain list item.
 */
export const checklistBoxes: HastPluginDefinition = {
  name: 'umgangeshandboken:checklist-boxes',
  element: {
    filter: ['input'],
    visit(input, ctx) {
      const parent = ctx.parent(input);
      if (input.properties.type !== 'checkbox' || parent.type !== 'element' || parent.tagName !== 'li') return;
      const checked = Boolean(input.properties.checked);
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: ['checklist-box', ...(checked ? ['checklist-box--checked'] : [])], ariaHidden: 'true' },
        children: [],
      };
    },
  },
};
