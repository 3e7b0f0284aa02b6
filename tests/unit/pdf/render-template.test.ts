import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { parseTemplate } from '../../../src/templates/load.ts';
import { renderTemplatePdf } from '../../../src/pdf/render-template.ts';
import { loadFonts } from '../../../src/pdf/fonts.ts';
import { templateControls } from '../../../src/templates/form-fields.ts';
import { openPdf } from '../../support/pdfjs.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));
const fonts = loadFonts();

describe('the template renderer', () => {
  test('the same input gives the same bytes', async () => {
    const first = await renderTemplatePdf(template, { fonts });
    const second = await renderTemplatePdf(template, { fonts });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  test('fills values of every control type and keeps the form fillable', async () => {
    const values = {
      'barnets-namn': 'Åsa Öberg',
      'barnets-asikt': 'Vill träffa mamma på lördagar.\nGärna i parken.',
      'skriftlig-plan': 'Ja',
      placeringsgrund: 'LVU',
      'form-2': true,
      'tillfallen-r1-plats': 'Vanlig lägenhet på Söder',
      'underskrift-1-datum': '2026-12-01',
    };
    const bytes = await renderTemplatePdf(template, { fonts, values });
    const fields = (await (await openPdf(bytes)).getFieldObjects()) as Map<string, { value?: unknown; type: string; exportValues?: string }[]>;
    const value = (name: string) =>
      fields
        .get(name)!
        .filter((field) => field.type !== '')
        .map((field) => field.value);
    expect(value('barnets-namn')).toEqual(['Åsa Öberg']);
    expect(value('barnets-asikt')).toEqual(['Vill träffa mamma på lördagar.\nGärna i parken.']);
    expect(value('placeringsgrund')[0]).toBe('LVU');
    expect(value('form-2')[0]).not.toBe('Off');
    expect(value('form-1')[0]).toBe('Off');
    expect(value('tillfallen-r1-plats')).toEqual(['Vanlig lägenhet på Söder']);
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(
      form
        .getFields()
        .map((field) => field.getName())
        .sort(),
    ).toEqual(
      templateControls(template)
        .map((control) => control.name)
        .sort(),
    );
  });

  test('prints a municipality name and logo on the first page', async () => {
    const logo = new Uint8Array(readFileSync('tests/fixtures/logo.png'));
    const bytes = await renderTemplatePdf(template, { fonts, branding: { name: 'Exempels kommun', logo: { bytes: logo, type: 'png' } } });
    const page = await (await openPdf(bytes)).getPage(1);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Exempels kommun');
    expect((await page.getOperatorList()).fnArray).toContain(85); // OPS.paintImageXObject
  });
});
