import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../tooling/browser.ts';
import { childPlanHtml, parentPlanHtml } from '../../../src/plan/summary-html.ts';
import { CHILD_WORDING, PARENT_WORDING } from '../../../src/plan/summary-content.ts';
import { openPdf } from '../../support/pdfjs.ts';
import { realisticChildPlan, realisticParentPlan } from '../../support/plan-examples.ts';

const documents = {
  'Vår plan': parentPlanHtml(realisticParentPlan),
  'Min träffplan 7–12': childPlanHtml(realisticChildPlan('7-12')),
  'Min träffplan 13–17': childPlanHtml(realisticChildPlan('13-17')),
};

const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

describe('the plan summaries as HTML, read as text', () => {
  test.each(Object.entries(documents))('%s is one standalone document: Swedish, one style sheet, no script, nothing fetched', (_, html) => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|\bhref=|url\(|@import/i);
  });

  test('every symbol is hidden from screen readers and stands beside a heading that says it in words', () => {
    const html = documents['Min träffplan 7–12'];
    const sections = html.match(/<section[\s\S]*?<\/section>/g)!;
    expect(sections).toHaveLength(8);
    for (const section of sections)
      expect(section).toMatch(/^<section[^>]*>\n<svg class="icon" aria-hidden="true"[^>]*><path d="[^"]+"\/><\/svg>\n<div>\n<h2>[^<]+<\/h2>/);
  });

  test('leaves empty parts out and keeps the safety lines', () => {
    const parent = parentPlanHtml({ forWhom: 'Förälder 2', visits: [], forms: [], contacts: [], more: {}, deadlines: [], ifLate: ' ' });
    expect(parent).toContain(PARENT_WORDING.danger);
    expect(parent).not.toContain(PARENT_WORDING.ifLate);
    expect(parent).not.toContain(PARENT_WORDING.when);
    const child = childPlanHtml({ ageBand: '13-17', visits: [], forms: [] });
    for (const line of CHILD_WORDING['13-17'].safety) expect(child).toContain(line);
    expect(child).not.toContain(CHILD_WORDING['13-17'].when);
  });

  test('escapes everything the user typed', () => {
    const html = childPlanHtml({ ...realisticChildPlan('7-12'), myWords: hostile, parentName: 'pappa "Jo" & co' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('pappa &quot;Jo&quot; &amp; co');
  });
});

describe('the plan summaries in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A phone-sized page with the document, and every request it tried to make. */
  async function phone(html: string): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests };
  }

  test.each(Object.entries(documents))('%s has no horizontal scroll at 390 px, fetches nothing and prints on one A4 page', async (_, html) => {
    const { page, requests } = await phone(html);
    try {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(requests).toEqual([]);
      const pdf = await openPdf(await page.pdf({ format: 'A4', printBackground: true }));
      expect(pdf.numPages).toBe(1);
      const [width, height] = (await pdf.getPage(1)).view.slice(2);
      // Chromium's A4 is 8.27 × 11.69 inches, a point larger than 210 × 297 mm.
      expect(Math.abs(width! - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(height! - 841.89)).toBeLessThan(1.5);
    } finally {
      await page.close();
    }
  });

  test('a long unbroken word and a typed script stay inside the screen as text', async () => {
    const long = `https://exempel.invalid/${'mycketlångtord'.repeat(12)}`;
    const { page, requests } = await phone(parentPlanHtml({ ...realisticParentPlan, others: hostile, place: long }));
    try {
      const result = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        scripts: document.scripts.length,
        images: document.images.length,
        text: document.body.innerText,
      }));
      expect(result.scrollWidth).toBeLessThanOrEqual(result.clientWidth);
      expect(result.scripts).toBe(0);
      expect(result.images).toBe(0);
      expect(result.text).toContain(hostile);
      expect(result.text.replace(/\s+/g, '')).toContain(long);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
