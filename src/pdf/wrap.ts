import type { PDFFont } from 'pdf-lib';

/** Words at most this long are measured once and remembered; a longer one is measured by its characters. */
const CACHED_WORD = 200;

const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Width of a word at size 1000 (the font's own units): each word is laid out once per font and
 * remembered, instead of laying the growing line out again for every word added. Summing words
 * and spaces is the same as measuring the whole line, because the handbook's font has no kerning
 * between a space and a letter (a test checks every pair).
 */
function wordWidth(font: PDFFont, word: string): number {
  let cache = wordWidths.get(font);
  if (!cache) wordWidths.set(font, (cache = new Map()));
  let width = cache.get(word);
  if (width === undefined) {
    width = font.widthOfTextAtSize(word, 1000);
    if (word.length <= CACHED_WORD) cache.set(word, width);
  }
  return width;
}

/** A line of wrapped text and where it lies in the text it was cut from. */
export interface WrappedLine {
  text: string;
  /** Offset of the line's first character in the text. */
  start: number;
  /** Offset just after the line's last character. */
  end: number;
}

/**
 * Breaks text into lines no wider than `width` at the given size, keeping each line's place in
 * the text; words longer than a line are split. Linear in the length of the text: a line's width
 * is kept as a running sum, and a long word is cut by its characters' widths, never by measuring
 * what is left of it again for every line.
 */
export function wrapLines(text: string, font: PDFFont, size: number, width: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  // Scaled as pdf-lib scales a measured width, so that a line breaks exactly where it did before.
  const fits = (units: number) => units * (size / 1000) <= width;
  const space = wordWidth(font, ' ');
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    let words: string[] = [];
    let lineStart = paragraphStart;
    let lineEnd = paragraphStart;
    // The words' widths summed in order, as measuring the line word by word sums them.
    let wordsWidth = 0;
    const pushLine = () => lines.push({ text: words.join(' '), start: lineStart, end: lineEnd });
    for (const match of paragraph.matchAll(/\S+/g)) {
      const word = match[0];
      const start = paragraphStart + match.index;
      const measured = word.length <= CACHED_WORD || !words.length ? wordWidth(font, word) : Infinity;
      if (fits(wordsWidth + measured + words.length * space)) {
        if (!words.length) lineStart = start;
        words.push(word);
        wordsWidth += measured;
        lineEnd = start + word.length;
        continue;
      }
      if (words.length) pushLine();
      let offset = 0;
      if (!fits(wordWidth(font, word))) {
        for (const piece of splitWord(word, font, size, width)) {
          lines.push({ text: word.slice(offset, offset + piece), start: start + offset, end: start + offset + piece });
          offset += piece;
        }
      }
      const rest = word.slice(offset);
      words = [rest];
      wordsWidth = wordWidth(font, rest);
      lineStart = start + offset;
      lineEnd = start + word.length;
    }
    if (!words.length) lineStart = lineEnd = paragraphStart;
    pushLine();
    paragraphStart += paragraph.length + 1;
  }
  return lines;
}

/** Breaks text into lines no wider than `width` at the given size; words longer than a line are split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  return wrapLines(text, font, size, width).map((line) => line.text);
}

const characterWidths = new WeakMap<PDFFont, Map<string, number>>();

function characterWidth(font: PDFFont, character: string): number {
  let cache = characterWidths.get(font);
  if (!cache) characterWidths.set(font, (cache = new Map()));
  let width = cache.get(character);
  if (width === undefined) cache.set(character, (width = font.widthOfTextAtSize(character, 1000)));
  return width;
}

/**
 * The lengths of the full lines a word too long for one line is cut into, in order; what is left
 * after them fits on a line and starts the next one. Each piece is as long as fits: found by the
 * characters' widths, then checked by measuring the piece itself, since a ligature can make a
 * piece narrower than its characters. Every measurement is of one line, so the whole is linear.
 */
function splitWord(word: string, font: PDFFont, size: number, width: number): number[] {
  const pieces: number[] = [];
  const fits = (from: number, to: number) => font.widthOfTextAtSize(word.slice(from, to), size) <= width;
  let start = 0;
  while (start < word.length) {
    let end = start;
    let units = 0;
    while (end < word.length && (units + characterWidth(font, word[end]!)) * (size / 1000) <= width) units += characterWidth(font, word[end++]!);
    if (end === word.length && fits(start, end)) break;
    while (end > start + 1 && !fits(start, end)) end--;
    while (end < word.length && fits(start, end + 1)) end++;
    if (end === word.length) break;
    end = Math.max(end, start + 1);
    pieces.push(end - start);
    start = end;
  }
  return pieces;
}
