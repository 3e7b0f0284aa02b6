import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadTemplates } from '../../src/templates/load.ts';
import { templateControls, type FormControl, type FormValues } from '../../src/templates/form-fields.ts';
import { templateForCopy, templateForSituation } from '../../src/templates/copies.ts';
import { readWithPythonIcalendar } from '../support/python-icalendar.ts';
import { SITUATIONS } from '../../src/templates/situations.ts';
import { DEADLINE_TABLE } from '../../src/plan/visitation-plan.ts';
import { openPdf } from '../support/pdfjs.ts';
import { useBrowser } from '../support/page.ts';

const { open } = useBrowser();
const template = loadTemplates('templates').find((candidate) => candidate.id === 'umgangesplan')!;
// The situation that shows the most: care under 2 § LVU. The parts for SoL and a transferred custody are then hidden.
const SITUATION = SITUATIONS['lvu-2'];
const applicable = templateForSituation(template, 'lvu-2');
/** The controls a user types in: those that apply, without the deadline table the form fills itself. */
const controls = templateControls(applicable).filter((control) => !control.name.startsWith(`${DEADLINE_TABLE}-`));

/** A value with å, ä and ö for every control, of the right kind. */
function sampleValue(control: FormControl, index: number): string | boolean {
  if (control.kind === 'checkbox') return index % 2 === 0;
  if (control.kind === 'radio' || control.kind === 'select') return control.options![control.options!.length - 1]!;
  if (control.kind === 'date') return `2026-12-${String((index % 28) + 1).padStart(2, '0')}`;
  if (control.kind === 'multiline') return `Rad ett för ${control.name}: åäö ÅÄÖ\nRad två: Örebro`;
  // A signer's name goes in a box that cannot grow: a name, not a sentence.
  if (/^underskrift(er|-[a-z-]+)-\d+-namn$/.test(control.name)) return `Åsa Öberg ${index}`;
  return `Åsa Öberg ${index} – ${control.name} äger`;
}
const sample: FormValues = Object.fromEntries(controls.map((control, index) => [control.name, sampleValue(control, index)]));
sample['situation'] = SITUATION;

async function fill(page: Page, values: FormValues) {
  await page.locator(`[name="situation"][value="${values['situation']}"]`).check();
  for (const control of controls) {
    const value = values[control.name]!;
    const selector = `[name="${control.name}"]`;
    if (control.kind === 'checkbox') await page.locator(selector).setChecked(value as boolean);
    else if (control.kind === 'radio') await page.locator(`${selector}[value="${value}"]`).check();
    else if (control.kind === 'select') await page.locator(selector).selectOption(value as string);
    else await page.locator(selector).fill(value as string);
  }
}

/*
 * The same values set in the page in one go, each followed by the input and change events a user's typing
 * fires. For the tests that need a full form but test what happens after the typing (a draft, a copy): the
 * first test types every field as a user would, and 228 typed fields cost some 8 s of a busy machine each time.
 */
async function fillAtOnce(page: Page, values: FormValues) {
  await page.locator(`[name="situation"][value="${values['situation']}"]`).check();
  const entries = controls.map((control) => ({ name: control.name, kind: control.kind, value: values[control.name]! }));
  const missing = await page.evaluate((entries) => {
    const missing: string[] = [];
    for (const { name, kind, value } of entries) {
      const selector = kind === 'radio' ? `[name="${CSS.escape(name)}"][value="${CSS.escape(String(value))}"]` : `[name="${CSS.escape(name)}"]`;
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) {
        missing.push(name);
        continue;
      }
      if (kind === 'checkbox') input.checked = value as boolean;
      else if (kind === 'radio') input.checked = true;
      else input.value = value as string;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return missing;
  }, entries);
  expect(missing, 'fält som formuläret saknar').toEqual([]);
}

async function formValues(page: Page): Promise<FormValues> {
  const values: FormValues = {};
  for (const control of controls) {
    const selector = `[name="${control.name}"]`;
    if (control.kind === 'checkbox') values[control.name] = await page.locator(selector).isChecked();
    else if (control.kind === 'radio') {
      const checked = await page.locator(`${selector}:checked`).count();
      values[control.name] = checked ? await page.locator(`${selector}:checked`).inputValue() : '';
    } else values[control.name] = await page.locator(selector).inputValue();
  }
  return values;
}

