import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { uiStringsSchema } from '../../../src/schemas/ui-strings.ts';
import { LOCALES, TRANSLATION_LOCALES } from '../../../src/i18n/locales.ts';
import { starlightSwedish, swedishUiFile, swedishUiStrings } from '../../support/swedish-ui.ts';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
// Starlight's Swedish with content/i18n/sv.json over it: every string the Swedish pages show.
const swedish = swedishUiStrings();
const placeholders = (text: string) => (text.match(/\{\{\w+\}\}|\[[A-Z_]+\]/g) ?? []).sort();

describe('UI strings in every language', () => {
  test('there is one file per language', () => {
    expect(globSync('content/i18n/*.json').sort()).toEqual(
      ['sv', ...TRANSLATION_LOCALES.map((locale) => LOCALES[locale].lang)].map((lang) => `content/i18n/${lang}.json`).sort(),
    );
  });

  test("the Swedish file gives only strings Starlight's own Swedish lacks or words otherwise", () => {
    const builtIn = starlightSwedish();
    expect(Object.entries(swedishUiFile()).filter(([key, value]) => value === builtIn[key])).toEqual([]);
  });

  test.each(TRANSLATION_LOCALES)('%s gives every string Swedish gives, with the same placeholders', (locale) => {
    const strings = read(`content/i18n/${LOCALES[locale].lang}.json`);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(swedish).sort());
    for (const [key, value] of Object.entries(swedish)) expect(placeholders(strings[key]!), key).toEqual(placeholders(value));
    expect(uiStringsSchema.safeParse(strings).success).toBe(true);
  });

  test("a file without one of the site's own strings is refused, naming the string", () => {
    const result = uiStringsSchema.safeParse(read('tests/fixtures/i18n/ui-strings-missing-quick-exit.json'));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(['umg.quickExit.label saknas: varje språk ska ha alla egna texter']);
  });
});
