/*
 * The characters the PDF templates can print: every Latin letter in use for names in Sweden and
 * among its national minorities (Sami, Finnish, Meänkieli, Romani), the rest of Latin Extended-A
 * and -B, and Vietnamese. The embedded fonts are cut to exactly these ranges (scripts/fonts.ts),
 * a test proves each one has a glyph, and the web form names any other character before download.
 */

/** Inclusive code point ranges. */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement: å ä ö é ü § «»
  [0x0100, 0x017f], // Latin Extended-A: č š ž đ ŋ ŧ ł ő ş ć ś ź
  [0x0180, 0x024f], // Latin Extended-B: ǧ ǩ ǯ ǥ ș ț
  [0x0259, 0x0259], // ə
  [0x0292, 0x0292], // ʒ (Skolt Sami)
  [0x02b9, 0x02bc], // ʹ ʺ ʻ ʼ (Skolt Sami, apostrophes in names)
  [0x02c6, 0x02c7], // ˆ ˇ
  [0x02d8, 0x02dd], // ˘ ˙ ˚ ˛ ˜ ˝
  [0x0300, 0x036f], // combining diacritical marks, for text typed decomposed
  [0x0398, 0x0398], // Θ (Romani)
  [0x03b8, 0x03b8], // θ (Romani)
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese ạ ả ấ ầ ẩ ẫ ậ … ỹ
  [0x2010, 0x2027], // dashes, quotation marks, bullet, ellipsis
  [0x2030, 0x203a], // ‰ ′ ″ ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
];

export function isPrintable(codePoint: number): boolean {
  return PRINTABLE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Line breaks and tabs are layout, not glyphs. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d]);

/** The characters in `text` that the PDF cannot print, each once, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0)!;
    if (!LAYOUT.has(code) && !isPrintable(code)) found.add(character);
  }
  return [...found];
}

/** Text as the renderer prints it: composed (NFC), tabs as spaces, other line breaks as \n. */
export function printableText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** Every printable character except the combining marks, which are drawn composed. */
export function allPrintableCharacters(): string {
  const codes: number[] = [];
  for (const [first, last] of PRINTABLE_RANGES) for (let code = first; code <= last; code++) if (code < 0x300 || code > 0x36f) codes.push(code);
  return String.fromCodePoint(...codes);
}

/** The pyftsubset --unicodes argument for these ranges. */
export function unicodesArgument(): string {
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
  return PRINTABLE_RANGES.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',');
}
