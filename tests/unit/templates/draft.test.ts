import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { createDraft, isIsoDate, leftOverMessage, parseDraft, validateValues, type Draft } from '../../../src/templates/draft.ts';
import type { FormValues } from '../../../src/templates/form-fields.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));

describe('drafts saved to a file', () => {
  const envelope = (values: Record<string, unknown>, version = template.version) =>
    JSON.stringify({ format: 'umgangeshandboken-utkast', template: 'alla-falttyper', version, savedAt: '2026-11-25T10:00:00.000Z', values });

  test('the Draft type inferred from the schema is exact: a literal format, FormValues, no index signature', () => {
    expectTypeOf<Draft>().toEqualTypeOf<{
      format: 'umgangeshandboken-utkast';
      template: string;
      version: string;
      savedAt: string;
      values: FormValues;
    }>();
  });

  test('a saved draft parses back to the same values', () => {
    const draft = createDraft(
      template,
      { 'barnets-namn': 'Åsa', 'form-2': true, placeringsgrund: 'LVU', fodelsedatum: '2019-03-01' },
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(parseDraft(template, JSON.stringify(draft))).toEqual({ draft, leftOvers: [], otherVersion: false });
  });

  test('whatever the form holds reopens: a very long answer and a date written as the user typed it', () => {
    const long = 'Mamma kom i tid. '.repeat(2000);
    const opened = parseDraft(template, envelope({ 'barnets-namn': long, fodelsedatum: '1 maj' }));
    expect(opened.draft.values).toEqual({ 'barnets-namn': long, fodelsedatum: '1 maj' });
    expect(opened.leftOvers).toEqual([]);
  });

  test('a draft from an older version opens, and names what the form has no place for so it can be copied', () => {
    const opened = parseDraft(
      template,
      envelope({ 'barnets-namn': 'Åsa', okant: 'Text i ett borttaget fält', placeringsgrund: 'HVB', 'form-1': 'ja', tomt: '' }, '2025-01-01'),
    );
    expect(opened.draft.values).toEqual({ 'barnets-namn': 'Åsa' });
    expect(opened.otherVersion).toBe(true);
    expect(opened.leftOvers).toEqual([
      { label: 'okant', value: 'Text i ett borttaget fält', reason: 'removed' },
      { label: 'Placeringens grund', value: 'HVB', reason: 'option' },
      { label: expect.any(String), value: 'ja', reason: 'kind' },
    ]);
    expect(leftOverMessage(opened)).toBe(
      'Utkastet är öppnat, men 3 uppgifter får inte plats i formuläret. Utkastet sparades med version 2025-01-01 av mallen, och mallen har ändrats sedan dess. Texten står nedan. Kopiera den dit den hör hemma innan du sparar.',
    );
  });

  test.each([
    ['{', 'Filen går inte att läsa som ett utkast. Välj en fil som du har sparat med knappen Spara utkast.'],
    ['{"format":"annat"}', 'Utkastet kunde inte öppnas: filen är inte ett utkast från Umgängeshandboken. Formuläret har inte ändrats.'],
    [
      '{"format":"umgangeshandboken-utkast","template":"umgangesplan","version":"x","savedAt":"x","values":{}}',
      'Utkastet kunde inte öppnas: utkastet hör till en annan mall än "Testmall med alla fälttyper – åäö ÅÄÖ". Formuläret har inte ändrats.',
    ],
    [
      '{"format":"umgangeshandboken-utkast","template":"alla-falttyper","version":"x","savedAt":"x","values":{"barnets-namn":42}}',
      'Utkastet kunde inte öppnas: ska vara text (fältet barnets-namn). Formuläret har inte ändrats.',
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
