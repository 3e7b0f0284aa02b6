import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { renderTemplateDocx } from '../../../src/docx/render-template.ts';
import { expectedOutline, outline, readDocx } from '../../support/docx.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));
const fields = template.sections.flatMap((section) => section.fields);
const logo = { bytes: new Uint8Array(readFileSync('tests/fixtures/logo.png')), type: 'png' as const };

describe('the Word renderer', () => {
  test('the same input gives the same bytes', async () => {
    const first = await renderTemplateDocx(template);
    const second = await renderTemplateDocx(template);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  test('mammoth reads the title, the section headings, every label, option, column and signer in order', async () => {
    const { tree, messages } = await readDocx(await renderTemplateDocx(template));
    expect(outline(tree)).toEqual(expectedOutline(template));
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
  });

  test('section and field help and the date format hint are in the document', async () => {
    const { html } = await readDocx(await renderTemplateDocx(template));
    expect(html).toContain('<p>Fyll i barnets uppgifter.</p>');
    expect(html).toContain('<p>För- och efternamn.</p>');
    expect(html).toContain('<p>Skriv datum som ÅÅÅÅ-MM-DD.</p>');
    expect(html).toContain(`<p>${template.intro}</p>`);
    // Web-only guidance stays on the web page, as in the PDF.
    expect(html).not.toContain('Skriv barnets namn som det står i beslutet.');
  });

  test('Swedish is the language of every run, and the only one', async () => {
    const { part } = await readDocx(await renderTemplateDocx(template));
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="sv-SE"\/>.*<\/w:docDefaults>/s);
    for (const name of ['word/styles.xml', 'word/document.xml', 'word/footer1.xml']) {
      for (const [lang] of part(name)!.matchAll(/<w:lang [^>]*>/g)) expect(lang, name).toContain('w:val="sv-SE"');
    }
  });

  test('line spacing is proportional, so LibreOffice grows a line to fit the logo', async () => {
    const { part } = await readDocx(await renderTemplateDocx(template));
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:spacing [^>]*w:line="264" w:lineRule="auto"\/>.*<\/w:docDefaults>/s);
  });

  test('core properties: title, subject and language, dated by the version', async () => {
    const core = (await readDocx(await renderTemplateDocx(template))).part('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Testmall med alla fälttyper – åäö ÅÄÖ</dc:title>');
    expect(core).toContain(`<dc:subject>${template.description}</dc:subject>`);
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
    expect(core).toContain('>2026-11-25T00:00:00Z</dcterms:modified>');
  });

  test('A4 with 20 mm margins, and a footer with title, version and page numbers', async () => {
    const { part } = await readDocx(await renderTemplateDocx(template));
    const document = part('word/document.xml')!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    for (const side of ['top', 'right', 'bottom', 'left']) expect(margins).toContain(`w:${side}="1134"`);
    const footer = part('word/footer1.xml')!;
    expect(footer).toContain(`${template.title} · version 2026-11-25 · Umgängeshandboken`);
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
  });

  test('tables repeat their header row, and options are Word checkboxes', async () => {
    const { tree, part } = await readDocx(await renderTemplateDocx(template));
    const tables = fields.filter((field) => field.type === 'table');
    expect(part('word/document.xml')!.match(/<w:tblHeader\/>/g)).toHaveLength(tables.length);
    expect(selectAll('thead', tree)).toHaveLength(tables.length);
    const boxes = fields.reduce((sum, field) => sum + (field.type === 'yesno' ? 2 : 'options' in field ? field.options.length : 0), 0);
    expect(part('word/document.xml')!.match(/<w14:checkbox>/g)).toHaveLength(boxes);
    expect(selectAll('input[type=checkbox]', tree)).toHaveLength(boxes);
  });

  test('every signer gets lines for signature, name clarification and date', async () => {
    const { html, part } = await readDocx(await renderTemplateDocx(template));
    for (const signer of ['Förälder', 'Familjehem', 'Socialsekreterare']) {
      // mammoth leaves out the empty paragraphs whose bottom borders are the lines to write on.
      expect(html).toContain(`<p class="label">${signer}</p><p>Underskrift: ${signer}</p><p>Namnförtydligande</p><p>Datum</p>`);
    }
    expect(part('word/document.xml')!.match(/<w:pBdr><w:bottom /g)).toHaveLength(3 * 3);
  });

  test('a municipality’s name and logo come before the title', async () => {
    const { tree, html, part } = await readDocx(await renderTemplateDocx(template, { branding: { name: 'Åre kommun', logo } }));
    expect(html.indexOf('Åre kommun')).toBeLessThan(html.indexOf('<h1>'));
    expect(selectAll('img', tree).map((image) => image.properties.alt)).toEqual(['Logotyp för Åre kommun']);
    // 120 × 40 pixels, scaled to the 48 pixel (36 pt) high logo box: 144 × 48 pixels, in EMU.
    expect(part('word/document.xml')).toContain('<wp:extent cx="1371600" cy="457200"/>');
    const plain = await readDocx(await renderTemplateDocx(template));
    expect(selectAll('img', plain.tree)).toEqual([]);
  });
});
