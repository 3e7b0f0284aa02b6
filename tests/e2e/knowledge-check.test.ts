import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/page.ts';
import { axeViolations, WCAG_A_AA } from '../support/axe.ts';

const { open } = useBrowser();
const MODULE = '/utbildning/modul-4-fore-under-efter/';
const phone = { width: 390, height: 844 };

/** The whole step (fieldset, buttons, live region) of the question whose legend matches. */
// The innermost match: a practice case's second step sits inside the first.
const stepOf = (page: Page, legend: RegExp) =>
  page
    .locator('[data-choice-step]')
    .filter({ has: page.getByRole('group', { name: legend }) })
    .last();

/** Everything the page keeps in the browser. Starlight may keep its theme there; the check must add nothing. */
async function storageOf(page: Page) {
  return page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
}

describe('the knowledge check on a course module', () => {
  test('is answered with the keyboard alone, named for a screen reader, and stores and sends nothing', async () => {
    const page = await open(MODULE, { viewport: phone });
    const before = await storageOf(page);
    expect(before.cookie).toBe('');
    const requests: { url: string; method: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
    const step = stepOf(page, /^Fråga 3 av 6\. Träffen är slut\. Vem lämnar platsen först\? Välj ett svar\.$/);
    const right = step.getByRole('radio', { name: 'Barnet, med familjehemmet eller den som skjutsar. Mamman stannar kvar hos personalen' });
    const wrong = step.getByRole('radio', { name: 'Mamman, så att barnet slipper se henne gå' });
    const show = step.getByRole('button', { name: 'Visa svar' });
    const status = step.getByRole('status');
    await expect(show.isVisible()).resolves.toBe(true);
    // With the script, the written-out answers wait until the reader has answered.
    await expect(step.getByText('Svar och förklaring').isVisible()).resolves.toBe(false);

    // The starting point only; from here on every step is a key press.
    await right.focus();
    await page.keyboard.press('ArrowDown');
    await expect(wrong.isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(show.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const wrongAnswer = await status.innerText();
    expect(wrongAnswer).toMatch(/^Inte rätt\./);
    expect(wrongAnswer).toContain('Fel: Mamman, så att barnet slipper se henne gå.');
    expect(wrongAnswer).toContain('Rätt: Barnet, med familjehemmet eller den som skjutsar.');
    expect(wrongAnswer).toContain('Läs mer: Under umgänget: Stötta under träffen');
    await expect(status.getByRole('link', { name: 'Under umgänget: Stötta under träffen' }).getAttribute('href')).resolves.toBe(
      '/handboken/under-umganget/#stotta-under-traffen',
    );

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(status.innerText()).resolves.toBe('');
    await expect(right.evaluate((radio) => radio === document.activeElement)).resolves.toBe(true);
    await expect(wrong.isChecked()).resolves.toBe(false);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(status.innerText()).resolves.toMatch(/^Rätt svar\.\s+Rätt: Barnet, med familjehemmet/);

    expect(await storageOf(page)).toEqual(before);
    expect(await page.context().cookies()).toEqual([]);
    // The page may still fetch its own scripts (Starlight's search loads when idle); nothing is sent anywhere.
    const origin = new URL(page.url()).origin;
    expect(
      requests.filter((request) => request.method !== 'GET' || new URL(request.url).origin !== origin || new URL(request.url).search !== ''),
    ).toEqual([]);
    await page.context().close();
  });

  test('says what to do when nothing is chosen, and names the checkboxes of a question with several right answers', async () => {
    const page = await open(MODULE);
    const step = stepOf(page, /^Fråga 1 av 6\. .* Välj alla som stämmer\.$/);
    await step.getByRole('button', { name: 'Visa svar' }).click();
    await expect(step.getByRole('status').innerText()).resolves.toBe('Välj minst ett svar först.');
    await step.getByRole('checkbox', { name: 'Föräldern luktar alkohol och sluddrar' }).check();
    await step.getByRole('button', { name: 'Visa svar' }).click();
    await expect(step.getByRole('status').innerText()).resolves.toMatch(/^Delvis rätt\. Det finns fler rätta svar\./);
    await page.context().close();
  });

  test('the practice case leads to a second choice after the handbook’s answer', async () => {
    const page = await open(MODULE, { viewport: phone });
    const before = await storageOf(page);
    const step = stepOf(page, /^Vad gör du\?$/);
    await step.getByRole('radio', { name: /^Jag säger lugnt och kort till Lena/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const answer = await step.getByRole('status').first().innerText();
    expect(answer).toContain('Vad som händer:');
    expect(answer).toContain('Handbokens svar: Det här är vad handboken säger att du ska göra.');
    const next = page.getByRole('group', { name: 'Lena blir arg och säger att hon inte har druckit. Vad gör du nu?' });
    await expect(next.isVisible()).resolves.toBe(true);
    await next.getByRole('radio', { name: /^Jag räknar upp allt jag har sett/ }).check();
    await stepOf(page, /^Lena blir arg/)
      .getByRole('button', { name: 'Visa vad som händer' })
      .click();
    await expect(
      stepOf(page, /^Lena blir arg/)
        .getByRole('status')
        .innerText(),
    ).resolves.toContain('Det här säger handboken att du inte ska göra.');
    expect(await storageOf(page)).toEqual(before);
    await page.context().close();
  });

  test('without JavaScript every question and its explained answers can be read', async () => {
    const page = await open(MODULE, { javaScriptEnabled: false });
    const step = stepOf(page, /^Fråga 3 av 6\./);
    await expect(step.getByRole('button', { name: 'Visa svar' }).isVisible()).resolves.toBe(false);
    await step.getByText('Svar och förklaring').click();
    await expect(step.getByText(/^Rätt: Barnet, med familjehemmet/).isVisible()).resolves.toBe(true);
    await page.getByText('Om du väljer: Jag ber Lena göra ett alkoholtest innan hon får träffa Saga').click();
    await expect(
      page
        .getByText(/Du kan inte kräva ett test vid dörren\./)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('axe finds nothing on the answered page in the %s theme, shown at 390 px', async (theme) => {
    const page = await open(MODULE, { viewport: phone, colorScheme: theme });
    const step = stepOf(page, /^Fråga 3 av 6\./);
    await step.getByRole('radio', { name: /^Mamman, så att barnet/ }).check();
    await step.getByRole('button', { name: 'Visa svar' }).click();
    const practice = stepOf(page, /^Vad gör du\?$/);
    await practice.getByRole('radio', { name: /^Jag säger lugnt och kort till Lena/ }).check();
    await practice.getByRole('button', { name: 'Visa vad som händer' }).click();
    expect(await axeViolations(page, { tags: WCAG_A_AA })).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await step.screenshot({ path: `/tmp/quiz-shots/kunskapskoll-${theme}-390.png` });
    await page.locator('.practice-case').screenshot({ path: `/tmp/quiz-shots/ovningsfall-${theme}-390.png` });
    await page.context().close();
  });
});
