import { blankCopies } from '../../src/templates/copies.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { expectedOutline, outline, readDocx } from '../support/docx.ts';
import { openPdf } from '../support/pdfjs.ts';

/*
 * Every built Word document, opened by readers we did not write: mammoth reads its outline, and
 * LibreOffice (Debian's libreoffice-writer-nogui) lays it out and prints it to PDF, which poppler
 * and pdf.js then measure.
 */

const templates = loadTemplates('templates');
const docxFile = (id: string) => `dist/mallar/${id}.docx`;
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56.69; // 20 mm
let converted: string;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(() => {
  if (spawnSync('soffice', ['--version']).error) throw new Error('LibreOffice saknas: installera libreoffice-writer-nogui (bash .ci/run gör det).');
  // One LibreOffice run for all files, with a profile of its own so it neither meets nor leaves a user's settings.
  const work = mkdtempSync(join(tmpdir(), 'docx-lo-'));
  converted = join(work, 'pdf');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profil')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      converted,
      ...templates.map((template) => docxFile(template.id)),
    ],
    { encoding: 'utf8', timeout: 280_000 },
  );
  if (result.status !== 0 || result.error) throw new Error(`LibreOffice misslyckades: ${result.error ?? ''}\n${result.stdout}\n${result.stderr}`);
}, 300_000);

test("a Word document for every recipient's copy of every template, the first also at the template's old address, and nothing else", () => {
  const built = readdirSync('dist/mallar').filter((name) => name.endsWith('.docx'));
  const expected = templates.flatMap((template) => [template.id, ...blankCopies(template).map((copy) => copy.file)]).map((file) => `${file}.docx`);
  expect(built.sort()).toEqual(expected.sort());
});

describe.each(templates.map((template) => [template.id, template] as const))('%s.docx', (id, template) => {
  const pdfFile = () => join(converted, `${id}.pdf`);

  test('mammoth reads the title, every section heading and every field label in order, with å ä ö intact', async () => {
    const { tree, messages } = await readDocx(readFileSync(docxFile(id)));
    const found = outline(tree);
    expect(found).toEqual(expectedOutline(template));
    expect(found[0]).toEqual(['h1', template.title]);
    expect(found.map(([, text]) => text).join(' ')).toMatch(/[åäö]/);
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
  });

  test('the document is Swedish: sv-SE in the default run properties and the core properties', async () => {
    const { part } = await readDocx(readFileSync(docxFile(id)));
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="sv-SE"[^>]*\/>.*<\/w:docDefaults>/s);
    expect(part('docProps/core.xml')).toContain('<dc:language>sv-SE</dc:language>');
  });

  test('LibreOffice prints it to PDF: A4, with title, subject and language carried over', async () => {
    expect(existsSync(pdfFile()), `LibreOffice skrev ingen PDF för ${id}.docx`).toBe(true);
    const info = execFileSync('pdfinfo', [pdfFile()], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${literally(template.title)}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Subject:\\s+${literally(template.description)}$`, 'm'));
    const pdf = await openPdf(readFileSync(pdfFile()));
    const { info: meta } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(meta.Language).toBe('sv-SE');
    for (let number = 1; number <= pdf.numPages; number++) {
      const [, , width, height] = (await pdf.getPage(number)).view;
      expect(width).toBeCloseTo(A4.width, 0);
      expect(height).toBeCloseTo(A4.height, 0);
    }
  });

  test('the printed text keeps the title and every section heading in order, and stays inside 20 mm margins', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfFile(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    let from = 0;
    for (const heading of [template.title, ...template.sections.map((section) => section.title)]) {
      const at = text.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      from = at + heading.length;
    }
    const words = [
      ...execFileSync('pdftotext', ['-bbox', pdfFile(), '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g),
    ];
    expect(words.length).toBeGreaterThan(20);
    expect(Math.min(...words.map((word) => Number(word[1])))).toBeGreaterThanOrEqual(MARGIN - 1);
    expect(Math.max(...words.map((word) => Number(word[2])))).toBeLessThanOrEqual(A4.width - MARGIN + 1);
  });

  test('poppler renders every printed page without complaint', () => {
    const out = mkdtempSync(join(tmpdir(), 'docx-ppm-'));
    const result = spawnSync('pdftoppm', ['-r', '40', '-png', pdfFile(), join(out, 'sida')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile()], { encoding: 'utf8' }))![1]);
    expect(readdirSync(out).filter((name) => name.endsWith('.png'))).toHaveLength(pages);
  });
});
