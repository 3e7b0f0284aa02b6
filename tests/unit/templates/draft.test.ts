import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { createDraft, isIsoDate, parseDraft, validateValues } from '../../../src/templates/draft.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));

describe('drafts saved to a file', () => {
  test('a saved draft parses back to the same values', () => {
    const draft = createDraft(template, { 'barnets-namn': 'Åsa', 'form-2': true, placeringsgrund: 'LVU', fodelsedatum: '2019-03-01' }, new Date('2026-11-25T10:00:00Z'));
    expect(parseDraft(template, JSON.stringify(draft))).toEqual(draft);
  });

  test.each([
    ['{', 'Filen går inte att läsa som ett utkast. Välj en fil som du har sparat med knappen Spara utkast.'],
    ['{"format":"annat"}', 'Utkastet kunde inte öppnas: filen är inte ett utkast från Umgängeshandboken. Formuläret har inte ändrats.'],
    [
      '{"format":"umgangeshandboken-utkast","template":"umgangesplan","version":"x","savedAt":"x","values":{}}',
      'Utkastet kunde inte öppnas: utkastet hör till en annan mall än "Testmall med alla fälttyper – åäö ÅÄÖ". Formuläret har inte ändrats.',
    ],
    [
      '{"format":"umgangeshandboken-utkast","template":"alla-falttyper","version":"x","savedAt":"x","values":{"okant":"x"}}',
      'Utkastet kunde inte öppnas: okänt fält okant. Formuläret har inte ändrats.',
    ],
    [
      '{"format":"umgangeshandboken-utkast","template":"alla-falttyper","version":"x","savedAt":"x","values":{"placeringsgrund":"HVB"}}',
      'Utkastet kunde inte öppnas: är inget av alternativen (fältet placeringsgrund). Formuläret har inte ändrats.',
    ],
    [
      '{"format":"umgangeshandboken-utkast","template":"alla-falttyper","version":"x","savedAt":"x","values":{"fodelsedatum":"1 maj"}}',
      'Utkastet kunde inte öppnas: Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01. (fältet fodelsedatum). Formuläret har inte ändrats.',
    ],
    [
      '{"format":"umgangeshandboken-utkast","template":"alla-falttyper","version":"x","savedAt":"x","values":{"form-1":"ja"}}',
      'Utkastet kunde inte öppnas: ska vara ikryssad eller inte (fältet form-1). Formuläret har inte ändrats.',
    ],
  ])('rejects %s', (text, message) => {
    expect(() => parseDraft(template, text)).toThrow(message);
  });
});

describe('dates', () => {
  test('only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(validateValues(template, { fodelsedatum: '2026-13-01', 'underskrift-1-datum': '2026-12-01' })).toEqual({
      fodelsedatum: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.',
    });
  });
});
