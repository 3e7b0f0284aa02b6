import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFRawStream,
  PDFStream,
  PDFString,
  PDFTextField,
} from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { templateControls, type FormValues } from '../../src/templates/form-fields.ts';
import { imageBoxes, openPdf, widgets } from '../support/pdfjs.ts';
import { pdfText, popplerRender, qpdfCheck, rendered, toFile } from '../support/rendered-pdfs.ts';
import { pdfSizes } from '../../src/pdf/size.ts';
import { readFilledPdf } from '../../src/pdf/read-filled.ts';
import { templateForCopy } from '../../src/templates/copies.ts';
import { violenceCase } from './violence-case.ts';

/*
 * PDFs filled by the renderer (and the built blank ones), read back by readers we did not write:
 * qpdf, poppler (pdftotext, pdftoppm, pdffonts, pdfinfo) and pdf.js. Each PDF is rendered once.
 */

const templates = loadTemplates('templates');
const plan = templates.find((template) => template.id === 'umgangesplan')!;
const names = readFileSync('tests/fixtures/pdf/names.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

const planValues: FormValues = {
  arende: 'ŁĐ 2026-123',
  'planens-datum': '2026-12-01',
  'ersatter-plan': '2026-06-01',
  'barnets-namn': names[0]!,
  'foralder-namn': names[1]!,
  'andra-foralderns-namn': names[2]!,
  'familjehemmets-namn': names[3]!,
  'foralderns-stodperson': names[4]!,
  'barnet-hordes-av': names[5]!,
  'barnets-tankar': names.join('\n'),
  'installning-foraldern-hur': names[6]!,
  'planerade-umgangen-r1-plats': names[7]!,
  'underskrifter-1-namn': names[8]!,
  'underskrift-foraldern-1-namn': names[9]!,
};
const filledPlan = () => rendered('plan-namn', plan, { values: planValues });
const lockedPlan = () => rendered('plan-namn-last', plan, { values: planValues, locked: true });

/** The embedded font that the form's default appearance names, as fontkit reads it. */
async function formFont(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  const fonts = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
  const field = doc
    .getForm()
    .getFields()
    .find((candidate) => candidate instanceof PDFTextField)!;
  const da = field.acroField.dict.lookup(PDFName.of('DA'), PDFString).asString();
  const fontName = /\/(\S+) [\d.]+ Tf/.exec(da)![1]!;
  const type0 = fonts.lookup(PDFName.of(fontName), PDFDict);
  const cidFont = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  const descriptor = cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const file = descriptor.lookup(PDFName.of('FontFile2')) as PDFRawStream;
  return fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
}

describe('every Latin-script name prints', () => {
  test('poppler and pdf.js read every name from the filled plan', async () => {
    const { bytes, file } = await filledPlan();
    expect(qpdfCheck(file).status).toBe(0);
    expect(popplerRender(file)).toBe('');
    const text = oneLine(pdfText(file).join(' '));
    for (const name of names) expect(text, name).toContain(name);
    const fields = (await (await openPdf(bytes)).getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
    expect(fields.get('andra-foralderns-namn')!.find((field) => field.type === 'text')!.value).toBe(names[2]);
  });

  test('the locked copy prints every name as text that pdf.js reads', async () => {
    const { bytes } = await lockedPlan();
    const pdf = await openPdf(bytes);
    let text = '';
    for (let number = 1; number <= pdf.numPages; number++) {
      text += (await (await pdf.getPage(number)).getTextContent()).items
        .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : ''))
        .join('');
    }
    for (const name of names) expect(oneLine(text), name).toContain(name);
  });

  test('the font the form fields name is embedded whole and has every glyph of every name', async () => {
    const { bytes, file } = await filledPlan();
    const listing = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(listing.length).toBeGreaterThan(0);
    for (const line of listing) expect(line, line).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    const font = await formFont(bytes);
    const source = fontkit.create(readFileSync('src/pdf/fonts/noto-sans-latin-regular.ttf'));
    expect(font.numGlyphs).toBe(source.numGlyphs);
    for (const character of [...new Set(names.join(''))]) expect(font.hasGlyphForCodePoint(character.codePointAt(0)!), character).toBe(true);
  });

  test('names typed into the blank PDF in a reader show in poppler and pdf.js', async () => {
    const doc = await PDFDocument.load(readFileSync('dist/mallar/umgangesplan.pdf'));
    const textFields = [
      'barnets-namn',
      'foralder-namn',
      'andra-foralderns-namn',
      'familjehemmets-namn',
      'foralderns-stodperson',
      'barnet-hordes-av',
      'tolk',
    ];
    // As a reader does it: the value is stored and the reader draws it with the font in /DA.
    textFields.forEach((name, index) => {
      const field = doc.getForm().getTextField(name);
      field.acroField.dict.set(PDFName.of('V'), PDFHexString.fromText(names[index]!));
      for (const widget of field.acroField.getWidgets()) widget.dict.delete(PDFName.of('AP'));
    });
    doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).set(PDFName.of('NeedAppearances'), doc.context.obj(true));
    const file = toFile('tom-plan-ifylld-i-lasare', await doc.save({ updateFieldAppearances: false }));
    expect(qpdfCheck(file).status).toBe(0);
    expect(popplerRender(file)).toBe('');
    const pdf = await openPdf(readFileSync(file));
    const fields = (await pdf.getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
    textFields.forEach((name, index) => expect(fields.get(name)!.find((field) => field.type === 'text')!.value).toBe(names[index]));
    const font = await formFont(readFileSync('dist/mallar/umgangesplan.pdf'));
    for (const character of [...new Set(names.join(''))]) expect(font.hasGlyphForCodePoint(character.codePointAt(0)!), character).toBe(true);
  });

  test('a character the font does not have stops the render with its name, never a box', async () => {
    const { renderTemplatePdf } = await import('../../src/pdf/render-template.ts');
    const { loadFonts } = await import('../../src/pdf/fonts.ts');
    await expect(renderTemplatePdf(plan, { fonts: loadFonts(), values: { 'barnets-namn': 'Åsa 😀' } })).rejects.toThrow(
      'barnets-namn: Tecknet ”😀” (U+1F600) går inte att skriva ut i PDF:en.',
    );
  });
});

