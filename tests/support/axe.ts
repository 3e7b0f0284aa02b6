import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/*
 * axe-core run in the page itself, put there once per page. @axe-core/playwright injects axe again for
 * every run and, outside its legacy mode, opens a blank page for each run as well; on CI's two cores that
 * was most of the accessibility crawl. Running in the page misses only what a frame from another origin
 * holds, so a page with any frame is refused rather than half checked.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The rules whose result depends on colour: what a change of theme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export type AxeSelection = { tags: string[] } | { rules: string[] };

/** axe's violations on the page as it is now, one line per rule with the selectors of its nodes. */
export async function axeViolations(page: Page, selection: AxeSelection): Promise<string[]> {
  if ((await page.locator('iframe, frame').count()) > 0) throw new Error(`${page.url()} har en ram (iframe): axe körs här bara i sidan själv`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: 'tags' in selection ? { type: 'tag', values: selection.tags } : { type: 'rule', values: selection.rules },
    // Only violations are read, so axe need not describe every passing node.
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
    options,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
