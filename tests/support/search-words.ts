import { globSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

// Elements Pagefind leaves out of the index even inside data-pagefind-body (pagefind/src/fossick/parser.rs).
const NOT_INDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

function collectText(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    const element = node as Element;
    if (NOT_INDEXED.has(element.tagName) || element.properties['dataPagefindIgnore'] !== undefined) return;
  }
  out.push(' ');
  for (const child of node.children) collectText(child, out);
  out.push(' ');
}

/** The text Pagefind indexes from one built page: its data-pagefind-body regions, or '' if it has none. */
export function indexedText(html: string): string {
  const out: string[] = [];
  for (const body of selectAll('[data-pagefind-body]', fromHtml(html))) collectText(body, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The distinct whole words of a text, lower-cased. */
export function wordsOf(text: string): Set<string> {
  // Marks and the zero-width non-joiner belong to the word in Arabic, Dari and Tigrinya script. A word with an
  // apostrophe inside (Somali su’aal) is left out: Pagefind and this split would cut it differently.
  const words = text.toLocaleLowerCase('sv-SE').match(/[\p{L}\p{M}\u200c'’]+/gu) ?? [];
  return new Set(words.filter((word) => !/['’]/.test(word)));
}

/** The language Pagefind files a page under: its <html lang>. */
export function pageLanguage(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** Every indexed page of a built site in one language (by its address) with the words it holds: Pagefind keeps one index per language. */
export function indexedPages(dist: string, lang = 'sv'): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const file of globSync(`${dist}/**/*.html`).sort()) {
    const html = readFileSync(file, 'utf8');
    if (pageLanguage(html) !== lang) continue;
    const text = indexedText(html);
    if (text) pages.set(`/${relative(dist, file)}`.replace(/index\.html$/, ''), wordsOf(text));
  }
  return pages;
}

/** For each word, the pages that hold it. */
export function pagesByWord(pages: Map<string, Set<string>>): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const [page, words] of pages) {
    for (const word of words) byWord.set(word, (byWord.get(word) ?? new Set()).add(page));
  }
  return byWord;
}

/** `count` items spread evenly over the list (in Swedish alphabetical order), starting at a fixed offset. */
export function spreadSample(items: Iterable<string>, count: number, seed: number): string[] {
  const sorted = [...items].sort((a, b) => a.localeCompare(b, 'sv'));
  if (sorted.length <= count) return sorted;
  const step = sorted.length / count;
  return Array.from({ length: count }, (_, i) => sorted[Math.floor(seed % step) + Math.floor(i * step)]!);
}

/** For each stem, the pages that hold a word with that stem: the pages with some form of a word. */
export function pagesByStem(byWord: Map<string, Set<string>>, stems: Map<string, string>): Map<string, Set<string>> {
  const byStem = new Map<string, Set<string>>();
  for (const [word, pages] of byWord) {
    const stem = stems.get(word)!;
    const set = byStem.get(stem) ?? new Set<string>();
    for (const page of pages) set.add(page);
    byStem.set(stem, set);
  }
  return byStem;
}
