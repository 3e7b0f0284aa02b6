import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { cleanInvisible, validateValues } from '../../../src/templates/draft.ts';
import { renderTemplatePdf } from '../../../src/pdf/render-template.ts';
import { readFilledPdf } from '../../../src/pdf/read-filled.ts';
import { loadFonts } from '../../../src/pdf/fonts.ts';

/* Text pasted from a web page or a word processor brings invisible characters along; they never stop the PDF. */

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));

describe('pasted invisible characters', () => {
  test('are removed, and no-break spaces and tabs become spaces, each kind described with how many', () => {
    const result = cleanInvisible({
      'barnets-namn': '\uFEFFÅsa\u200B Öberg\u200B',
      'barnets-asikt': 'Vill\u00A0träffa\u202Fmamma\tpå lör\u00ADdagar.\u200E\u202B\u202C\u2066\u2069\u200C\u200D\u2060',
      'form-1': true,
      plats: 'Parken',
    });
    expect(result.values).toEqual({
      'barnets-namn': 'Åsa Öberg',
      'barnets-asikt': 'Vill träffa mamma på lördagar.',
      'form-1': true,
      plats: 'Parken',
    });
    expect(result.changes).toEqual([
      { name: 'barnets-namn', description: '1 osynligt tecken togs bort (byteordningsmarkering U+FEFF)' },
      { name: 'barnets-namn', description: '2 osynliga tecken togs bort (nollbreddsmellanslag U+200B)' },
      { name: 'barnets-asikt', description: '1 tecken byttes mot ett vanligt mellanslag (hårt mellanslag U+00A0)' },
      { name: 'barnets-asikt', description: '1 tecken byttes mot ett vanligt mellanslag (smalt hårt mellanslag U+202F)' },
      { name: 'barnets-asikt', description: '1 tecken byttes mot ett vanligt mellanslag (tabb U+0009)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (mjukt bindestreck U+00AD)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (vänster-till-höger-markering U+200E)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (höger-till-vänster-inbäddning U+202B)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (slut på riktningsformatering U+202C)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (vänster-till-höger-isolering U+2066)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (slut på riktningsisolering U+2069)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (nollbredds icke-sammanfogare U+200C)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (nollbreddssammanfogare U+200D)' },
      { name: 'barnets-asikt', description: '1 osynligt tecken togs bort (ordsammanfogare U+2060)' },
    ]);
  });

  test('every directional mark, embedding and isolate is removed', () => {
    const marks = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(cleanInvisible({ x: `a${marks}b` }).values).toEqual({ x: 'ab' });
    expect(cleanInvisible({ x: `a${marks}b` }).changes).toHaveLength(marks.length);
  });

  test('the form no longer refuses them, but still names a character the font cannot print', () => {
    expect(validateValues(template, { 'barnets-namn': 'Åsa\u200B\u202F\u2066Öberg' })).toEqual({});
    expect(validateValues(template, { 'barnets-namn': 'Åsa\u200B 😀' })).toEqual({
      'barnets-namn': 'Tecknet ”😀” (U+1F600) går inte att skriva ut i PDF:en. Byt ut det, eller skriv för hand på utskriften.',
    });
  });

  test('the PDF is made without them, and refuses only what the font cannot print', async () => {
    const fonts = loadFonts();
    const bytes = await renderTemplatePdf(template, { fonts, values: { 'barnets-namn': 'Åsa\u200B\u202FÖberg\u2069' } });
    expect((await readFilledPdf(template, bytes)).values).toEqual({ 'barnets-namn': 'Åsa Öberg' });
    await expect(renderTemplatePdf(template, { fonts, values: { 'barnets-namn': 'Åsa\u200B 😀' } })).rejects.toThrow(
      'barnets-namn: Tecknet ”😀” (U+1F600) går inte att skriva ut i PDF:en.',
    );
  });
});
