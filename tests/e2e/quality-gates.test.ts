import { globSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tooling/browser.ts';
import { serveStatic, type StaticServer } from '../../src/tooling/static-server.ts';
import { parseHeadersFile } from '../../src/security/csp.ts';
import { isFallbackNotice } from '../../src/i18n/fallback.ts';

/*
 * Every built page, served with the security headers from dist/_headers, as a host would:
 * WCAG 2.1 A and AA by axe-core in light and dark theme, no request to another origin,
 * no cookie and no Content-Security-Policy violation.
 *
 * The dark theme changes colours only, so there axe runs just the rules that depend on colour;
 * everything else would repeat the light-theme crawl on CI's 2-core machine for nothing.
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
const headers = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));

const colourRules = ['color-contrast', 'link-in-text-block'];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic('dist', headers);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the crawl covers every page', () => {
  expect(pages.length).toBeGreaterThan(150);
  expect(noticeSeen.size).toBe(6);
  expect(headers['Content-Security-Policy']).not.toContain("'unsafe-eval'");
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test.concurrent.each(pages)('%s', async (path) => {
    // The offline service worker is tested on its own (offline.test.ts); here it would copy the site into every context.
    const context = await browser.newContext({ colorScheme: theme, serviceWorkers: 'block' });
    await context.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.url) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });

    const axe = new AxeBuilder({ page });
    const results = await (theme === 'dark' ? axe.withRules(colourRules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
