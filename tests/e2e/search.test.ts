import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/page.ts';
import { formGroups, indexedPages, pagesByWord, spreadSample } from '../support/search-words.ts';
import { LOCALES, pathFor, START_PAGE, TRANSLATION_LOCALES } from '../../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';

const { open } = useBrowser();

// Worked out once from the built pages: which indexed page holds which word.
const pages = indexedPages('dist');
const byWord = pagesByWord(pages);
const pagesWith = (words: string[]) => new Set(words.flatMap((word) => [...(byWord.get(word) ?? [])]));
const longWords = [...byWord.keys()].filter((word) => [...word].length >= 5);
const SEED = 7;
// Words that an earlier ending-cutter made miss pages that hold them ("fängelse" found 1 of its 7 pages).
const earlierMisses = ['fängelse', 'erfarenhet', 'myndighet', 'använde', 'namnet', 'övervägande'].filter((word) => byWord.has(word));
const sampledWords = [...new Set([...spreadSample(longWords, 72, SEED), ...earlierMisses])];
const groupsByFirst = new Map(formGroups(longWords).map((forms) => [forms[0]!, forms]));
const sampledForms = spreadSample(groupsByFirst.keys(), 16, SEED).flatMap((first) => {
  const forms = groupsByFirst.get(first)!;
  return forms.map((form) => [form, forms.join(', '), forms] as const);
});

/** Types a query into the open search dialog and returns the count message and every page listed, after "Visa fler". */
async function searchInDialog(page: Page, query: string, searching = 'Söker efter [SEARCH_TERM] …'): Promise<{ message: string; pages: Set<string> }> {
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
    for (let more; (more = document.querySelector<HTMLButtonElement>('.pagefind-ui__button')); ) {
      more.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.pagefind-ui__result').length === count && !document.querySelector('.pagefind-ui__result .pagefind-ui__loading'),
    count,
  );
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { message: text, pages: new Set(hrefs) };
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
    expect(sampledWords.length).toBeGreaterThanOrEqual(60);
    // Spread across the alphabet, not bunched at the start.
    expect(new Set(sampledWords.map((word) => word[0])).size).toBeGreaterThan(15);
    expect(sampledForms.length).toBeGreaterThanOrEqual(32);
  });

  test('reports the number of results in Swedish', async () => {
    const { message } = await searchInDialog(page, 'umgänge');
    expect(message).toMatch(/^\d+ träffar? för umgänge$/);
  });

  test.each(sampledWords)('"%s" finds every indexed page that holds the word', async (word) => {
    const { pages: found } = await searchInDialog(page, word);
    const missing = [...byWord.get(word)!].filter((path) => !found.has(path));
    expect(missing, `"${word}" missed pages that hold it`).toEqual([]);
  });

  test.each(sampledForms)('"%s" finds the pages with any of the forms %s', async (form, _, forms) => {
    const { pages: found } = await searchInDialog(page, form);
    const missing = [...pagesWith(forms)].filter((path) => !found.has(path));
    expect(missing, `"${form}" missed pages that hold one of ${forms.join(', ')}`).toEqual([]);
  });

  test('an inflected word finds a page that has only the base form', async () => {
    const onlyBaseForm = [...pages].filter(([, words]) => words.has('umgänge') && !words.has('umgänget')).map(([path]) => path);
    expect(onlyBaseForm.length).toBeGreaterThan(0);
    const { pages: found } = await searchInDialog(page, 'umgänget');
    expect(onlyBaseForm.filter((path) => !found.has(path))).toEqual([]);
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

  test('the index holds the language\'s own pages only', () => {
    expect(localePages.size).toBeGreaterThanOrEqual(12);
    expect([...localePages.keys()].every((path) => path.startsWith(`/${locale}/`))).toBe(true);
    expect(words.length).toBe(8);
  });

  test.each(words)('"%s" finds every page in the language that holds it, and nothing in another language', async (word) => {
    const { pages: found } = await searchInDialog(page, word, ui['pagefind.searching']);
    expect([...localeByWord.get(word)!].filter((path) => !found.has(path)), 'missed').toEqual([]);
    expect([...found].filter((path) => !path.startsWith(`/${locale}/`)), 'other languages').toEqual([]);
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