async function openForm(): Promise<Page> {
  const page = await open('/mallar/umgangesplan/', { acceptDownloads: true });
  // The tools show once the form's script has set everything up: the moment a user can act.
  await page.locator('[data-template-tools]').waitFor();
  return page;
}

async function downloadOf(page: Page, action: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  return readFileSync((await download.path())!);
}

describe('filling the visitation plan in the browser', () => {
  test('every field type with å ä ö reads back from the downloaded PDF, and nothing leaves the page', async () => {
    const page = await openForm();
    const requests: { url: string; method: string }[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('blob:')) requests.push({ url: request.url(), method: request.method() });
    });

    await fill(page, sample);
    const pdf = await openPdf(await downloadOf(page, 'download-filled'));
    const fields = (await pdf.getFieldObjects()) as Map<string, { type: string; value?: unknown; exportValues?: string; kidIds?: string[] }[]>;
    for (const control of controls) {
      const widgets = fields.get(control.name)!.filter((field) => field.type !== '');
      const expected = sample[control.name];
      if (control.kind === 'checkbox') expect(widgets[0]!.value !== 'Off', control.name).toBe(expected);
      else if (control.kind === 'select') expect([widgets[0]!.value].flat(), control.name).toContain(expected);
      else if (control.kind === 'radio') expect(widgets.find((widget) => widget.value !== 'Off')?.value, control.name).toBe(expected);
      else expect(widgets[0]!.value, control.name).toBe(expected);
    }

    // The PDF worker and its fonts load when filling starts: this site's own static files, fetched
    // with GET, carrying nothing that was typed. Nothing else is requested.
    const assets = /^\/_astro\/[^?#]+\.(js|ttf)$/;
    expect(
      requests.filter(
        (request) =>
          request.method !== 'GET' || new URL(request.url).origin !== new URL(page.url()).origin || !assets.test(new URL(request.url).pathname),
      ),
    ).toEqual([]);
    expect(requests.filter((request) => /%C3%85|%C3%96|Åsa|Öberg|Örebro/i.test(request.url))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      web: [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`)),
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    // Starlight remembers the colour theme; nothing the user typed may be stored.
    expect(stored.web.filter((entry) => /Åsa|Öberg|Örebro|åäö/.test(entry))).toEqual([]);
    expect(stored.web.every((entry) => entry.startsWith('starlight-theme='))).toBe(true);
    expect(stored).toMatchObject({ databases: 0, caches: 0 });
    await page.close();
  });

  test("the chosen copy downloads named for its recipient, with that copy's fields only", async () => {
    const page = await openForm();
    await fillAtOnce(page, sample);
    await page.locator('#exemplar-foraldern').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-filled"]').click()]);
    expect(download.suggestedFilename()).toBe('umgangesplan-ifylld-foraldern.pdf');
    const pdf = await openPdf(readFileSync((await download.path())!));
    const names = [...((await pdf.getFieldObjects()) as Map<string, unknown>).keys()];
    const { template: copy } = templateForCopy(applicable, 'foraldern');
    expect(names.sort()).toEqual(
      templateControls(copy)
        .map((control) => control.name)
        .sort(),
    );
    expect(names).not.toContain('andra-foralderns-namn');
    expect(names).not.toContain('skyddsbehov');
    await page.close();
  });

  test('the situation hides the parts that do not apply, in the form and in the guidance', async () => {
    const page = await openForm();
    await page.getByLabel(SITUATIONS.sol).check();
    expect(await page.locator('#del-beslut-lvu').isHidden()).toBe(true);
    expect(await page.locator('#del-grund-sol').isVisible()).toBe(true);
    expect(await page.locator('#vagledning-beslut-lvu').isHidden()).toBe(true);
    expect(await page.locator('[data-field="provtagning-beslut"]').isHidden()).toBe(true);
    await page.getByLabel(SITUATIONS['lvu-2']).check();
    expect(await page.locator('#del-beslut-lvu').isVisible()).toBe(true);
    expect(await page.locator('#del-grund-sol').isHidden()).toBe(true);
    expect(await page.locator('[data-field="provtagning-beslut"]').isVisible()).toBe(true);
    await page.close();
  });

  test("the deadlines fill in from the dates, and the foster home's calendar file opens in Python's icalendar", async () => {
    const page = await openForm();
    await page.getByLabel(SITUATIONS['lvu-2']).check();
    for (const [name, value] of [
      ['varden-paborjad', '2026-03-10'],
      ['barnets-fodelsedatum', '2016-05-14'],
      ['planerade-umgangen-r1-datum', '2026-12-12'],
      ['planerade-umgangen-r1-tid', '10.00–12.00'],
    ] as const) {
      await page.locator(`[name="${name}"]`).fill(value);
      await page.locator(`[name="${name}"]`).dispatchEvent('change');
    }
    expect(await page.locator('[name="viktiga-datum-r1-datum"]').inputValue()).toBe('2026-09-10');
    await page.locator('#exemplar-familjehemmet').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-calendar"]').click()]);
    expect(download.suggestedFilename()).toBe('umgangesplan-kalender-familjehemmet.ics');
    const calendar = readWithPythonIcalendar(readFileSync((await download.path())!, 'utf8'));
    expect(calendar.errors).toEqual([]);
    expect(calendar.events.map(({ summary, start }) => ({ summary, start }))).toEqual(
      expect.arrayContaining([
        { summary: 'Umgänge', start: '2026-12-12T10:00:00' },
        { summary: 'Barnet fyller 15 år', start: '2031-05-14' },
      ]),
    );
    await page.close();
  });

  test('Vår plan and Min träffplan download as one-page PDFs for the chosen reader', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Leo');
    await page.locator('[name="foralder-namn"]').fill('Maria');
    await page.locator('#exemplar-foraldern').check();
    const [parent] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-summary"]').click()]);
    expect(parent.suggestedFilename()).toBe('umgangesplan-var-plan-foraldern.pdf');
    const parentPdf = await openPdf(readFileSync((await parent.path())!));
    expect(parentPdf.numPages).toBe(1);
    await page.locator('#exemplar-barnet').check();
    expect(await page.locator('[data-action="download-filled"]').isHidden()).toBe(true);
    const [child] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-summary"]').click()]);
    expect(child.suggestedFilename()).toBe('umgangesplan-min-traffplan-barnet.pdf');
    expect((await openPdf(readFileSync((await child.path())!))).numPages).toBe(1);
    await page.close();
  });

  test('a filled PDF made by the site opens back into the form, the copy and its limits named', async () => {
    const page = await openForm();
    await page.getByLabel(SITUATION).check();
    await page.locator('[name="barnets-namn"]').fill('Åsa');
    await page.locator('[name="foralder-namn"]').fill('Maria Öberg');
    await page.locator('[name="skyddsbehov"]').fill('Bara i akten');
    await page.locator('#exemplar-foraldern').check();
    const pdfFile = join(tmpdir(), 'umgangesplan-ifylld-foraldern.pdf');
    writeFileSync(pdfFile, await downloadOf(page, 'download-filled'));
    await page.reload();
    await page.locator('[data-template-tools]').waitFor();
    await page.locator('[data-pdf-file]').setInputFiles(pdfFile);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('är inläst i formuläret');
    expect(await page.locator('[data-status]').textContent()).toContain(
      'PDF:en är exemplaret för Föräldern. Bara det som står i det exemplaret har lästs in.',
    );
    expect(await page.locator('[name="foralder-namn"]').inputValue()).toBe('Maria Öberg');
    expect(await page.locator('[name="skyddsbehov"]').inputValue()).toBe('');
    expect(await page.locator(`[name="situation"][value="${SITUATION}"]`).isChecked()).toBe(true);
    await page.close();
  });

  test('a PDF of another template is refused with a message the user can act on, and the form is unchanged', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Åsa');
    const other = join(tmpdir(), 'annan-mall.pdf');
    writeFileSync(other, readFileSync('dist/mallar/samtal-efter-umgange.pdf'));
    await page.locator('[data-pdf-file]').setInputFiles(other);
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.locator('[data-error-summary]').textContent()).toContain('PDF:en är inte en ifylld blankett av mallen Umgängesplan.');
    expect(await page.locator('[name="barnets-namn"]').inputValue()).toBe('Åsa');
    await page.close();
  });

  test('pasted invisible characters are removed from the form, named in a note, and the PDF is made', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Le\u200bo\u00ad');
    const pdf = await openPdf(await downloadOf(page, 'download-filled'));
    const fields = (await pdf.getFieldObjects()) as Map<string, { value?: unknown; type: string }[]>;
    expect(fields.get('barnets-namn')!.find((field) => field.type !== '')!.value).toBe('Leo');
    expect(await page.locator('[name="barnets-namn"]').inputValue()).toBe('Leo');
    expect(await page.locator('[data-status]').textContent()).toMatch(
      /Osynliga tecken från inklistrad text har tagits bort: Barnets namn: .*U\+200B/,
    );
    await page.close();
  });

  test('a saved draft restores every value', async () => {
    const page = await openForm();
    await fillAtOnce(page, sample);
    const draft = await downloadOf(page, 'save-draft');
    expect(JSON.parse(draft.toString('utf8'))).toMatchObject({ format: 'umgangeshandboken-utkast', template: 'umgangesplan' });

    await page.reload();
    await page.locator('[data-template-tools]').waitFor();
    const file = join(tmpdir(), 'umgangesplan-utkast.json');
    writeFileSync(file, draft);
    await page.locator('[data-draft-file]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Utkastet umgangesplan-utkast.json är öppnat.');
    expect({ ...(await formValues(page)), situation: SITUATION }).toEqual(sample);
    expect(await page.locator('[name="situation"]:checked').inputValue()).toBe(SITUATION);
    await page.close();
  });

  test('a draft from an older version of the template opens and keeps, for copying, what the form has no place for', async () => {
    const page = await openForm();
    const file = join(tmpdir(), 'gammalt-utkast.json');
    const values = { 'barnets-namn': 'Lisa', 'borttaget-falt': 'Text som bara fanns i den gamla mallen' };
    writeFileSync(
      file,
      JSON.stringify({ format: 'umgangeshandboken-utkast', template: 'umgangesplan', version: '2025-01-01', savedAt: 'x', values }),
    );
    await page.locator('[data-draft-file]').setInputFiles(file);
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor();
    expect(await summary.locator('p').first().textContent()).toBe(
      'Utkastet är öppnat, men en uppgift får inte plats i formuläret. Utkastet sparades med version 2025-01-01 av mallen, och mallen har ändrats sedan dess. Texten står nedan. Kopiera den dit den hör hemma innan du sparar.',
    );
    const kept = summary.getByRole('textbox', { name: 'borttaget-falt (fältet finns inte längre i mallen)' });
    expect(await kept.inputValue()).toBe('Text som bara fanns i den gamla mallen');
    expect(await page.locator('[name="barnets-namn"]').inputValue()).toBe('Lisa');
    await page.close();
  });

  test('a malformed draft shows an error and leaves the form unchanged', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Lisa');
    const before = await formValues(page);
    const file = join(tmpdir(), 'fel-utkast.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'umgangeshandboken-utkast', template: 'umgangesplan', version: 'x', savedAt: 'x', values: { 'barnets-namn': 42 } }),
    );
    await page.locator('[data-draft-file]').setInputFiles(file);
    const error = page.locator('[data-error-summary]');
    await error.waitFor();
    expect(await error.textContent()).toBe('Utkastet kunde inte öppnas: ska vara text (fältet barnets-namn). Formuläret har inte ändrats.');

    writeFileSync(file, 'inte json');
    await page.locator('[data-draft-file]').setInputFiles(file);
    await expect
      .poll(() => error.textContent())
      .toBe('Filen går inte att läsa som ett utkast. Välj en fil som du har sparat med knappen Spara utkast.');
    expect(await formValues(page)).toEqual(before);
    await page.close();
  });

  test('a date that is not a date is named in an error, and no PDF is made', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-fodelsedatum"]').fill('2026-02-30');
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.locator('[data-action="download-filled"]').click();
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual(['Barnets födelsedatum: Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.']);
    expect(await page.locator('[name="barnets-fodelsedatum"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#falt-barnets-fodelsedatum-fel').textContent()).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.');
    expect(downloaded).toBe(false);
    await page.close();
  });

  test('warns before leaving the page with unsaved input', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Lisa');
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const warning = await dialog;
    expect(warning.type()).toBe('beforeunload');
    // Leaving anyway closes the page.
    await Promise.all([page.waitForEvent('close'), warning.accept()]);
    expect(page.isClosed()).toBe(true);
  });

  test('the form can be used with the keyboard alone', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').focus();
    await page.keyboard.type('Åke');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('barnets-fodelsedatum');
    await page.locator('[data-action="save-draft"]').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).values['barnets-namn']).toBe('Åke');
    await page.close();
  });
});

describe('the script for the form', () => {
  test('ships only on template pages', async () => {
    const chapter = readFileSync('dist/handboken/umgangesplanen/index.html', 'utf8');
    const templatePage = readFileSync('dist/mallar/umgangesplan/index.html', 'utf8');
    expect(templatePage).toMatch(/TemplateTools[^"]*\.js/);
    expect(chapter).not.toMatch(/TemplateTools|render-template|pdf-worker/);
  });
});

describe('the form around the PDF', () => {
  const workerLoaded = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /pdf-worker/.test(entry.name)));

  test('the PDF worker loads when the user starts to fill in, not with the page', async () => {
    const page = await openForm();
    expect(await workerLoaded(page)).toBe(false);
    await page.locator('[name="barnets-namn"]').fill('Łukasz');
    await expect.poll(() => workerLoaded(page)).toBe(true);
    await page.close();
  });

  test('the buttons are also at the end of the form and work there', async () => {
    const page = await openForm();
    const end = page.locator('[data-repeat="download-filled"]');
    expect(
      await end.evaluate((button) =>
        Boolean(document.querySelector('#mallformular')!.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING),
      ),
    ).toBe(true);
    await page.locator('[name="barnets-namn"]').fill('Nguyễn Thị Ánh');
    const [download] = await Promise.all([page.waitForEvent('download'), end.click()]);
    const fields = (await (await openPdf(readFileSync((await download.path())!))).getFieldObjects()) as Map<
      string,
      { value?: string; type: string }[]
    >;
    expect(fields.get('barnets-namn')!.find((field) => field.type === 'text')!.value).toBe('Nguyễn Thị Ánh');
    await page.close();
  });

  test('two quick clicks give two correct PDFs', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Áŋŋá Čáhppes-Šiellá');
    const downloads: Promise<Buffer>[] = [];
    page.on('download', (download) => downloads.push(download.path().then((path) => readFileSync(path!))));
    const button = page.locator('[data-action="download-filled"]');
    await button.click();
    await button.click();
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(2);
    for (const bytes of await Promise.all(downloads)) {
      const fields = (await (await openPdf(bytes)).getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
      expect(fields.get('barnets-namn')!.find((field) => field.type === 'text')!.value).toBe('Áŋŋá Čáhppes-Šiellá');
    }
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('har laddats ner');
    await page.close();
  });

  test('a worker that cannot load shows an error instead of hanging', async () => {
    const page = await openForm();
    await page.route(/pdf-worker/, (route) => route.abort());
    await page.locator('[name="barnets-namn"]').fill('Lisa');
    await page.locator('[data-action="download-filled"]').click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^PDF:en kunde inte skapas: /);
    await page.close();
  });

  test('a character the PDF cannot print is named before download, and a long text gets a note', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Åsa 😀');
    await page.locator('[data-action="download-filled"]').click();
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.locator('[data-error-summary] li').allTextContents()).toEqual([
      'Barnets namn: Tecknet ”😀” (U+1F600) går inte att skriva ut i PDF:en. Byt ut det, eller skriv för hand på utskriften.',
    ]);
    await page.locator('[name="barnets-namn"]').fill('Åsa '.repeat(60));
    await page.locator('[data-field="barnets-namn"] [data-fit-note]').waitFor();
    await page.close();
  });

  test('the locked copy has no fields and carries the values as text', async () => {
    const page = await openForm();
    await page.locator('[name="barnets-namn"]').fill('Şahin Đorđević');
    const pdf = await openPdf(await downloadOf(page, 'download-locked'));
    expect(await pdf.getFieldObjects()).toBeNull();
    const text = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Şahin Đorđević');
    await page.close();
  });
});
