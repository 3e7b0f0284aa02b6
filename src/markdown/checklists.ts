import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/** The box of a task-list item: in the item itself, or in its first paragraph when the list is loose. */
function inListItem(input: Readonly<Element>, ctx: HastVisitorContext): boolean {
  const parent = ctx.parent(input);
  if (parent.type !== 'element') return false;
  if (parent.tagName === 'li') return true;
  const grandparent = parent.tagName === 'p' ? ctx.parent(parent) : undefined;
  return grandparent?.type === 'element' && grandparent.tagName === 'li';
}

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
      if (input.properties.type !== 'checkbox' || !inListItem(input, ctx)) return;
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
