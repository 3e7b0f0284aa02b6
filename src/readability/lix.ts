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

/** Reduce MDX source to the prose a reader sees: no frontmatter, imports, tags, code or link targets. */
export function mdxToProse(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<(Lagrum|Kalla)\b[^>]*\/>/g, '')
    .replace(/<Term\b[^>]*id="([^"]+)"[^>]*\/>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:::\w*(\[([^\]]*)\])?.*$/gm, '$2')
    .replace(/^\s*(#+|[-*+]|\d+\.|\|)\s*/gm, '')
    .replace(/\[[ x]\]\s*/g, '')
    .replace(/[*_`|]/g, ' ');
}
