import type { Element, Root, RootContent } from 'hast';

/*
 * Finds English user-interface text in a page of this Swedish site: visible text, screen-reader
 * text and the attributes assistive technology reads. A string counts as English when it holds a
 * word from the list below, which are common UI words in English that are not Swedish words.
 */
const ENGLISH_WORDS = new Set(
  [
    'the',
    'and',
    'of',
    'to',
    'is',
    'are',
    'with',
    'this',
    'that',
    'your',
    'you',
    'for',
    'from',
    'by',
    'or',
    'no',
    'search',
    'searching',
    'menu',
    'section',
    'titled',
    'close',
    'copy',
    'copied',
    'page',
    'pages',
    'next',
    'previous',
    'skip',
    'content',
    'results',
    'result',
    'load',
    'more',
    'clear',
    'select',
    'theme',
    'dark',
    'light',
    'overview',
    'note',
    'tip',
    'caution',
    'danger',
    'edit',
    'updated',
    'built',
    'draft',
    'directory',
    'found',
    'try',
    'using',
    'main',
    'navigation',
    'open',
    'toggle',
    'back',
    'top',
    'loading',
    'error',
    'warning',
    'download',
    'show',
    'hide',
    'link',
    'terminal',
    'window',
    'filters',
    'cancel',
    'language',
    'available',
    'yet',
    'production',
    'builds',
  ].map((word) => word.toLowerCase()),
);

/** Attributes that a person or assistive technology meets. */
const READ_ATTRIBUTES = ['ariaLabel', 'ariaDescription', 'ariaRoledescription', 'ariaValuetext', 'title', 'alt', 'placeholder'];
/** Elements whose text is never shown or read as UI text. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'svg', 'template']);

export function englishWordsIn(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));
}

function isForeign(element: Element): boolean {
  const lang = element.properties?.lang;
  return typeof lang === 'string' && !/^sv\b/i.test(lang);
}

/** Every string in the tree that reads as English, each once. */
export function englishUiText(tree: Root | Element): string[] {
  const found = new Set<string>();
  const check = (text: string) => {
    // Addresses are not language: "…/steg-for-steg/" holds "for".
    const clean = text
      .replace(/\bhttps?:\/\/\S+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (clean && englishWordsIn(clean).length > 0) found.add(clean);
  };
  const walk = (node: RootContent | Root) => {
    if (node.type === 'text') return check(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName) || isForeign(node)) return;
      for (const name of READ_ATTRIBUTES) {
        const value = node.properties?.[name];
        if (typeof value === 'string') check(value);
      }
    }
    node.children.forEach((child) => walk(child as RootContent));
  };
  walk(tree);
  return [...found];
}