/** Long text for a control: numbered words with the control's index, so every word can be found again. */
function longText(index: number, words: number): string {
  return Array.from({ length: words }, (_, word) => `f${index}o${word}`).join(' ');
}

describe.each(templates.map((template) => [template.id, template] as const))('%s: nothing is cut off', (id, template) => {
  const controls = templateControls(template);
  const values: FormValues = Object.fromEntries(
    controls.map((control, index) => {
      if (control.kind === 'checkbox') return [control.name, true];
      if (control.kind === 'radio' || control.kind === 'select') return [control.name, control.options!.at(-1)!];
      if (control.kind === 'date') return [control.name, '2026-12-01'];
      return [control.name, longText(index, control.kind === 'multiline' ? 900 : 60)];
    }),
  );
  const words = (control: (typeof controls)[number], index: number) =>
    control.kind === 'text' || control.kind === 'multiline' ? (values[control.name] as string).split(' ').map(() => index) : [];

  test('every word of every field is printed in the locked copy', async () => {
    const { file } = await rendered(`${id}-lang-last`, template, { values, locked: true });
    expect(qpdfCheck(file).status).toBe(0);
    const printed = new Set(pdfText(file).join(' ').split(/\s+/));
    const missing = controls
      .flatMap((control, index) => words(control, index).map((_, word) => `f${index}o${word}`))
      .filter((word) => !printed.has(word));
    expect(missing.slice(0, 10)).toEqual([]);
  });

  test('the fillable copy holds each part of an answer once: the box its part, the continuation page the rest; read back, every value is whole', async () => {
    const { bytes, file } = await rendered(`${id}-lang`, template, { values });
    expect(qpdfCheck(file).status).toBe(0);
    const fields = (await (await openPdf(bytes)).getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
    let cut = 0;
    for (const control of controls.filter((candidate) => candidate.kind === 'text' || candidate.kind === 'multiline')) {
      const value = fields.get(control.name)!.find((field) => field.type === 'text')!.value!;
      expect((values[control.name] as string).startsWith(value), control.name).toBe(true);
      if (value !== values[control.name]) cut++;
    }
    expect(cut).toBeGreaterThan(0);
    // The case field is printed in every page's header as well, by design.
    const caseField = controls.findIndex((control) => control.name === template.caseIdentity?.case);
    const printed = pdfText(file).join(' ').split(/\s+/);
    const doubled = printed.filter((word, index) => /^f\d+o\d+$/.test(word) && !word.startsWith(`f${caseField}o`) && printed.indexOf(word) !== index);
    expect(doubled.slice(0, 10)).toEqual([]);
    expect(pdfText(file).join(' ')).toContain('Fortsättning av: ');
    expect((await readFilledPdf(template, bytes)).values).toEqual(values);
  });
});

describe("the parent's copy", () => {
  const { template, copy } = templateForCopy(plan, 'foraldern');

  test("holds the parent's contact details and not the other parent's name or the foster home's contact", async () => {
    const { bytes, file } = await rendered('plan-foraldern', template, { values: violenceCase, copy });
    const fields = (await (await openPdf(bytes)).getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
    expect(fields.get('foralder-kontakt')!.find((field) => field.type === 'text')!.value).toBe('070-111 11 11');
    expect(fields.has('andra-foralderns-namn')).toBe(false);
    expect(fields.has('familjehemmets-kontakt')).toBe(false);
    const locked = await rendered('plan-foraldern-last', template, { values: violenceCase, locked: true, copy });
    for (const text of [pdfText(file).join(' '), pdfText(locked.file).join(' ')]) {
      expect(text).toContain('070-111 11 11');
      expect(text).not.toContain('Mădălina');
      expect(text).not.toContain('070-333');
    }
  });
});

describe('case identity', () => {
  test('the case and the date are on every page of the filled plan', async () => {
    const pages = pdfText((await filledPlan()).file);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page, `sida ${index + 1}`).toContain('Ärende: ŁĐ 2026-123 · Daterad 2026-12-01'));
    const replaces = templates
      .find((t) => t.id === 'umgangesplan')!
      .sections.flatMap((section) => section.fields)
      .find((field) => field.id === 'ersatter-plan')!;
    expect(pages.join(' ')).toContain(replaces.label);
  });

  test('the locked copy has no fields, says it is locked and names each signing party', async () => {
    const { bytes, file } = await lockedPlan();
    expect(qpdfCheck(file).status).toBe(0);
    expect(popplerRender(file)).toBe('');
    const pdf = await openPdf(bytes);
    expect(await widgets(pdf)).toEqual([]);
    const text = pdfText(file).join(' ');
    expect(text).toContain('Låst kopia för underskrift och akt');
    for (const party of [
      'Underskrift: Föräldern',
      'Underskrift: Familjehemmet',
      'Underskrift: Den unge (från 15 år)',
      'Underskrift: Socialsekreterare',
    ])
      expect(text).toContain(party);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
  });
});

