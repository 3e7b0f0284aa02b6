import { strFromU8, unzipSync } from 'fflate';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import mammoth from 'mammoth';
import type { Template } from '../../src/templates/schema.ts';
import { signerControls } from '../../src/templates/form-fields.ts';
import { TEMPLATE_CHANGES_HEADING } from '../../src/schemas/change.ts';

/*
 * Reads a Word document the way a reader we did not write sees it: mammoth turns it into HTML,
 * with Word's heading styles as h1 and h2 and the field-label style as p.label, and the outline
 * is then read from that HTML in document order.
 */

export type OutlineEntry = [kind: 'h1' | 'h2' | 'label' | 'th' | 'option', text: string];

const styleMap = ["p[style-name='Fältetikett'] => p.label:fresh"];

export async function readDocx(bytes: Uint8Array) {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap });
  const files = unzipSync(bytes);
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  return { html, tree: fromHtml(html, { fragment: true }), messages, part };
}

const text = (node: RootContent | Root): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');

/** Headings, field labels and signers, table header cells and the text after each checkbox, in document order. */
export function outline(tree: Root): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const element of selectAll('h1, h2, p.label, th, p:has(input[type=checkbox])', tree)) {
    if (element.tagName === 'p' && element.properties.className?.toString() !== 'label') {
      entries.push(...options(element));
    } else {
      const kind = element.tagName === 'p' ? 'label' : (element.tagName as 'h1' | 'h2' | 'th');
      entries.push([kind, text(element).trim()]);
    }
  }
  return entries;
}

function options(paragraph: Element): OutlineEntry[] {
  const found: string[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'element' && child.tagName === 'input') found.push('');
    else if (found.length) found[found.length - 1] += text(child);
  }
  return found.map((option) => ['option', option.trim()]);
}

/** What the outline of a template's Word document must be: a single choice is a drop-down, so only check boxes add options. */
export function expectedOutline(template: Template): OutlineEntry[] {
  const entries: OutlineEntry[] = [['h1', template.title]];
  for (const section of template.sections) {
    entries.push(['h2', section.title]);
    for (const field of section.fields) {
      entries.push(['label', field.label]);
      if (field.type === 'multichoice') entries.push(...field.options.map((option): OutlineEntry => ['option', option]));
      if (field.type === 'table') entries.push(...field.columns.map((column): OutlineEntry => ['th', column.label]));
      if (field.type === 'signature') entries.push(...signerControls(field).map((signer): OutlineEntry => ['label', signer.party]));
    }
  }
  // A blank form ends with its change list.
  if (template.changes.length) entries.push(['h2', TEMPLATE_CHANGES_HEADING]);
  return entries;
}

/** The w:sdt drop-down lists in a document part, in order: the control's tag, the placeholder item and the options. */
export function dropDownLists(xml: string): { tag: string; items: string[] }[] {
  return [...xml.matchAll(/<w:sdt>(?:(?!<\/w:sdt>).)*?<w:dropDownList>(.*?)<\/w:dropDownList>/gs)].map((match) => ({
    tag: /<w:tag w:val="([^"]*)"\/>/.exec(match[0])?.[1] ?? '',
    items: [...match[1]!.matchAll(/w:displayText="([^"]*)"/g)].map((item) => unescapeXml(item[1]!)),
  }));
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
