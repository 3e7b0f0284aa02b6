import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/page.ts';
import { indexedPages, pagesByStem, pagesByWord, spreadSample } from '../support/search-words.ts';
import { snowballStems } from '../support/snowball.ts';
import { LOCALES, pathFor, START_PAGE, TRANSLATION_LOCALES } from '../../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';
import { swedishQuery } from '../../src/search/swedish-query.ts';

const { open } = useBrowser();

// Worked out once from the built pages: which indexed page holds which word, and which words share a Snowball stem.
const pages = indexedPages('dist');
const byWord = pagesByWord(pages);
const stems = snowballStems(byWord.keys());
const byStem = pagesByStem(byWord, stems);
/** The pages that hold the word or one of its forms: a word with the same Swedish Snowball stem. */
const pagesWithForms = (word: string) => byStem.get(stems.get(word)!)!;
const longWords = [...byWord.keys()].filter((word) => [...word].length >= 5);
const SEED = 7;
// Words earlier query cutters got wrong: "fängelse" found 1 of its 7 pages; "använde", cut to "anv", found 61 pages for 7.
const earlierMisses = ['fängelse', 'erfarenhet', 'myndighet', 'använda', 'använde', 'namnet', 'övervägande', 'umgänget', 'våldets'].filter((word) =>
  byWord.has(word),
);
const sampledWords = [...new Set([...spreadSample(longWords, 72, SEED), ...earlierMisses])];

/** Types a query into the open search dialog and returns the count message and every page listed, after "Visa fler". */
async function searchInDialog(
  page: Page,
  query: string,
  searching = 'Söker efter [SEARCH_TERM] …',
): Promise<{ message: string; pages: Set<string> }> {
  await page.locator('.pagefind-ui__search-input').fill(query);
  // The message names the query once the search is done; while it runs, it is the "searching" message.
  const running = searching.replace('[SEARCH_TERM]', query);
  await page.waitForFunction(
    ({ query, running }) => {
      const text = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
      return text.includes(query) && text !== running.trim();
    },
    { query, running },
  );
  const message = page.locator('.pagefind-ui__message');
  const text = (await message.textContent()) ?? '';
  const count = Number(text.match(/\d+/)?.[0] ?? 0);
  // Click "Visa fler träffar" until it is gone, inside the page: one round trip instead of one per click.
  await page.evaluate(async () => {
    for (let more: HTMLButtonElement | null; (more = document.querySelector<HTMLButtonElement>('.pagefind-ui__button')); ) {
      more.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.pagefind-ui__result').length === count && !document.querySelector('.pagefind-ui__result .pagefind-ui__loading'),
    count,
  );
  const hrefs = await page
    .locator('.pagefind-ui__result-link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { message: text, pages: new Set(hrefs) };
}

/**
 * Every page Pagefind's own API finds for a term, in the open page (so in the index of that page's language).
 * The dialog hands Pagefind the same term, after the Swedish query rule on Swedish pages, and lists the same
 * pages, five at a time: the tests below show that for words with many hits. The sampled words are searched
 * here, because paging through a hundred results in the dialog costs seconds that add nothing.
 */
async function pagesFound(page: Page, term: string): Promise<Set<string>> {
  // A string, so that Vite leaves the page's own import() alone.
  const paths: string[] = await page.evaluate(`(async (term) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(term);
    const found = await Promise.all(search.results.map((result) => result.data()));
    return found.map(({ url }) => new URL(url, location.href).pathname);
  })(${JSON.stringify(term)})`);
  return new Set(paths);
}

describe('search in Swedish', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/');
    await page.getByRole('button', { name: 'Sök' }).click();
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the words are sampled from the indexed text of the whole site', () => {
    expect(pages.size).toBeGreaterThan(40);
    expect(pages.has('/handboken/umgangesplanen/')).toBe(true);
    expect(sampledWords.length).toBeGreaterThanOrEqual(70);
    // Spread across the alphabet, not bunched at the start.
    expect(new Set(sampledWords.map((word) => word[0])).size).toBeGreaterThan(15);
    // Words with several forms on the site, so that finding the forms is tested too.
    expect(
      sampledWords.filter((word) => [...byWord.keys()].some((other) => other !== word && stems.get(other) === stems.get(word))).length,
    ).toBeGreaterThan(20);
  });

  const results = new Map<string, Set<string>>();
  test.each(sampledWords)('"%s" finds every indexed page that holds the word or one of its forms', async (word) => {
    const found = await pagesFound(page, swedishQuery(word));
    results.set(word, found);
    const missing = [...pagesWithForms(word)].filter((path) => !found.has(path));
    expect(missing, `"${word}" missed pages that hold one of its forms`).toEqual([]);
  });

  test('of all the pages those searches found, at most a tenth hold no form of the word searched for', () => {
    expect(results.size).toBe(sampledWords.length);
    const found = [...results].flatMap(([word, paths]) => [...paths].map((path) => ({ word, path })));
    const imprecise = found.filter(({ word, path }) => !pagesWithForms(word).has(path));
    const worst = Object.entries(Object.groupBy(imprecise, ({ word }) => word))
      .map(([word, hits]) => `${word}: ${hits!.length} of ${results.get(word)!.size}`)
      .sort((a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]))
      .slice(0, 8);
    expect(
      imprecise.length / found.length,
      `${imprecise.length} of ${found.length} found pages hold no form of the word (${worst.join('; ')})`,
    ).toBeLessThanOrEqual(0.1);
  });

  test('a word Snowball cuts far down finds the pages with its forms and no page that only shares its first letters', async () => {
    expect(stems.get('använde')).toBe('anv');
    const { pages: found } = await searchInDialog(page, 'använde');
    expect([...found].sort()).toEqual([...pagesWithForms('använde')].sort());
    // Pages with "använda" or "anvisning" but no form of "använde" exist, and none was found.
    const sharingLetters = [...pagesByWord(pages)]
      .filter(([word]) => word.startsWith('anv') && stems.get(word) !== 'anv')
      .flatMap(([, paths]) => [...paths]);
    expect(sharingLetters.filter((path) => !pagesWithForms('använde').has(path)).length).toBeGreaterThan(0);
  });

  // One word with over a hundred hits: every "Visa fler" page of the dialog, against the API. Each further word
  // cost some 10 s of a busy machine and showed the same thing; "använde" above is a second, short list.
  test('the dialog says in Swedish how many pages it found for "umgänge", and lists, after "Visa fler", exactly those Pagefind finds', async () => {
    const word = 'umgänge';
    const { message, pages: listed } = await searchInDialog(page, word);
    const found = await pagesFound(page, swedishQuery(word));
    expect(found.size).toBeGreaterThan(20);
    expect(message).toBe(`${found.size} träffar för ${word}`);
    expect([...listed].sort()).toEqual([...found].sort());
  });

  test('finds the visitation plan chapter', async () => {
    const { pages: found } = await searchInDialog(page, 'umgängesplanen');
    expect(found).toContain('/handboken/umgangesplanen/');
  });
});