describe.each(templates.map((template) => [template.id] as const))('%s.pdf (built): PDF/UA rules a machine can check, and size', (id) => {
  const file = `dist/mallar/${id}.pdf`;

  test('the PDF/UA identifier is in the metadata, and table header cells have column scope', async () => {
    expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const doc = await PDFDocument.load(readFileSync(file));
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && object.get(PDFName.of('S')) === PDFName.of('TH')) {
        expect(String(object.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('Scope')))).toBe('/Column');
      }
    }
  });

  test('field names are unique and date fields state their format in the accessible name', async () => {
    const template = templates.find((candidate) => candidate.id === id)!;
    const found = await widgets(await openPdf(readFileSync(file)));
    const dates = templateControls(template).filter((control) => control.kind === 'date');
    for (const date of dates) expect(found.find((widget) => widget.fieldName === date.name)!.tooltip).toMatch(/\(ÅÅÅÅ-MM-DD\)$/);
    const names = new Set(templateControls(template).map((control) => control.name));
    expect(names.size).toBe(templateControls(template).length);
  });

  test('no appearance stream twice, and no more than its fonts and 90 kB of fields, text and tags', async () => {
    const bytes = readFileSync(file);
    const doc = await PDFDocument.load(bytes);
    const appearances = new Set<string>();
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) {
        const key = `${object.dict.toString()}${Buffer.from((object as PDFRawStream).contents).toString('latin1')}`;
        expect(appearances.has(key), 'samma utseende två gånger').toBe(false);
        appearances.add(key);
      }
    }
    const size = await pdfSizes(bytes);
    expect(size.total).toBeLessThan(200_000);
    // A loose ceiling that catches a doubled object or font; the size targets themselves are in npm run bench:pdf.
    // The largest, the visitation plan's case-file copy, holds 113 fields.
    expect(size.total - size.fonts).toBeLessThan(90_000);
  });
});

describe('a municipal version', () => {
  const name = 'Socialförvaltningen i Övre Långträsks och Nedre Ängelholmsbygdens kommunalförbund för individ- och familjeomsorg';
  const logo = new Uint8Array(readFileSync('tests/fixtures/logo.png'));
  const municipal = () => rendered('plan-kommun', plan, { branding: { name, logo: { bytes: logo, type: 'png' } } });

  test('names the municipality on every page and in the metadata', async () => {
    const { file } = await municipal();
    pdfText(file).forEach((page, index) => expect(oneLine(page), `sida ${index + 1}`).toContain(name));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Author:\\s+${name}$`, 'm'));
    expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toContain(`<rdf:li>${name}</rdf:li>`);
  });

  test('a long name wraps beside the logo instead of running under it', async () => {
    const { bytes } = await municipal();
    const pdf = await openPdf(bytes);
    // The logo where the PDF paints it, not where the layout meant to put it.
    const [logoBox, ...others] = await imageBoxes(pdf, 1);
    expect(others).toEqual([]);
    expect(logoBox!.right - logoBox!.left).toBeGreaterThan(20);
    const page = await pdf.getPage(1);
    const lines = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() && name.includes(item.str.trim()));
    // Every line of the name beside the logo's height: the name takes more than one line, and each ends before the logo starts.
    const beside = lines.filter((item) => 'str' in item && item.transform[5] + item.height >= logoBox!.bottom && item.transform[5] <= logoBox!.top);
    expect(beside.length).toBeGreaterThan(1);
    for (const item of beside) if ('str' in item) expect(item.transform[4] + item.width, item.str).toBeLessThanOrEqual(logoBox!.left + 0.5);
  });
});
