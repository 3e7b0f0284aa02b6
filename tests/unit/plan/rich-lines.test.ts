import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/pdf/fonts.ts';
import { wrapRuns } from '../../../src/plan/rich-lines.ts';

let regular: PDFFont;
let bold: PDFFont;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = loadFonts();
  regular = await doc.embedFont(fonts.regular, { subset: true });
  bold = await doc.embedFont(fonts.bold, { subset: true });
});

const texts = (lines: ReturnType<typeof wrapRuns>) => lines.map((line) => line.map((segment) => segment.text).join(' '));

describe('line breaking in two fonts', () => {
  test('a bold label and its text share a line, each segment in its own font, placed after the other', () => {
    const [line, ...rest] = wrapRuns(
      [
        { text: 'Hur ofta:', font: bold },
        { text: 'varannan lördag', font: regular },
      ],
      12,
      400,
    );
    expect(rest).toEqual([]);
    expect(line!.map((segment) => [segment.text, segment.font === bold])).toEqual([
      ['Hur ofta:', true],
      ['varannan lördag', false],
    ]);
    expect(line![1]!.x).toBeCloseTo(bold.widthOfTextAtSize('Hur ofta:', 12) + regular.widthOfTextAtSize(' ', 12), 5);
  });

  test('breaks at spaces within the width, never at a no-break space, and keeps typed line breaks', () => {
    const lines = wrapRuns([{ text: 'Ring Bris på 116\u00a0111 när du vill.\nDet är gratis.', font: regular }], 12, 90);
    for (const line of lines) {
      const last = line.at(-1)!;
      expect(last.x + regular.widthOfTextAtSize(last.text, 12)).toBeLessThanOrEqual(90);
    }
    expect(texts(lines).some((line) => line.includes('116\u00a0111'))).toBe(true);
    expect(texts(lines).at(-1)).toBe('Det är gratis.');
  });

  test('cuts a word longer than the line without losing a letter', () => {
    const word = 'umgängesstödjare'.repeat(4);
    const lines = wrapRuns([{ text: word, font: regular }], 12, 100);
    expect(lines.length).toBeGreaterThan(2);
    expect(texts(lines).join('')).toBe(word);
  });
});
