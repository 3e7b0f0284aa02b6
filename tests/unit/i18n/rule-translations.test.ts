import { existsSync, globSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ruleTranslationsSchema } from '../../../src/schemas/rule-translations.ts';
import { TRANSLATION_LOCALES } from '../../../src/i18n/locales.ts';
import { readYamlFixture } from '../../support/yaml-fixture.ts';

const usedRules = (locale: string) =>
  new Set(
    globSync(`content/docs/${locale}/**/*.mdx`).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<Regel id="([a-z0-9-]+)"/g)].map((match) => match[1]!),
    ),
  );

describe('the rules in every language', () => {
  test.each(TRANSLATION_LOCALES)('%s states every rule its pages use, and the interpreter rule of the translation notice', (locale) => {
    const translations = ruleTranslationsSchema.parse(parse(readFileSync(`content/regler-oversattningar/${locale}.yaml`, 'utf8')));
    for (const id of [...usedRules(locale), 'tolk']) expect(translations[id], id).toBeTruthy();
    for (const id of Object.keys(translations)) expect(existsSync(`content/regler/${id}.yaml`), id).toBe(true);
    // Swedish terms are marked, and every mark is closed.
    for (const text of Object.values(translations)) expect(text.split('<Sv>').length, text).toBe(text.split('</Sv>').length);
  });

  test('a translation with a paragraph number is refused', () => {
    const result = ruleTranslationsSchema.safeParse(readYamlFixture('i18n/rule-translations-with-section.yaml'));
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['översättningen får inte innehålla paragrafnummer (§, kap., stycket)']);
  });

  test('a key that is not a rule id is refused', () => {
    const result = ruleTranslationsSchema.safeParse(readYamlFixture('i18n/rule-translations-bad-key.yaml'));
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"Tolk Regel" är inget regel-id: skriv nycklar som barnets-ratt-till-umgange',
    ]);
  });
});
