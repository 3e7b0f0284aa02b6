import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseTemplate, validateTemplate } from '../../../src/templates/load.ts';
import { renderTemplateDocx } from '../../../src/docx/render-template.ts';
import { templateForCopy, WITHHELD_NOTE } from '../../../src/templates/copies.ts';
import { SITUATION_LABELS } from '../../../src/templates/situations.ts';
import { dropDownLists, expectedOutline, outline, readDocx } from '../../support/docx.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));
const fields = template.sections.flatMap((section) => section.fields);
const logo = { bytes: new Uint8Array(readFileSync('tests/fixtures/logo.png')), type: 'png' as const };

/**
 * The fixture with what only some templates have: the case's situation, parts that apply only
 * under LVU, a table column with a fixed list, a party that signs twice, and a copy for a parent
 * that leaves a field out.
 */
function withCopiesAndSituations() {
  const data = parse(readFileSync(file, 'utf8'));
  const [grund, val, datum, underskrifter] = data.sections;
  grund.fields.unshift({ id: 'situation', type: 'situation', label: 'Barnets situation' });
  val.fields[1].onlyIn = ['lvu-2', 'lvu-3'];
  datum.onlyIn = ['lvu-2', 'lvu-3', 'lvu-2-3', 'lvu-6'];
  datum.fields[0].columns.push({ id: 'form', label: 'Form', options: ['Fysiskt', 'Video'] });
  underskrifter.fields[0].signers = ['Förälder', 'Förälder', 'Socialsekreterare'];
  data.copies.push({
    id: 'foralder',
    for: 'Förälder 1',
    fields: ['situation', 'barnets-namn', 'skriftlig-plan', 'placeringsgrund', 'tillfallen', 'underskrift'],
  });
  return validateTemplate(file, data);
}

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

  test('tables repeat their header row, and only a multiple choice has Word checkboxes', async () => {
    const { tree, part } = await readDocx(await renderTemplateDocx(template));
    const tables = fields.filter((field) => field.type === 'table');
    expect(part('word/document.xml')!.match(/<w:tblHeader\/>/g)).toHaveLength(tables.length);
    expect(selectAll('thead', tree)).toHaveLength(tables.length);
    // Umgängets form: four options, each a checkbox; yes/no and the single choice have none.
    expect(part('word/document.xml')!.match(/<w14:checkbox>/g)).toHaveLength(4);
    expect(selectAll('input[type=checkbox]', tree)).toHaveLength(4);
  });

  test('a yes/no question and a single choice are one drop-down list each, named as the field, with a placeholder first', async () => {
    const { part } = await readDocx(await renderTemplateDocx(template));
    const document = part('word/document.xml')!;
    expect(dropDownLists(document)).toEqual([
      { tag: 'skriftlig-plan', items: ['Välj ett alternativ', 'Ja', 'Nej'] },
      { tag: 'placeringsgrund', items: ['Välj ett alternativ', 'SoL', 'LVU'] },
    ]);
    expect(document).toContain('<w:alias w:val="Finns en skriftlig umgängesplan?"/>');
    // Until a choice is made the control shows its placeholder, in Word's placeholder style.
    expect(document.match(/<w:showingPlcHdr\/>/g)).toHaveLength(2);
    expect(document).toContain(
      '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">Välj ett alternativ</w:t></w:r></w:sdtContent>',
    );
    expect(part('word/styles.xml')).toMatch(/<w:style w:type="character" w:styleId="PlaceholderText">/);
  });

  test('on paper a single choice still shows its options, one line when short and a line each when long', async () => {
    const { html } = await readDocx(await renderTemplateDocx(template));
    expect(html).toContain('<p>Alternativ: Ja / Nej</p>');
    expect(html).toContain('<p>Alternativ: SoL / LVU</p>');
    const { html: situations } = await readDocx(await renderTemplateDocx(withCopiesAndSituations()));
    expect(situations).toContain(`<p>Alternativ:<br />${SITUATION_LABELS.map((label) => `– ${label}`).join('<br />')}</p>`);
  });

  test('a table column with a fixed list has a drop-down in every row, and its options printed above the table', async () => {
    const variant = withCopiesAndSituations();
    const { html, part } = await readDocx(await renderTemplateDocx(variant));
    const cells = dropDownLists(part('word/document.xml')!).filter((list) => list.tag.startsWith('tillfallen-'));
    expect(cells).toEqual(Array.from({ length: 4 }, (_, row) => ({ tag: `tillfallen-r${row + 1}-form`, items: ['Välj', 'Fysiskt', 'Video'] })));
    expect(part('word/document.xml')).toContain('<w:alias w:val="Planerade umgängestillfällen, rad 1: Form"/>');
    expect(html).toMatch(/<p>Alternativ i kolumnen Form: Fysiskt \/ Video<\/p><table>/);
  });

  test('a blank form says once, under the heading or the label, where a part applies', async () => {
    const { html } = await readDocx(await renderTemplateDocx(withCopiesAndSituations()));
    expect(html).toContain(
      '<h2>Planerade umgängen</h2><p><strong>Gäller bara vid vård enligt LVU, också vid omedelbart omhändertagande.</strong></p>',
    );
    expect(html).toContain(
      '<p class="label">Placeringens grund</p><p><strong>Gäller bara vid: Vård enligt LVU, 2 §; Vård enligt LVU, 3 §.</strong></p>',
    );
    expect(html.match(/Gäller bara vid/g)).toHaveLength(2);
  });

  test('a party that signs twice is numbered, as in the PDF', async () => {
    const { tree, html } = await readDocx(await renderTemplateDocx(withCopiesAndSituations()));
    expect(outline(tree).slice(-3)).toEqual([
      ['label', 'Förälder 1'],
      ['label', 'Förälder 2'],
      ['label', 'Socialsekreterare'],
    ]);
    expect(html).toContain('<p class="label">Förälder 2</p><p>Underskrift: Förälder 2</p>');
    expect(html).not.toContain('<p class="label">Förälder</p>');
  });

  test('a copy names its recipient in the header of every page, and says once after the title that parts are withheld', async () => {
    const { template: copyTemplate, copy } = templateForCopy(withCopiesAndSituations(), 'foralder');
    expect(copy.withheld).toBe(true);
    const { html, part } = await readDocx(await renderTemplateDocx(copyTemplate, { copy }));
    expect(part('word/header1.xml')).toContain('<w:t xml:space="preserve">Exemplar för: Förälder 1</w:t>');
    // One default header for the whole section and no title page of its own: every page has it.
    const document = part('word/document.xml')!;
    expect(document.match(/<w:headerReference [^>]*\/>/g)).toEqual([expect.stringContaining('w:type="default"')]);
    expect(document).not.toContain('<w:titlePg');
    expect(html).toContain(`<h1>${template.title}</h1><p>Version 2026-11-25</p><p><strong>${WITHHELD_NOTE}</strong></p>`);
    expect(html.split(WITHHELD_NOTE)).toHaveLength(2);
    // The withheld field is simply not there: no label, no empty box.
    expect(html).not.toContain('Barnets födelsedatum');
  });

  test('the case file’s copy names its recipient but has nothing withheld; a plain render has no header', async () => {
    const { template: copyTemplate, copy } = templateForCopy(withCopiesAndSituations(), 'akten');
    const { html, part } = await readDocx(await renderTemplateDocx(copyTemplate, { copy }));
    expect(part('word/header1.xml')).toContain('Exemplar för: Socialtjänstens akt');
    expect(html).not.toContain(WITHHELD_NOTE);
    const plain = await readDocx(await renderTemplateDocx(template));
    expect(plain.part('word/header1.xml')).toBeUndefined();
    expect(plain.part('word/document.xml')).not.toContain('<w:headerReference');
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
