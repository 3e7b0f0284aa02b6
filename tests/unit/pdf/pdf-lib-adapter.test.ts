import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFContext, PDFDocument, PDFName, PDFOperator, PDFOperatorNames, PDFStream, PDFStreamWriter, PDFTextField, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import {
  appearanceShowing,
  createTextFieldUnchecked,
  dictOperand,
  PDF_LIB_VERSION,
  reuseCompressedFont,
  saveCompact,
} from '../../../src/pdf/pdf-lib-adapter.ts';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
const font = new Uint8Array(readFileSync('src/pdf/fonts/noto-sans-latin-regular.ttf'));

/*
 * What the adapter relies on in pdf-lib beyond its documented API. An upgrade that changes any of it
 * fails here, by name, before a PDF comes out wrong.
 */
describe('the pdf-lib adapter', () => {
  test('is written for the pdf-lib version that package.json pins exactly and npm installed', () => {
    expect(packageJson.dependencies['pdf-lib']).toBe(PDF_LIB_VERSION);
    expect(installed('pdf-lib')).toBe(PDF_LIB_VERSION);
  });

  test('relies on internals that are there, with the arguments it passes', () => {
    expect(PDFContext.prototype.flateStream, 'PDFContext.flateStream').toBeTypeOf('function');
    expect(PDFStreamWriter.forContext, 'PDFStreamWriter.forContext(context, objectsPerTick, encodeStreams, objectsPerStream)').toHaveLength(4);
    expect(PDFTextField.of, 'PDFTextField.of(acroText, ref, doc)').toHaveLength(3);
  });

  test('embedding the font in two documents compresses it once', async () => {
    const sizes: number[] = [];
    let calls = 0;
    for (let i = 0; i < 2; i++) {
      // Without the creation date: the compressed size of the rest must not depend on the second the document was made in.
      const doc = await PDFDocument.create({ updateMetadata: false });
      doc.registerFontkit(fontkit);
      const deflate = doc.context.flateStream.bind(doc.context);
      doc.context.flateStream = (contents, dict) => {
        if (contents === font) calls++;
        return deflate(contents, dict);
      };
      reuseCompressedFont(doc, font);
      await doc.embedFont(font, { subset: false });
      sizes.push((await saveCompact(doc)).length);
    }
    // embedFont hands the font to flateStream (0 here would mean it no longer does); the second document takes the first one's result.
    expect(calls).toBe(1);
    expect(sizes[1]).toBe(sizes[0]);
    expect(sizes[0]).toBeLessThan(font.length);
  });

  test('a text field made without the name check is a field of the form that pdf-lib reads back', async () => {
    const doc = await PDFDocument.create();
    const form = doc.getForm();
    const field = createTextFieldUnchecked(doc, form, 'barnets-namn');
    field.setText('Lisa');
    field.addToPage(doc.addPage());
    const read = (await PDFDocument.load(await saveCompact(doc))).getForm();
    expect(read.getFields().map((each) => each.getName())).toEqual(['barnets-namn']);
    expect(read.getTextField('barnets-namn').getText()).toBe('Lisa');
  });

  test("a field's appearance shows the text it is given, and its value keeps the whole text", async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const field = doc.getForm().createTextField('falt');
    field.setText('Hela texten');
    field.addToPage(page, { x: 10, y: 10, width: 200, height: 20, font });
    field.updateAppearances(font, appearanceShowing('Syns'));
    const widget = field.acroField.getWidgets()[0]!;
    const drawn = doc.context.lookup(widget.getNormalAppearance(), PDFStream).getContentsString();
    const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();
    expect(drawn).toContain(`<${hex('Syns')}> Tj`);
    expect(drawn).not.toContain(hex('Hela'));
    expect(field.getText()).toBe('Hela texten');
  });

  test('a dictionary as an operand is written inline, as BDC takes it', async () => {
    const doc = await PDFDocument.create();
    const operator = PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('P'), dictOperand(doc.context.obj({ MCID: 0 }))]);
    expect(operator.toString()).toBe('/P <<\n/MCID 0\n>> BDC');
  });
});
