import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { CELL_PLACEHOLDER, CHOOSE_PLACEHOLDER } from '../../src/docx/fields.ts';
import { templateForCopy } from '../../src/templates/copies.ts';
import { tableCells, YES_NO } from '../../src/templates/form-fields.ts';
import { loadTemplates } from '../../src/templates/load.ts';
import type { Template } from '../../src/templates/schema.ts';
import { dropDownLists, outline, readDocx } from '../support/docx.ts';
import { pdfOutline } from './pdf-outline.ts';

/*
 * Every copy of every template that is given as a form, as a PDF and as a Word file, as the built
 * site serves them (dist/mallar/<template>-<copy>.pdf and .docx): the two must be the same document. The PDF's outline is read from the PDF (pdf.js: its tags and fonts),
 * the Word file's from mammoth's HTML, and neither from the template. LibreOffice then opens each
 * Word file, prints it, and says what it takes the content controls for.
 */

const cases = loadTemplates('templates').flatMap((template) =>
  template.copies.filter((copy) => copy.form).map((copy) => ({ name: `${template.id}-${copy.id}`, ...templateForCopy(template, copy.id) })),
);
const rendered = new Map<string, { pdf: Uint8Array; docx: Uint8Array }>();
let work: string;

/** LibreOffice on every Word file at once, with a profile of its own so it neither meets nor leaves a user's settings. */
function libreOffice(format: string, files: string[]): string {
  const out = join(work, format);
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profil')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      out,
      ...files,
    ],
    { encoding: 'utf8', timeout: 280_000 },
  );
  if (result.status !== 0 || result.error) throw new Error(`LibreOffice misslyckades: ${result.error ?? ''}\n${result.stdout}\n${result.stderr}`);
  return out;
}

beforeAll(async () => {
  if (spawnSync('soffice', ['--version']).error) throw new Error('LibreOffice saknas: installera libreoffice-writer-nogui (bash .ci/run gör det).');
  work = mkdtempSync(join(tmpdir(), 'docx-outline-'));
  for (const { name } of cases) {
    const built = (kind: 'pdf' | 'docx') => {
      const file = `dist/mallar/${name}.${kind}`;
      if (!existsSync(file)) throw new Error(`${file} saknas: bygg webbplatsen med npm run build`);
      return new Uint8Array(readFileSync(file));
    };
    const docx = built('docx');
    rendered.set(name, { pdf: built('pdf'), docx });
    writeFileSync(join(work, `${name}.docx`), docx);
  }
  const files = cases.map(({ name }) => join(work, `${name}.docx`));
  libreOffice('pdf', files);
  libreOffice('odt', files);
}, 300_000);

const fieldsOf = (template: Template) => template.sections.flatMap((section) => section.fields);

/** The drop-downs a copy's Word file must have, in order: one per single choice, one per cell of a fixed-list column. */
function expectedDropDowns(template: Template): { tag: string; items: string[] }[] {
  return fieldsOf(template).flatMap((field) => {
    if (field.type === 'yesno') return [{ tag: field.id, items: [CHOOSE_PLACEHOLDER, ...YES_NO] }];
    if (field.type === 'choice') return [{ tag: field.id, items: [CHOOSE_PLACEHOLDER, ...field.options] }];
    if (field.type === 'table') {
      return tableCells(field)
        .flat()
        .flatMap((cell) => (cell.kind === 'select' ? [{ tag: cell.name, items: [CELL_PLACEHOLDER, ...cell.options!] }] : []));
    }
    return [];
  });
}

const checkboxCount = (template: Template) =>
  fieldsOf(template).reduce((sum, field) => sum + (field.type === 'multichoice' ? field.options.length : 0), 0);

test('the copies cover every template, and the plan’s parents and the case file among them', () => {
  expect(new Set(cases.map(({ template }) => template.id)).size).toBe(loadTemplates('templates').length);
  expect(cases.map(({ name }) => name)).toEqual(
    expect.arrayContaining(['umgangesplan-akten', 'umgangesplan-foraldern', 'umgangesplan-den-unge', 'umgangesplan-familjehemmet']),
  );
});

describe.each(cases.map((entry) => [entry.name, entry] as const))('%s', (name, { template, copy }) => {
  test('the Word file has the PDF’s outline: title, section headings, field labels, column headers and signers, in order', async () => {
    const { pdf, docx } = rendered.get(name)!;
    const fromPdf = await pdfOutline(pdf);
    const fromWord = outline((await readDocx(docx)).tree).filter(([kind]) => kind !== 'option');
    expect(fromPdf[0]).toEqual(['h1', template.title]);
    expect(fromPdf.filter(([kind]) => kind === 'h2')).toHaveLength(template.sections.length + (template.changes.length ? 1 : 0));
    expect(fromWord).toEqual(fromPdf);
  });

  test('one drop-down list per single choice and per cell of a fixed-list column, with the field’s options', () => {
    const document = strFromU8(unzipSync(rendered.get(name)!.docx)['word/document.xml']!);
    const expected = expectedDropDowns(template);
    expect(dropDownLists(document)).toEqual(expected);
    expect(document.match(/<w:dropDownList>/g) ?? []).toHaveLength(expected.length);
    expect(document.match(/<w14:checkbox>/g) ?? []).toHaveLength(checkboxCount(template));
  });

  test('LibreOffice prints it, with the recipient in the header of every page', () => {
    const pdfFile = join(work, 'pdf', `${name}.pdf`);
    expect(existsSync(pdfFile), `LibreOffice skrev ingen PDF för ${name}.docx`).toBe(true);
    const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(0);
    for (const [index, page] of pages.entries())
      expect(page.trimStart().split('\n')[0]!.trim(), `sida ${index + 1}`).toBe(`Exemplar för: ${copy.for}`);
  });

  test('LibreOffice takes each drop-down for one list of the options, and each checkbox for a checkbox', () => {
    const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(work, 'odt', `${name}.odt`))))['content.xml']!);
    const controls = [...content.matchAll(/<loext:content-control([^>]*)>(.*?)<\/loext:content-control>/gs)];
    const lists = controls
      .filter(([, , inner]) => inner!.includes('<loext:list-item '))
      .map(([, , inner]) => [...inner!.matchAll(/<loext:list-item loext:display-text="([^"]*)"/g)].map((item) => item[1]!.replace(/&amp;/g, '&')));
    expect(lists).toEqual(expectedDropDowns(template).map((list) => list.items));
    expect(controls.filter(([, attributes]) => attributes!.includes('loext:checkbox="true"'))).toHaveLength(checkboxCount(template));
  });
});
