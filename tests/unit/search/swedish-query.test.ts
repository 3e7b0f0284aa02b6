import { describe, expect, test } from 'vitest';
import { stemSwedishQuery, stemSwedishWord } from '../../../src/search/swedish-query.ts';

describe('Swedish query stemming', () => {
  test.each([
    ['umgänget', 'umgäng'],
    ['umgänge', 'umgäng'],
    ['umgängen', 'umgäng'],
    ['umgängena', 'umgänge'],
    ['familjehemmen', 'familjehemm'],
    ['mammorna', 'mamm'],
    ['planen', 'plan'],
    ['barn', 'barn'],
    ['LVU', 'lvu'],
  ])('%s -> %s', (word, stem) => {
    expect(stemSwedishWord(word)).toBe(stem);
  });

  test('keeps short words and spacing', () => {
    expect(stemSwedishQuery('barnet och umgänget')).toBe('barn och umgäng');
  });
});
