import { describe, expect, test } from 'vitest';
import { cutEnding, pagefindStem, swedishQuery, swedishQueryWord } from '../../../src/search/swedish-query.ts';

describe('Swedish queries for Pagefind', () => {
  test.each([
    ['umgänget', 'umgäng'],
    ['umgänge', 'umgäng'],
    ['umgängena', 'umgänge'],
    ['mammorna', 'mamm'],
    ['planen', 'plan'],
    ['barn', 'barn'],
    ['LVU', 'lvu'],
  ])('cutEnding(%s) is %s', (word, stem) => {
    expect(cutEnding(word)).toBe(stem);
  });

  // What Pagefind's index holds, read from dist/pagefind for these words.
  test.each([
    ['umgänge', 'umgang'],
    ['umgänget', 'umganget'],
    ['använde', 'anv'],
    ['använda', 'anvand'],
    ['lättläst', 'lattl'],
    ['fängelse', 'fang'],
    ['namnet', 'namnet'],
  ])('pagefindStem(%s) is %s', (word, stem) => {
    expect(pagefindStem(word)).toBe(stem);
  });

  test.each([
    ['umgänget', 'umgäng'],
    ['umgängen', 'umgäng'],
    ['lättlästa', 'lättl'],
    ['fängelse', 'fäng'],
    ['använda', 'anv'],
    ['barn', 'barn'],
  ])('swedishQueryWord(%s) is %s', (word, query) => {
    expect(swedishQueryWord(word)).toBe(query);
  });

  test('every form of a word gets a query that is a prefix of its own stem', () => {
    for (const form of ['umgänge', 'umgänget', 'umgängen', 'umgängena', 'platsen', 'plats', 'månad', 'månader', 'erfarenhet', 'myndighet']) {
      const stem = pagefindStem(form);
      const query = pagefindStem(swedishQueryWord(form));
      expect(stem.startsWith(query), `${form}: ${query} / ${stem}`).toBe(true);
    }
  });

  test('keeps short words, other characters and spacing', () => {
    expect(swedishQuery('barnet och umgänget, 2026')).toBe('barn och umgäng, 2026');
    expect(swedishQuery('PDF-läsaren')).toBe('PDF-läsaren');
  });
});
