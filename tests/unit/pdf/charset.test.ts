import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { PRINTABLE_RANGES, printableText, unprintableCharacters } from '../../../src/pdf/charset.ts';
import { fontFiles } from '../../../src/pdf/fonts.ts';
import { validateValues } from '../../../src/templates/draft.ts';
import { loadTemplates } from '../../../src/templates/load.ts';

const names = readFileSync('tests/fixtures/pdf/names.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

describe('the characters a PDF can print', () => {
  test.each(Object.entries(fontFiles))('the %s font has a glyph for every character in charset.ts', (_, file) => {
    const font = fontkit.create(readFileSync(file));
    const missing: string[] = [];
    for (const [first, last] of PRINTABLE_RANGES) {
      for (let code = first; code <= last; code++) if (!font.hasGlyphForCodePoint(code)) missing.push(`U+${code.toString(16)}`);
    }
    expect(missing).toEqual([]);
  });

  test('every test name is printable, composed or decomposed', () => {
    for (const name of names) {
      expect(unprintableCharacters(name), name).toEqual([]);
      expect(unprintableCharacters(name.normalize('NFD')), name).toEqual([]);
      expect(printableText(name.normalize('NFD'))).toBe(name.normalize('NFC'));
    }
  });

  test('characters outside the font are named once each, and line breaks are not', () => {
    expect(unprintableCharacters('Anna 😀 och 😀 Ωmega\r\n\tслово')).toEqual(['😀', 'Ω', 'с', 'л', 'о', 'в']);
  });

  test('the web form names an unprintable character before download, with its Unicode number', () => {
    const template = loadTemplates('templates').find((candidate) => candidate.id === 'umgangesplan')!;
    expect(validateValues(template, { 'barnets-namn': 'Åsa 😀', 'foralder-namn': 'Nguyễn Thị Ánh' })).toEqual({
      'barnets-namn': 'Tecknet ”😀” (U+1F600) går inte att skriva ut i PDF:en. Byt ut det, eller skriv för hand på utskriften.',
    });
  });
});
