/**
 * Renders the example plans (tests/support/plan-examples.ts) for looking at: "Vår plan" and
 * "Min träffplan" for 7–12 and 13–17 as PDF with PNGs of every page (pdftoppm -r 60), and the
 * HTML versions with Chromium screenshots at 390 px and their printed A4 PDFs.
 *   npx node scripts/plan-shots.ts [directory, default /tmp/plan-shots]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFonts } from '../src/pdf/fonts.ts';
import { renderChildPlanPdf } from '../src/plan/child-plan-pdf.ts';
import { renderParentPlanPdf } from '../src/plan/parent-plan-pdf.ts';
import { childPlanHtml, parentPlanHtml } from '../src/plan/summary-html.ts';
import { launchChromium } from '../tooling/browser.ts';
import { realisticChildPlan, realisticParentPlan } from '../tests/support/plan-examples.ts';

const out = process.argv[2] ?? '/tmp/plan-shots';
mkdirSync(out, { recursive: true });
const fonts = loadFonts();

const pdfs = {
  'var-plan': await renderParentPlanPdf(realisticParentPlan, fonts),
  'min-traffplan-7-12': await renderChildPlanPdf(realisticChildPlan('7-12'), fonts),
  'min-traffplan-13-17': await renderChildPlanPdf(realisticChildPlan('13-17'), fonts),
};
for (const [name, bytes] of Object.entries(pdfs)) {
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(out, name)]);
}

const pages = {
  'var-plan': parentPlanHtml(realisticParentPlan),
  'min-traffplan-7-12': childPlanHtml(realisticChildPlan('7-12')),
  'min-traffplan-13-17': childPlanHtml(realisticChildPlan('13-17')),
};
const browser = await launchChromium();
try {
  for (const [name, html] of Object.entries(pages)) {
    writeFileSync(join(out, `${name}.html`), html);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: join(out, `${name}-390px.png`), fullPage: true });
    writeFileSync(join(out, `${name}-utskrift.pdf`), await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Sparat i ${out}`);
