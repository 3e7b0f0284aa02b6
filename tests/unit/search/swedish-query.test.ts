import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldDiacritics, pagefindStem, swedishQuery } from '../../../src/search/swedish-query.ts';
import { snowballStems } from '../../support/snowball.ts';
import { wordsOf } from '../../support/search-words.ts';

describe('Swedish queries for Pagefind', () => {
  test("the stemmer gives every word of the Swedish pages the stem the Snowball project's own stemmer gives it", () => {
    const words = new Set<string>();
    for (const file of globSync('content/docs/**/*.mdx').filter((file) => !/^content\/docs\/(en|ar|so|prs|ti|fi)\//.test(file))) {
      for (const word of wordsOf(readFileSync(file, 'utf8'))) if (/^\p{Script=Latin}+$/u.test(word)) words.add(word);
    }
    expect(words.size).toBeGreaterThan(5000);
    const reference = snowballStems(words);
    const differing = [...words]
      .filter((word) => pagefindStem(word) !== reference.get(word))
      .map((word) => `${word}: ${pagefindStem(word)} / ${reference.get(word)}`);
    expect(differing).toEqual([]);
  });

  test.each([
    ['umgänge', 'umgang'],
    ['umgänget', 'umganget'],
    ['använde', 'anv'],
    ['använda', 'anvand'],
    ['lättläst', 'lattl'],
    ['fängelse', 'fang'],
    ['namnet', 'namnet'],
  ])('pagefindStem(%s) is %s, as in the index Pagefind builds', (word, stem) => {
    expect(pagefindStem(word)).toBe(stem);
  });

  test.each([
    ['använde', '"använde"'],
    ['Användande', '"Användande"'],
    ['myndigheterna', '"myndigheterna"'],
    ['  verksamhet ', '"verksamhet"'],
  ])('a word Snowball cuts by three letters or more, %s, is sent as %s: its stem exactly', (word, query) => {
    expect(swedishQuery(word)).toBe(query);
    expect(foldDiacritics(word.trim()).length - pagefindStem(word.trim()).length).toBeGreaterThanOrEqual(3);
  });

  test.each(['umgänge', 'umgänget', 'använd', 'barn', 'LVU', 'umg'])(
    'a word cut less, %s, keeps the prefix match that finds a word being typed',
    (word) => {
      expect(swedishQuery(word)).toBe(word);
    },
  );

  test.each(['använde mamma', 'PDF-läsaren', '"använde"', 'använde?', ''])(
    'a query of other than one word, %j, goes to Pagefind as typed',
    (query) => {
      expect(swedishQuery(query)).toBe(query);
    },
  );
});
