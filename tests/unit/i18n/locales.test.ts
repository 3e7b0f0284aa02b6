import { describe, expect, test } from 'vitest';
import {
  dirOf,
  isLocaleKey,
  localeKeyOf,
  localeOfPath,
  pathFor,
  splitLocale,
  translatedFromProblem,
  TRANSLATION_LOCALES,
} from '../../../src/i18n/locales.ts';
import { longDate } from '../../../src/i18n/dates.ts';

describe('addresses in each language', () => {
  test('a docs id names its language and the Swedish page', () => {
    expect(splitLocale('en/lattlast/umgangesplanen')).toEqual({ locale: 'en', swedishId: 'lattlast/umgangesplanen' });
    expect(splitLocale('ar')).toEqual({ locale: 'ar', swedishId: 'index' });
    expect(splitLocale('')).toEqual({ locale: undefined, swedishId: 'index' });
    // A Swedish section that happens to start like a language code is still Swedish.
    expect(splitLocale('lattlast/vad-ar-umgange')).toEqual({ locale: undefined, swedishId: 'lattlast/vad-ar-umgange' });
  });

  test('paths and languages go both ways', () => {
    expect(pathFor('index', undefined)).toBe('/');
    expect(pathFor('index', 'ti')).toBe('/ti/');
    expect(pathFor('lattlast', 'prs')).toBe('/prs/lattlast/');
    for (const locale of TRANSLATION_LOCALES) expect(localeOfPath(pathFor('barn', locale))).toBe(locale);
    expect(localeOfPath('/handboken/umgangesplanen/')).toBeUndefined();
  });

  test('Arabic and Dari are written right to left, the others left to right', () => {
    expect(TRANSLATION_LOCALES.filter((locale) => dirOf(locale) === 'rtl')).toEqual(['ar', 'prs']);
    expect(dirOf('root')).toBe('ltr');
  });

  test('dates are Gregorian with Western digits in every language, as on Swedish letters', () => {
    expect(longDate('2026-12-02', undefined)).toBe('2 december 2026');
    expect(longDate('2026-12-02', 'fi')).toBe('2. joulukuuta 2026');
    for (const locale of TRANSLATION_LOCALES) expect(longDate('2026-12-02', locale)).toMatch(/2026/);
  });

  test('a translated page without translatedFrom is refused, naming its file; a start page and a Swedish page need none', () => {
    expect(translatedFromProblem('content/docs/en/lattlast/umgangesplanen.mdx', 'en/lattlast/umgangesplanen', undefined)).toBe(
      'content/docs/en/lattlast/umgangesplanen.mdx: translatedFrom saknas: skriv den svenska sidans granskningsdatum (reviewed), som 2026-12-01',
    );
    expect(
      translatedFromProblem('content/docs/en/lattlast/umgangesplanen.mdx', 'en/lattlast/umgangesplanen', new Date('2026-12-01')),
    ).toBeUndefined();
    expect(translatedFromProblem('content/docs/en/index.mdx', 'en', undefined)).toBeUndefined();
    expect(translatedFromProblem('content/docs/lattlast/umgangesplanen.mdx', 'lattlast/umgangesplanen', undefined)).toBeUndefined();
  });

  test("Starlight's locale is a translated language, or undefined for Swedish; any other is refused, naming it", () => {
    expect(localeKeyOf(undefined)).toBeUndefined();
    for (const locale of TRANSLATION_LOCALES) expect(localeKeyOf(locale)).toBe(locale);
    expect(() => localeKeyOf('de')).toThrow('Okänt språk "de": Starlight gav ett språk som inte finns i LOCALES (src/i18n/locales.ts)');
    // Starlight names the root locale undefined, never "root".
    expect(() => localeKeyOf('root')).toThrow('"root"');
    expect(TRANSLATION_LOCALES).toEqual(['en', 'ar', 'so', 'prs', 'ti', 'fi']);
    expect(['en', 'root', 'sv', 'toString', ''].filter(isLocaleKey)).toEqual(['en']);
  });
});
