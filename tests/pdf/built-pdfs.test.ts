import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { templateControls } from '../../src/templates/form-fields.ts';
import { openPdf, readingOrder, widgets } from '../support/pdfjs.ts';

const templates = loadTemplates('templates');
const pdfFile = (id: string) => `dist/mallar/${id}.pdf`;
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56; // 20 mm, with half a point to spare for rounding

describe.each(templates.map((template) => [template.id, template] as const))('%s.pdf', (id, template) => {
  const bytes = () => readFileSync(pdfFile(id));

  test('qpdf --check finds no errors', () => {
    const result = spawnSync('qpdf', ['--check', pdfFile(id)], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
  });

  test('qpdf finds no object that nothing refers to', () => {
    const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', pdfFile(id)], { encoding: 'utf8', maxBuffer: 64 * 1024 ** 2 }));
    const objects = json.qpdf[1] as Record<string, { value?: unknown; stream?: { dict: Record<string, unknown> } }>;
    const object = (ref: string) => objects[`obj:${ref}`];
    // Object streams and the cross-reference stream are how the file is stored, not content to refer to.
    const storage = (ref: string) => ['/ObjStm', '/XRef'].includes(object(ref)?.stream?.dict['/Type'] as string);
    const reached = new Set<string>();
    const visit = (value: unknown): void => {
      if (typeof value === 'string' && /^\d+ \d+ R$/.test(value)) {
        if (reached.has(value)) return;
        reached.add(value);
        const target = object(value);
        visit(target?.value ?? target?.stream?.dict);
      } else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    visit(objects.trailer);
    const all = Object.keys(objects)
      .filter((key) => key.startsWith('obj:'))
      .map((key) => key.slice(4));
    expect(all.filter((ref) => !reached.has(ref) && !storage(ref))).toEqual([]);
  });

  test('poppler renders every page without complaint', () => {
    const out = mkdtempSync(join(tmpdir(), 'pdftoppm-'));
    const result = spawnSync('pdftoppm', ['-r', '40', '-png', pdfFile(id), join(out, 'sida')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile(id)], { encoding: 'utf8' }))![1]);
    expect(readdirSync(out).filter((name) => name.endsWith('.png'))).toHaveLength(pages);
  });

  test('metadata: title shown by the viewer, Swedish language, subject, tagged', async () => {
    const pdf = await openPdf(bytes());
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Title).toBe(template.title);
    expect(info.Language).toBe('sv-SE');
    expect(info.Subject).toBe(template.description);
    const catalog = (await PDFDocument.load(bytes())).catalog;
    expect(String(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle')))).toBe('true');
    expect(String(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    expect(execFileSync('pdfinfo', [pdfFile(id)], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const xmp = execFileSync('pdfinfo', ['-meta', pdfFile(id)], { encoding: 'utf8' });
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${template.title}</rdf:li>`);
    expect(xmp).toContain('<rdf:li>sv-SE</rdf:li>');
  });

  test('every page is A4 and every field lies inside the margins', async () => {
    const pdf = await openPdf(bytes());
    for (let number = 1; number <= pdf.numPages; number++) {
      const [, , width, height] = (await pdf.getPage(number)).view;
      expect(width).toBeCloseTo(A4.width, 1);
      expect(height).toBeCloseTo(A4.height, 1);
    }
    for (const widget of await widgets(pdf)) {
      const [x1, y1, x2, y2] = widget.rect;
      expect(x1, widget.fieldName).toBeGreaterThanOrEqual(MARGIN);
      expect(x2, widget.fieldName).toBeLessThanOrEqual(A4.width - MARGIN);
      expect(y1, widget.fieldName).toBeGreaterThanOrEqual(MARGIN);
      expect(y2, widget.fieldName).toBeLessThanOrEqual(A4.height - MARGIN);
    }
  });

  test('pdf.js lists every field with the right type and its label as tooltip', async () => {
    const pdf = await openPdf(bytes());
    const fields = (await pdf.getFieldObjects()) as Map<string, { type: string }[]> | null;
    const found = await widgets(pdf);
    for (const control of templateControls(template)) {
      const objects = fields?.get(control.name)?.filter((field) => field.type !== '');
      expect(objects?.length, control.name).toBeGreaterThan(0);
      const expectedType = { text: 'text', multiline: 'text', date: 'text', checkbox: 'checkbox', radio: 'radiobutton', select: 'combobox' }[
        control.kind
      ];
      expect(objects![0]!.type, control.name).toBe(expectedType);
      const fieldWidgets = found.filter((widget) => widget.fieldName === control.name);
      if (control.kind === 'radio') {
        expect(fieldWidgets.map((widget) => widget.tooltip)).toEqual(control.options!.map((option) => `${control.tooltip}: ${option}`));
      } else {
        expect(fieldWidgets.map((widget) => widget.tooltip)).toEqual([control.tooltip]);
      }
    }
    expect(new Set(found.map((widget) => widget.fieldName)).size).toBe(templateControls(template).length);
  });

  test('the structure tree reads the title, every section heading and every field in order', async () => {
    const pdf = await openPdf(bytes());
    const order = await readingOrder(pdf);
    expect(order[0]?.role).toBe('Document');
    expect(order.find((node) => node.role !== 'Document')?.role).toBe('H1');
    // Every section, and the blank form's change list last.
    expect(order.filter((node) => node.role === 'H2')).toHaveLength(template.sections.length + (template.changes.length ? 1 : 0));
    const fieldsInTree = order.filter((node) => node.role === 'Form').map((node) => node.annotation);
    const fieldsOnPages = (await widgets(pdf)).map((widget) => widget.id);
    expect(fieldsInTree).toEqual(fieldsOnPages);
    const poppler = execFileSync('pdfinfo', ['-struct', pdfFile(id)], { encoding: 'utf8' });
    expect(poppler.match(/^\s+Form$/gm)?.length).toBe(fieldsOnPages.length);
  });

  test('tables are tagged as tables, with a header cell for each column', async () => {
    const tables = template.sections.flatMap((section) => section.fields).filter((field) => field.type === 'table');
    const order = await readingOrder(await openPdf(bytes()));
    expect(order.filter((node) => node.role === 'Table')).toHaveLength(tables.length);
    expect(order.filter((node) => node.role === 'TH')).toHaveLength(tables.reduce((sum, table) => sum + table.columns.length, 0));
    expect(order.filter((node) => node.role === 'TD')).toHaveLength(tables.reduce((sum, table) => sum + table.columns.length * table.rows, 0));
  });

  test('a value with å ä ö filled in with pdf-lib reads back unchanged in pdf.js', async () => {
    const doc = await PDFDocument.load(bytes());
    const textControl = templateControls(template).find((control) => control.kind === 'text' || control.kind === 'multiline')!;
    const value = 'Åsa Öberg-Ängström, född på Gärdet';
    doc.getForm().getTextField(textControl.name).setText(value);
    const pdf = await openPdf(await doc.save());
    const fields = (await pdf.getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
    expect(fields.get(textControl.name)!.find((field) => field.type === 'text')!.value).toBe(value);
  });
});
