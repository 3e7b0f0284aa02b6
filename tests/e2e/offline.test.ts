import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/browser.ts';
import { serveStatic, type StaticServer } from '../../tooling/static-server.ts';
import { parseHeadersFile } from '../../src/security/header-files.ts';
import { writeServiceWorker } from '../../src/offline/service-worker.ts';
import { openPdf } from '../support/pdfjs.ts';
import { SITUATIONS } from '../../src/templates/situations.ts';

/*
 * Use without a network, in Chromium: a visit keeps nothing; one press on the page about using the handbook
 * offline keeps it, served with the site's own security headers; then the server is gone and the browser is offline. A chapter, a translated page, search, and
 * filling in and downloading a plan must still work, every page saying which edition it comes from.
 * Then the network returns with a new edition, which must replace the old one without a reload being forced.
 */

const headers = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const edition = /data-edition="(\d{4}-\d\d-\d\d)"/.exec(readFileSync('dist/index.html', 'utf8'))![1]!;

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let port: number;
let page: Page;
let copy: string;

beforeAll(async () => {
  server = await serveStatic('dist', headers);
  port = Number(new URL(server.url).port);
  browser = await launchChromium();
  context = await browser.newContext({ serviceWorkers: 'allow', acceptDownloads: true });
  // Offline, every script comes from the service worker's cache. Beside the accessibility crawl on two cores,
  // the search UI once did not open that way within Playwright's default 30 s (it takes 2 s alone).
  context.setDefaultTimeout(120_000);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${port}${path}`;

describe('without a network', () => {
  test('a visit alone keeps nothing on the device: a parent on a shared phone leaves no copy behind', async () => {
    await page.goto(url('/lattlast/surfa-sakrare/'));
    await page.goto(url('/handboken/umgangesplanen/'));
    const stored = await page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ registrations: 0, caches: 0 });
  });

  test('Chromium reads the web app manifest without errors and finds nothing against installing the site', async () => {
    await page.goto(url('/'));
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    // The one error left is the test's own private browsing context, where no browser installs apps.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
    await cdp.detach();
  });

  test('one press keeps the handbook: the service worker installs and controls the page, within the CSP', async () => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(url('/om/utan-natverk/'));
    await page.getByRole('button', { name: 'Spara handboken för att läsa utan nätverk' }).click();
    // "Klart" comes when the worker is active, which is after every listed file is in the cache.
    await expect
      .poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 120_000 })
      .toBe('Klart. Handboken fungerar nu utan nätverk i den här webbläsaren.');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(
        names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)),
      );
      return lists.flat();
    });
    expect(kept).toEqual(
      expect.arrayContaining([
        '/handboken/umgangesplanen/index.html',
        '/en/lattlast/index.html',
        '/mallar/umgangesplan-foraldern.pdf',
        '/pagefind/pagefind.js',
      ]),
    );
    // The notices at other languages' addresses for Swedish-only pages are not kept.
    expect(kept).not.toContain('/en/handboken/index.html');
    expect(violations.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
  });

  test('a chapter reads offline and names its edition', async () => {
    await server.close();
    await context.setOffline(true);
    await page.goto(url('/handboken/umgangesplanen/'));
    await expect.poll(() => page.locator('h1').textContent()).toContain('Umgängesplanen');
    const notice = page.locator('[data-offline-notice]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.getAttribute('data-edition')).toBe(edition);
    expect(await notice.textContent()).toMatch(/^Du är utan nätverk\. Sidan kommer från utgåvan \d{1,2} \p{L}+ \d{4}\.$/u);
    expect(await page.locator('.edition').getAttribute('data-edition')).toBe(edition);
  });

  test('a translated page reads offline, in its language', async () => {
    await page.goto(url('/ar/lattlast/'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('[data-offline-notice]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-offline-notice]').textContent()).not.toContain('nätverk');
  });

  test('search works offline', async () => {
    await page.goto(url('/handboken/'));
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.locator('.pagefind-ui__search-input').fill('umgängesplan');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const found = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(found).toContain('/handboken/umgangesplanen/');
  });

  test('a plan is filled in and downloaded as a PDF offline', async () => {
    await page.goto(url('/mallar/umgangesplan/'));
    await page.locator('[data-template-tools]').waitFor();
    await page.locator(`[name="situation"][value="${SITUATIONS['lvu-2']}"]`).check();
    await page.locator('[name="barnets-namn"]').fill('Åke Öberg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-filled"]').click()]);
    const pdf = await openPdf(readFileSync((await download.path())!));
    const fields = (await pdf.getFieldObjects()) as Map<string, { value?: unknown; type: string }[]>;
    expect(fields.get('barnets-namn')?.find((field) => field.type !== '')?.value).toBe('Åke Öberg');
  });

  test('an address that is not kept shows the page on using the handbook offline', async () => {
    await page.goto(url('/en/handboken/'));
    expect(await page.locator('h1').textContent()).toBe('Använda handboken utan nätverk');
  });
});

describe('when the network returns with a new edition', () => {
  test('the new edition is fetched at once, the page offers to reload, and the reloaded page is the new one', async () => {
    // A new edition: one chapter changed, and the service worker written again from the files, as the build does.
    copy = mkdtempSync(join(tmpdir(), 'umg-edition-'));
    cpSync('dist', copy, { recursive: true });
    const chapter = join(copy, 'handboken/umgangesplanen/index.html');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('<h1', '<p data-new-edition>Ny utgåva.</p><h1'));
    await writeServiceWorker(copy);

    await page.goto(url('/handboken/umgangesplanen/'));
    expect(await page.locator('[data-new-edition]').count()).toBe(0);
    server = await serveStatic(copy, headers, port);
    await context.setOffline(false);
    const update = page.locator('[data-update-notice]');
    await update.waitFor({ state: 'visible' });
    // Nothing is reloaded by itself: what the reader typed stays until they choose to reload.
    expect(await page.locator('[data-new-edition]').count()).toBe(0);
    await update.getByRole('button').click();
    await page.locator('[data-new-edition]').waitFor();
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.locator('[data-new-edition]').waitFor();
  });

  test('"Ta bort kopian" removes the copy and the service worker', async () => {
    server = await serveStatic(copy, headers, port);
    await context.setOffline(false);
    await page.goto(url('/om/utan-natverk/'));
    await page.getByRole('button', { name: 'Ta bort kopian' }).click();
    await expect
      .poll(() => page.locator('[data-offline-status]').textContent())
      .toBe('Kopian är borttagen. Handboken sparas inte längre i den här webbläsaren.');
    const stored = await page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ registrations: 0, caches: 0 });
  });
});
