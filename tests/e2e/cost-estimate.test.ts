import { describe, expect, test } from 'vitest';
import { openPdf } from '../support/pdfjs.ts';
import { useBrowser } from '../support/page.ts';

const { open } = useBrowser();
const PATH = '/inforande/bemanning-och-kostnad/';

async function type(page: import('playwright-core').Page, label: string, value: string) {
  await page.getByLabel(label).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
}

describe('the cost estimate page', () => {
  test('filled in with the keyboard, it reads the result out of a live region', async () => {
    const page = await open(PATH);
    const live = page.locator('[data-cost-results][aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain('Fyll i kostnaden per personaltimme.');
    await type(page, 'Umgängen per månad', '20');
    await type(page, 'Umgängets längd', '120');
    await type(page, 'Förberedelse före umgänget', '15');
    await type(page, 'Restid per personal', '30');
    await type(page, 'Andel umgängen med två personal', '25');
    await type(page, 'Andel samtal på helgen', '50');
    await type(page, 'Tillägg för arbete på helgen', '40');
    await type(page, 'Lokal per månad', '6 000');
    await type(page, 'Kostnad per personaltimme', '450');
    await expect.poll(() => live.getAttribute('data-state')).toBe('done');
    const result = (id: string) => page.locator(`[data-result="${id}"]`).textContent();
    expect(await result('staffHoursPerVisit')).toBe('4,3 timmar');
    expect(await result('costPerVisit')).toBe('2\u00a0263 kr');
    expect(await result('costPerYear')).toBe('543\u00a0150 kr');
    await page.close();
  });

  test('a wrong figure is named beside its field and in the live region', async () => {
    const page = await open(PATH);
    await type(page, 'Andel umgängen med två personal', '120');
    const input = page.getByLabel('Andel umgängen med två personal');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const message = 'Andelen umgängen med två personal kan inte vara mer än 100 procent.';
    expect(await page.locator('[data-error-for="riskSharePercent"]').textContent()).toBe(message);
    expect(await page.locator('[data-cost-results]').textContent()).toContain(message);
    await page.close();
  });

  test('the printout holds the figures and the results on one A4 page', async () => {
    const page = await open(PATH);
    await type(page, 'Umgängen per månad', '8');
    await type(page, 'Umgängets längd', '90');
    await type(page, 'Förberedelse före umgänget', '15');
    await type(page, 'Kostnad per personaltimme', '500');
    await expect.poll(() => page.locator('[data-cost-results]').getAttribute('data-state')).toBe('done');
    await page.emulateMedia({ media: 'print' });
    const pdf = await openPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.numPages).toBe(1);
    const text = ((await (await pdf.getPage(1)).getTextContent()).items as { str?: string }[]).map((item) => item.str ?? '').join(' ');
    expect(text).toContain('Kostnad per personaltimme');
    expect(text).toContain('Kostnad per år');
    await page.close();
  });
});
