import type { PDFFont } from 'pdf-lib';

const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Width of a line of words at size 1000 (the font's own units), word by word: each word is laid
 * out once per font and remembered, instead of laying the growing line out again for every word
 * added. The same as measuring the whole line, because the handbook's font has no kerning
 * between a space and a letter (a test checks every pair).
 */
function measure(font: PDFFont, words: string[]): number {
  let cache = wordWidths.get(font);
  if (!cache) wordWidths.set(font, (cache = new Map()));
  let width = 0;
  for (const word of [' ', ...words]) {
    let wordWidth = cache.get(word);
    if (wordWidth === undefined) cache.set(word, (wordWidth = font.widthOfTextAtSize(word, 1000)));
    if (word !== ' ') width += wordWidth;
  }
  return width + (words.length - 1) * cache.get(' ')!;
}

/** Breaks text into lines no wider than `width` at the given size; words longer than a line are split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  // Scaled as pdf-lib scales a measured width, so that a line breaks exactly where it did before.
  const fits = (words: string[]) => measure(font, words) * (size / 1000) <= width;
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (fits([...line, word])) {
        line.push(word);
        continue;
      }
      if (line.length) lines.push(line.join(' '));
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = [rest];
    }
    lines.push(line.join(' '));
  }
  return lines;
}
