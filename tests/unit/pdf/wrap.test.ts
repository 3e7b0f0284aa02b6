import { readFileSync } from 'node:fs';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { allPrintableCharacters } from '../../../src/pdf/charset.ts';
import { fontFiles } from '../../../src/pdf/fonts.ts';
import { wrapText } from '../../../src/pdf/wrap.ts';
import { loadTemplates } from '../../../src/templates/load.ts';

/** The line breaking wrapText replaced: the whole growing line laid out again for every word. */
function wrapByWholeLines(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

const names = readFileSync('tests/fixtures/pdf/names.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

const fonts: Record<string, PDFFont> = {};
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  for (const [name, file] of Object.entries(fontFiles)) fonts[name] = await doc.embedFont(readFileSync(file), { subset: name === 'bold' });
});

describe('line breaking in the PDF', () => {
  test.each(Object.keys(fontFiles))('the %s font has no kerning between a space and any printable character', (name) => {
    const font = fonts[name]!;
    const space = font.widthOfTextAtSize(' ', 1000);
    const kerned = [...allPrintableCharacters()].filter((character) => {
      const alone = font.widthOfTextAtSize(character, 1000);
      return font.widthOfTextAtSize(`${character} `, 1000) !== alone + space || font.widthOfTextAtSize(` ${character}`, 1000) !== alone + space;
    });
    expect(kerned).toEqual([]);
  });

  test('breaks every text of every template, and long names, where laying out whole lines breaks them', () => {
    const texts = loadTemplates('templates').flatMap((template) => [
      template.title,
      template.intro ?? '',
      ...template.sections.flatMap((section) => [
        section.title,
        section.help ?? '',
        ...section.fields.flatMap((field) => [field.label, field.help ?? '']),
      ]),
    ]);
    texts.push(names.join(' '), 'Ett_mycket_långt_ord_utan_mellanslag_som_inte_ryms_på_en_rad_i_en_smal_ruta');
    for (const font of Object.values(fonts)) {
      for (const [size, width] of [
        [10, 120],
        [10, 480],
        [12, 250],
        [8.5, 90],
      ] as const) {
        for (const text of texts.filter(Boolean)) expect(wrapText(text, font, size, width), text).toEqual(wrapByWholeLines(text, font, size, width));
      }
    }
  });
});
