import { describe, expect, test } from 'vitest';
import { indexedText, pagesByStem, pagesByWord, spreadSample, wordsOf } from '../../support/search-words.ts';

describe('the words a search test samples', () => {
  test('come from the indexed regions only, without what Pagefind leaves out', () => {
    const html = `<html><body><nav>Meny</nav><main data-pagefind-body><h1>Umgänget</h1>
      <p>Barnet <span data-pagefind-ignore>Avsnitt</span>träffar mamman.</p>
      <form><label>Fält</label></form><footer>Sidfot</footer></main><aside>Utanför</aside></body></html>`;
    expect(indexedText(html)).toBe('Umgänget Barnet träffar mamman.');
    expect(indexedText('<html><body><p>Ingen sökbar del</p></body></html>')).toBe('');
  });

  test('are whole words, lower-cased, split at hyphens and punctuation', () => {
    expect([...wordsOf('PDF-läsaren, Umgänget och ”umgänget”.')]).toEqual(['pdf', 'läsaren', 'umgänget', 'och']);
  });

  test('map each word to the pages that hold it', () => {
    const byWord = pagesByWord(
      new Map([
        ['/a/', new Set(['barn', 'umgänge'])],
        ['/b/', new Set(['barn'])],
      ]),
    );
    expect([...byWord.get('barn')!]).toEqual(['/a/', '/b/']);
    expect([...byWord.get('umgänge')!]).toEqual(['/a/']);
  });

  test('are spread evenly over the alphabet, the same every time', () => {
    const words = Array.from({ length: 100 }, (_, i) => `ord${String(i).padStart(3, '0')}`);
    const sample = spreadSample(words, 10, 3);
    expect(sample).toEqual(['ord003', 'ord013', 'ord023', 'ord033', 'ord043', 'ord053', 'ord063', 'ord073', 'ord083', 'ord093']);
    expect(spreadSample(words.reverse(), 10, 3)).toEqual(sample);
    expect(spreadSample(['b', 'a'], 10, 3)).toEqual(['a', 'b']);
  });

  test('gather the pages of every word with the same stem', () => {
    const byWord = new Map([
      ['umgänge', new Set(['/a/'])],
      ['umgängen', new Set(['/b/'])],
      ['umgänget', new Set(['/c/'])],
    ]);
    const byStem = pagesByStem(
      byWord,
      new Map([
        ['umgänge', 'umgang'],
        ['umgängen', 'umgang'],
        ['umgänget', 'umganget'],
      ]),
    );
    expect([...byStem.get('umgang')!]).toEqual(['/a/', '/b/']);
    expect([...byStem.get('umganget')!]).toEqual(['/c/']);
  });
});
