import { globSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { englishUiText, englishWordsIn } from '../support/english-ui.ts';
import { pageLanguage } from '../support/search-words.ts';

// The Swedish pages; tests/links/translations.test.ts checks that the other languages' pages carry no Swedish.
const pages = globSync('dist/**/*.html')
  .sort()
  .filter((file) => pageLanguage(readFileSync(file, 'utf8')) === 'sv');

describe('the detector', () => {
  test('finds English words and leaves Swedish alone', () => {
    expect(englishWordsIn('Section titled “Umgänge”')).toEqual(['section', 'titled']);
    expect(englishWordsIn('Hoppa till innehållet')).toEqual([]);
    expect(englishUiText(fromHtml('<p>Sök</p><button aria-label="Close search">x</button><span lang="en">Search</span>'))).toEqual(['Close search']);
  });
});

describe('every built page speaks Swedish', () => {
  test('there are pages to scan', () => expect(pages.length).toBeGreaterThan(100));
  test.each(pages)('%s', (file) => {
    expect(englishUiText(fromHtml(readFileSync(file, 'utf8'))), file).toEqual([]);
  });
});
