import { existsSync, globSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { dirOf, LOCALES, pathFor, START_PAGE, TRANSLATED_PAGES, TRANSLATION_LOCALES, type LocaleKey } from '../../src/i18n/locales.ts';
import { swedishUiStrings } from '../support/swedish-ui.ts';
import { builtPage, looksSwedish, textBlocks } from '../support/translations.ts';

/*
 * The parents' pages in every language: each exists, says it is a translation and links to the Swedish page
 * that applies, the Swedish page links back, and nothing Swedish is left unmarked, in the text or the UI.
 */

const PAGES = [START_PAGE, ...TRANSLATED_PAGES];
const original = (page: string) => (page === START_PAGE ? 'lattlast' : page);
const swedishUi = swedishUiStrings();
const uiOf = (locale: LocaleKey) => JSON.parse(readFileSync(`content/i18n/${LOCALES[locale].lang}.json`, 'utf8')) as Record<string, string>;
const sitemap = new Set([...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
const headingIds = (html: string) =>
  selectAll('main .sl-markdown-content :is(h2, h3)', fromHtml(html)).map((heading) => String(heading.properties['id']));

test('the detector finds Swedish: every Swedish original reads as Swedish, block by block', () => {
  for (const page of PAGES.map(original)) {
    const blocks = textBlocks(builtPage(pathFor(page, undefined)), 'main .sl-markdown-content', { keepSwedish: true });
    const swedish = blocks.filter(looksSwedish);
    expect(swedish.length, `${page}: ${blocks.length} blocks`).toBeGreaterThan(blocks.length / 2);
  }
});

describe.each(TRANSLATION_LOCALES)('%s', (locale) => {
  const ui = uiOf(locale);
  // A Swedish UI string left on a translated page: only those that differ from the language's own string and are more than a word.
  const swedishStrings = Object.entries(swedishUi)
    .filter(([key, value]) => value.length >= 8 && value !== ui[key] && !value.includes('{{') && !value.includes('['))
    .map(([, value]) => value);

  test.each(PAGES)('%s', (page) => {
    const path = pathFor(page, locale);
    expect(existsSync(`dist${path}index.html`), `${path} finns inte`).toBe(true);
    const html = builtPage(path);
    const tree = fromHtml(html);
    const root = select('html', tree)!;
    expect(root.properties['lang']).toBe(LOCALES[locale].lang);
    expect(root.properties['dir']).toBe(dirOf(locale));
    expect(html).not.toContain('data-translation-fallback');

    // It links to the Swedish page that applies, and that page links back, visibly and for search engines.
    const link = select('[data-translation-notice] a[data-swedish-original]', tree);
    expect(link?.properties['href']).toBe(pathFor(original(page), undefined));
    const swedish = fromHtml(builtPage(pathFor(page === START_PAGE ? START_PAGE : page, undefined)));
    expect(selectAll('[data-other-languages] a', swedish).map((a) => a.properties['href'])).toContain(path);
    expect(
      selectAll('link[rel=alternate]', swedish).map((a) => `${a.properties['hrefLang']} ${new URL(String(a.properties['href'])).pathname}`),
    ).toContain(`${LOCALES[locale].lang} ${path}`);

    // The notice names the right to an interpreter in the page's language.
    expect(select('[data-translation-notice] [data-rule=tolk]', tree)).toBeTruthy();

    // Every section of the Swedish page is there, under the same anchor.
    if (page !== START_PAGE) expect(headingIds(html)).toEqual(headingIds(builtPage(pathFor(page, undefined))));

    // Nothing Swedish outside <Sv>: no sentence in the text, no Swedish UI string anywhere on the page.
    const blocks = textBlocks(html);
    expect(blocks.filter(looksSwedish), 'svenska meningar utan lang="sv"').toEqual([]);
    const text = blocks.join('\n');
    expect(
      swedishStrings.filter((value) => text.includes(value)),
      'svenska UI-texter',
    ).toEqual([]);
    const quickExit = select('[data-quick-exit]', tree);
    expect(quickExit && textOf(quickExit)).toContain(ui['umg.quickExit.label']);
  });

  test('pages that exist only in Swedish lead to the Swedish page and the language start page, and are neither indexed nor in the sitemap', () => {
    const stubs = globSync(`dist/${locale}/**/index.html`).filter((file) => readFileSync(file, 'utf8').includes('data-translation-fallback'));
    expect(stubs.length).toBeGreaterThan(50);
    for (const file of stubs) {
      const html = readFileSync(file, 'utf8');
      const tree = fromHtml(html);
      const swedishPath = file.replace(`dist/${locale}`, '').replace(/index\.html$/, '');
      const links = selectAll('[data-translation-fallback] a', tree).map((a) => a.properties['href']);
      expect(links, file).toEqual([swedishPath, pathFor(START_PAGE, locale)]);
      expect(html, file).toMatch(/<meta name="robots" content="noindex"\/?>/);
      expect(html, file).not.toContain('data-pagefind-body');
      expect(selectAll('link[rel=alternate]', tree)).toEqual([]);
      expect(textBlocks(html, '[data-translation-fallback]').filter(looksSwedish)).toEqual([]);
      expect(sitemap.has(file.replace(/^dist/, '').replace(/index\.html$/, '')), `${file} i sitemap`).toBe(false);
    }
    for (const page of PAGES) expect(sitemap.has(pathFor(page, locale)), pathFor(page, locale)).toBe(true);
  });
});
