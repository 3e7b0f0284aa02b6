import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

/*
 * Reading built pages for the translation tests: the text a reader sees outside what is marked Swedish,
 * cut into the blocks a sentence stands in, and a detector for Swedish sentences.
 */

// Words that carry Swedish sentences and are rare or absent in English, Finnish, Somali, Arabic, Dari and
// Tigrinya text: a block with several of them, making up a good part of its words, is Swedish.
const SWEDISH_FUNCTION_WORDS = new Set(
  'och att det som är på för med inte har till av du ditt din dina kan ska om vi ni sig hur när vad eller också efter innan från får hos sin sina vill mer bara alla här där sedan då så ett vara blir finns jag mig dig dem deras vår våra kommer måste eftersom utan även någon något ingen inget barnet barn mamma pappa träffa träffen socialtjänsten'.split(
    ' ',
  ),
);

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, summary, figcaption, caption, label, button, option, legend, blockquote';
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

function isSwedishMarked(element: Element): boolean {
  const lang = element.properties['lang'];
  return typeof lang === 'string' && /^sv\b/i.test(lang);
}

/** The text of a node, leaving out every element marked lang="sv…" and scripts. */
export function textOutsideSwedish(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (SKIPPED.has(node.tagName) || isSwedishMarked(node))) return '';
  return node.children.map(textOutsideSwedish).join(node.type === 'element' && /^(p|li|h\d|td|th|div|section|ul|ol)$/.test(node.tagName) ? ' ' : '');
}

/** The blocks of a page (paragraphs, list items, headings, cells, buttons) with their text outside Swedish marks. */
export function textBlocks(html: string, scope = 'body', { keepSwedish = false } = {}): string[] {
  const root = fromHtml(html);
  const container = select(scope, root);
  if (!container) return [];
  if (keepSwedish) return selectAll(BLOCKS, container).map((block) => collapse(block));
  return selectAll(BLOCKS, container)
    .filter((block) => !ancestorsMarkedSwedish(root, block))
    .map((block) => textOutsideSwedish(block).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** All the text of an element, Swedish included. */
function collapse(node: Root | RootContent): string {
  const text = (n: Root | RootContent): string =>
    n.type === 'text'
      ? n.value
      : n.type === 'element' || n.type === 'root'
        ? SKIPPED.has((n as Element).tagName)
          ? ''
          : n.children.map(text).join(' ')
        : '';
  return text(node).replace(/\s+/g, ' ').trim();
}

function ancestorsMarkedSwedish(root: Root, target: Element): boolean {
  const path: Element[] = [];
  const walk = (node: Root | RootContent): boolean => {
    if (node === target) return true;
    if (node.type !== 'element' && node.type !== 'root') return false;
    if (node.type === 'element') path.push(node);
    for (const child of node.children) if (walk(child)) return true;
    if (node.type === 'element') path.pop();
    return false;
  };
  walk(root);
  return path.some(isSwedishMarked);
}

/** Whether a block of text reads as Swedish: at least three words, of which two or more and a third or more are Swedish function words. */
export function looksSwedish(text: string): boolean {
  const words = text.toLocaleLowerCase('sv-SE').match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const swedish = words.filter((word) => SWEDISH_FUNCTION_WORDS.has(word)).length;
  return swedish >= 2 && swedish / words.length >= 1 / 3;
}

/** The built HTML of a site address. */
export function builtPage(path: string): string {
  return readFileSync(`dist${path}index.html`, 'utf8');
}