/*
 * Each language has its own index: a search on a translated page finds that language's pages, every one
 * that holds the word, and no page in another language.
 */
describe.each(TRANSLATION_LOCALES)('search in %s', (locale) => {
  const { lang } = LOCALES[locale];
  const ui = JSON.parse(readFileSync(`content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
  const localePages = indexedPages('dist', lang);
  const localeByWord = pagesByWord(localePages);
  const words = spreadSample(
    [...localeByWord.keys()].filter((word) => [...word].length >= 5),
    8,
    SEED,
  );
  let page: Page;
  beforeAll(async () => {
    page = await open(pathFor(START_PAGE, locale));
    await page.getByRole('button', { name: ui['search.label'] }).click();
  });
  afterAll(async () => {
    await page?.close();
  });

  test("the index holds the language's own pages only", () => {
    expect(localePages.size).toBeGreaterThanOrEqual(12);
    expect([...localePages.keys()].every((path) => path.startsWith(`/${locale}/`))).toBe(true);
    expect(words.length).toBe(8);
  });

  test.each(words)('"%s" finds every page in the language that holds it, and nothing in another language', async (word) => {
    const found = await pagesFound(page, word);
    expect(
      [...localeByWord.get(word)!].filter((path) => !found.has(path)),
      'missed',
    ).toEqual([]);
    expect(
      [...found].filter((path) => !path.startsWith(`/${locale}/`)),
      'other languages',
    ).toEqual([]);
  });

  test('the dialog lists exactly the pages Pagefind finds, with no Swedish query rule', async () => {
    const word = words[0]!;
    const { pages: listed } = await searchInDialog(page, word, ui['pagefind.searching']);
    expect([...listed].sort()).toEqual([...(await pagesFound(page, word))].sort());
    expect(listed.size).toBeGreaterThan(0);
  });
});

describe('search loads when it is opened', () => {
  test('a page fetches only the small stand-in until the dialog opens; then the search UI, and the field has focus', async () => {
    const page = await open('/handboken/umgangesplanen/');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    // Load the page again with the listener in place, and wait for Starlight's idle step to import the stand-in.
    const standIn = page.waitForRequest((request) => /\/pagefind-ui\.[\w-]+\.js$/.test(new URL(request.url()).pathname));
    await page.reload();
    await standIn;
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
    expect(scripts.filter((path) => /pagefind-ui-core|\/pagefind\/pagefind/.test(path))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.locator('.pagefind-ui__search-input').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
    expect(scripts.some((path) => /pagefind-ui-core/.test(path))).toBe(true);
    await page.close();
  });
});
