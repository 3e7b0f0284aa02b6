import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/browser.ts';

/** One Chromium per test file; `open` gives a fresh page at a site path. */
export function useBrowser() {
  let browser: Browser;
  const closing = new Set<Promise<void>>();
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    // Contexts still closing after their page, first: the browser must not close under them.
    await Promise.all(closing);
    await browser?.close();
  });
  const baseUrl = () => inject('baseUrl');
  return {
    baseUrl,
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      // The offline service worker would copy the whole site into every fresh context; only the offline test lets it run.
      const context = await browser.newContext({ serviceWorkers: 'block', ...options });
      const page = await context.newPage();
      // One context per page: closing the page closes its context too.
      page.once('close', () => void closing.add(context.close()));
      await page.goto(baseUrl() + path);
      return page;
    },
  };
}
