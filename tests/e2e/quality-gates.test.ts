import { globSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/browser.ts';
import { serveStatic, type StaticServer } from '../../tooling/static-server.ts';
import { headersFor, parseHeadersFile } from '../../src/security/header-files.ts';
import { axeViolations, COLOUR_RULES, WCAG_A_AA } from '../support/axe.ts';
import { isFallbackNotice } from '../../src/i18n/fallback.ts';

/*
 * Every built page, served with the security headers from dist/_headers, as a host would:
 * WCAG 2.1 A and AA by axe-core in light and dark theme, no request to another origin,
 * no cookie and no Content-Security-Policy violation.
 *
 * Each page loads once. axe checks it in the light theme; then the browser reports a dark colour
 * scheme, Starlight's theme script follows it as a reader's would, and axe checks the rules that
 * depend on colour again. The dark theme changes colours only: the other rules would repeat the light
 * theme's results on CI's 2-core machine for nothing.
 */

/*
 * Every page, except that of the fallback notices (a Swedish-only page at another language's address: the
 * same short notice with other link targets) one per language is checked; tests/links/translations.test.ts
 * reads every one of them.
 */
const noticeSeen = new Set<string>();
const pages = globSync('dist/**/*.html')
  .sort()
  .filter((file) => {
    if (!isFallbackNotice(readFileSync(file, 'utf8'))) return true;
    const locale = file.split('/')[1]!;
    if (noticeSeen.has(locale)) return false;
    noticeSeen.add(locale);
    return true;
  })
  .map((file) => `/${file.replace(/^dist\//, '').replace(/index\.html$/, '')}`);
const headerRules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic('dist', headerRules);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the crawl covers every page', () => {
  expect(pages.length).toBeGreaterThan(150);
  expect(noticeSeen.size).toBe(6);
  expect(headersFor(headerRules, '/')['Content-Security-Policy']).not.toContain("'unsafe-eval'");
});

/** axe's findings on a loaded page: every WCAG rule in the light theme, then the colour rules in the dark. */
async function themeViolations(page: Page): Promise<{ light: string[]; dark: string[] }> {
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  const light = await axeViolations(page, { tags: WCAG_A_AA });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const dark = await axeViolations(page, { rules: COLOUR_RULES });
  return { light, dark };
}

test('the checks see a fault that only the dark theme has', async () => {
  const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/handboken/umgangesplanen/`, { waitUntil: 'load' });
    await page.addStyleTag({ content: "[data-theme='dark'] main p { color: #3a3a3a !important; }" });
    const { light, dark } = await themeViolations(page);
    expect(light).toEqual([]);
    expect(dark.some((finding) => finding.startsWith('color-contrast: '))).toBe(true);
  } finally {
    await context.close();
  }
});

test('a page with a frame is refused, because axe here checks only the page itself', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/handboken/umgangesplanen/`, { waitUntil: 'load' });
    await page.evaluate(() => document.body.append(document.createElement('iframe')));
    await expect(axeViolations(page, { tags: WCAG_A_AA })).rejects.toThrow(
      `${server.url}/handboken/umgangesplanen/ har en ram (iframe): axe körs här bara i sidan själv`,
    );
  } finally {
    await context.close();
  }
});

/*
 * A reader's tab: one page that goes from address to address, as many at a time as there are cores. A fresh
 * browser context for every address started a new renderer and read the site's CSS, scripts and fonts anew
 * each time, which was more than half the crawl's processor time. Between addresses the tab forgets what a
 * page could have left behind (cookies, storage) and goes back to the light theme; a tab that a failed
 * check may have left in any state is replaced.
 */
interface Tab {
  context: BrowserContext;
  page: Page;
  foreign: string[];
  consoleErrors: string[];
}

async function openTab(): Promise<Tab> {
  // The offline service worker is tested on its own (offline.test.ts); here it would copy the site into the tab.
  const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const tab: Tab = { context, page, foreign: [], consoleErrors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.url) tab.foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') tab.consoleErrors.push(message.text());
  });
  return tab;
}

const idleTabs: Tab[] = [];
const openTabs: Tab[] = [];
afterAll(async () => {
  await Promise.all(openTabs.map((tab) => tab.context.close()));
});

test.concurrent.each(pages)('%s', async (path) => {
  const tab = idleTabs.pop() ?? (await openTab());
  if (!openTabs.includes(tab)) openTabs.push(tab);
  let clean = false;
  try {
    const { page, context } = tab;
    tab.foreign.length = 0;
    tab.consoleErrors.length = 0;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url + path, { waitUntil: 'load' });
    // Starlight imports its search stand-in when the browser is idle: wait for that, so that its requests are seen too.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));

    const { light, dark } = await themeViolations(page);
    expect(light, 'light theme').toEqual([]);
    expect(dark, 'dark theme').toEqual([]);

    expect(tab.foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(tab.consoleErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    clean = true;
  } finally {
    if (clean) idleTabs.push(tab);
    else {
      openTabs.splice(openTabs.indexOf(tab), 1);
      await tab.context.close();
    }
  }
});
