import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/page.ts';
import { NEUTRAL_SITE } from '../../src/client/quick-exit-target.ts';

const { open } = useBrowser();

/** The neutral site is answered here, so the test never leaves this machine. */
async function answerNeutralSite(page: Page) {
  await page.context().route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Väder</title><p>Väder</p>' }));
}

describe('the quick exit "Lämna sidan"', () => {
  test('stands on the pages for parents, children and young people and on the chapters about violence, and not elsewhere', async () => {
    for (const path of [
      '/lattlast/vad-ar-umgange/',
      '/barn/traffa-mamma-eller-pappa/',
      '/unga/',
      '/handboken/vald-fran-en-ny-partner/',
      '/handboken/risk-och-sakerhet/',
    ]) {
      const page = await open(path);
      await expect(page.getByRole('link', { name: /^Lämna sidan/ }).count(), path).resolves.toBe(1);
      await page.context().close();
    }
    const chapter = await open('/handboken/umgangesplanen/');
    await expect(chapter.getByRole('link', { name: /^Lämna sidan/ }).count()).resolves.toBe(0);
    await chapter.context().close();
  });

  test('one click replaces the page, so that the back button does not return to it', async () => {
    const page = await open('/lattlast/vad-ar-umgange/');
    await answerNeutralSite(page);
    await page.getByRole('link', { name: /^Lämna sidan/ }).click();
    await page.waitForURL(NEUTRAL_SITE);
    // The tab's history held a blank page and then this one; the neutral site took this one's place.
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('/lattlast/vad-ar-umgange/');
    await page.goForward().catch(() => undefined);
    expect(page.url()).toBe(NEUTRAL_SITE);
    await page.context().close();
  });

  test('Escape pressed twice leaves too, and once does not', async () => {
    const page = await open('/barn/traffa-mamma-eller-pappa/');
    await answerNeutralSite(page);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(2000);
    await page.keyboard.press('Escape');
    expect(page.url()).toContain('/barn/traffa-mamma-eller-pappa/');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);
    await page.context().close();
  });

  test('is reached early with the keyboard and named for a screen reader', async () => {
    const page = await open('/unga/dina-rattigheter/');
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''));
    }
    expect(names.some((name) => name.startsWith('Lämna sidan'))).toBe(true);
    const snapshot = await page.getByRole('link', { name: /^Lämna sidan/ }).ariaSnapshot();
    expect(snapshot).toContain('Lämna sidan (eller tryck Esc två gånger)');
    await page.context().close();
  });
});
