import type { MdastNode } from 'satteri';
import { type CitationComponent, citationOf, mdxTree } from '../markdown/citation-elements.ts';

/**
 * LIX (läsbarhetsindex): words per sentence + percentage of words longer than six letters.
 * Björnsson's measure, the one Swedish plain-language work uses.
 */
export interface LixResult {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function lix(text: string): LixResult {
  const words = text.match(WORD) ?? [];
  // A sentence ends at . ! ? or : followed by space/end, or at a line break that ends a list item or heading.
  const sentences = text.split(/[.!?:]+(?=\s|$)|\n+/u).filter((part) => {
    const word = WORD.test(part);
    WORD.lastIndex = 0;
    return word;
  }).length;
  const longWords = words.filter((word) => [...word.replace(/[-'’]/g, '')].length > 6).length;
  const wordCount = words.length;
  const sentenceCount = Math.max(sentences, 1);
  const value = wordCount === 0 ? 0 : wordCount / sentenceCount + (100 * longWords) / wordCount;
  return { words: wordCount, sentences: sentenceCount, longWords, lix: Math.round(value * 10) / 10 };
}

/**
 * How the prose reads each citation component: a term reads as its words (the text it wraps, or else
 * its id, for `<Term id="lvu" />`); the others render a reference to a registry and are left out.
 */
const citationProse: Record<CitationComponent, 'term' | 'reference'> = {
  Lagrum: 'reference',
  Regel: 'reference',
  Kalla: 'reference',
  Term: 'term',
};

/**
 * What a reader does not see as prose: frontmatter, ESM import/export, code blocks, JavaScript expressions
 * (JSX comments among them), raw HTML and HTML comments, link definitions and footnote numbers. Inline
 * code stays: it is a word the reader reads in its sentence, such as a file name.
 */
const hidden = new Set([
  'yaml',
  'toml',
  'mdxjsEsm',
  'code',
  'math',
  'inlineMath',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'definition',
  'footnoteReference',
]);

/** Blocks: each heading, paragraph, list item, table cell and so on is a line of its own. */
const blocks = new Set([
  'root',
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'thematicBreak',
  'containerDirective',
  'leafDirective',
  'mdxJsxFlowElement',
  'footnoteDefinition',
  'descriptionList',
  'descriptionTerm',
  'descriptionDetails',
]);

/**
 * Reduce MDX source to the prose a reader sees, from its Markdown tree: the text of headings, paragraphs,
 * list items, table cells, asides (with their titles) and the components that wrap text, each block on a
 * line of its own (blank lines between) so that `lix` ends a sentence there; a line break inside a
 * paragraph is a space. Link text stays and link targets go; an image reads as its alt text, which is what
 * a screen reader reads in its place. Citations of laws, rules and sources are left out.
 */
export function mdxToProse(source: string): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const text = line.replace(/\s+/gu, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const visit = (node: MdastNode) => {
    if (hidden.has(node.type)) return;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        line += node.value;
        return;
      case 'break':
        endLine();
        return;
      case 'image':
      case 'imageReference':
        line += ` ${node.alt ?? ''} `;
        return;
      case 'textDirective':
        // A directive Starlight does not claim, such as the ":s" in "FN:s", is put back as the text it was written as.
        line += `:${node.name}`;
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const citation = citationOf(node);
        // Any other component (Aside, Steps, Sv, LagrumForVuxna and so on) wraps prose.
        if (!citation) break;
        if (citationProse[citation.name] === 'reference') return;
        // A term that wraps its own words reads as them.
        if (node.children.length > 0) break;
        line += citation.id ?? '';
        return;
      }
    }
    const block = blocks.has(node.type);
    if (block) endLine();
    if ('children' in node) for (const child of node.children) visit(child);
    if (block) endLine();
  };
  visit(mdxTree(source));
  return lines.join('\n\n');
}
