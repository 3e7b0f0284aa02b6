import { globSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { mdxToProse } from '../../../src/readability/lix.ts';
import { TRANSLATION_LOCALES } from '../../../src/i18n/locales.ts';

// Technical words that are not terms a social worker needs explained.
// SE as in SE-Lex, the project whose copies of the consolidated statutes the handbook reads.
const NOT_TERMS = new Set(['PDF', 'HTML', 'UA', 'README', 'SE']);

// The glossary is Swedish: the translated pages explain their terms in their own words, with the Swedish term in brackets.
const swedishPages = () => globSync('content/docs/**/*.mdx', { exclude: TRANSLATION_LOCALES.map((locale) => `content/docs/${locale}/**`) });

test('the glossary explains every abbreviation the Swedish pages use', () => {
  const terms = new Set(
    globSync('content/ordlista/*.yaml').map((file) => (parse(readFileSync(file, 'utf8')) as { term: string }).term.toUpperCase()),
  );
  const used = new Set(swedishPages().flatMap((file) => mdxToProse(readFileSync(file, 'utf8')).match(/\b[A-ZÅÄÖ]{2,6}\b/g) ?? []));
  const missing = [...used].filter((abbreviation) => !terms.has(abbreviation) && !NOT_TERMS.has(abbreviation)).sort();
  expect(missing).toEqual([]);
});
