import {
  defaultTextFieldAppearanceProvider,
  PDFAcroText,
  PDFStreamWriter,
  PDFTextField,
  type AppearanceProviderFor,
  type PDFDict,
  type PDFDocument,
  type PDFForm,
  type PDFName,
} from 'pdf-lib';
import { dropUnreferencedObjects } from './unreferenced.ts';
import { ownedBytes } from '../owned-bytes.ts';

/*
 * The one module that reaches past pdf-lib's documented API. pdf-lib (pinned exactly in
 * package.json: it has had no release since 2021) is fast enough for a form of 150 fields only
 * with these three changes; tagged PDF needs the fourth, and a box that shows part of its text the
 * fifth. Each says why. If an upgrade moves what they rely on, tests/unit/pdf/pdf-lib-adapter.test.ts
 * fails and names it.
 */

/** The pdf-lib version this adapter was written against; package.json pins the same. */
export const PDF_LIB_VERSION = '1.17.1';

const compressedFonts = new WeakMap<Uint8Array, Uint8Array>();
const compressedMaps = new Map<string, Uint8Array>();

/**
 * The whole regular font and its Unicode map are compressed once per process, not once per PDF:
 * pdf-lib deflates them for every document (PDFContext.flateStream, which embedFont calls), and
 * that was a third of the render time. Other streams are compressed as usual.
 */
export function reuseCompressedFont(doc: PDFDocument, fontBytes: Uint8Array): void {
  const context = doc.context;
  const flateStream = context.flateStream.bind(context);
  context.flateStream = (contents, dict = {}) => {
    const large = typeof contents === 'string' && contents.length > 16_384;
    if (contents !== fontBytes && !large) return flateStream(contents, dict);
    let compressed = typeof contents === 'string' ? compressedMaps.get(contents) : compressedFonts.get(contents);
    if (!compressed) {
      compressed = flateStream(contents, dict).getContents();
      if (typeof contents === 'string') {
        // A handful of maps at most (the regular font's is the same in every PDF); never an unbounded cache.
        if (compressedMaps.size >= 8) compressedMaps.delete(compressedMaps.keys().next().value!);
        compressedMaps.set(contents, compressed);
      } else compressedFonts.set(contents, compressed);
    }
    return context.stream(compressed, { ...dict, Filter: 'FlateDecode' });
  };
}

/**
 * doc.save() with three changes: objects that nothing refers to are left out; few, large object
 * streams, which compress the many small dictionaries (fields, widgets, tags) far better than
 * pdf-lib's 50 objects each; and no pause for the event loop every 50 objects, which only slows
 * a render down. PDFStreamWriter is exported by pdf-lib but not documented.
 */
export async function saveCompact(doc: PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  await doc.flush();
  dropUnreferencedObjects(doc);
  return ownedBytes(await PDFStreamWriter.forContext(doc.context, Number.MAX_SAFE_INTEGER, true, 2000).serializeToBuffer());
}

/**
 * form.createTextField() without its check for a field of the same name, which reads every
 * field's name each time and so grows with the square of the fields. The schema and a test keep
 * names unique; none has a dot, so every field sits at the top of the form.
 */
export function createTextFieldUnchecked(doc: PDFDocument, form: PDFForm, name: string): PDFTextField {
  const text = PDFAcroText.create(doc.context);
  text.setPartialName(name);
  form.acroForm.addField(text.ref);
  return PDFTextField.of(text, text.ref, doc);
}

/**
 * A dictionary as an operand of a content-stream operator. pdf-lib's operand type leaves
 * dictionaries out, but BDC takes its property list inline as one, and pdf-lib writes any object
 * it is given with that object's own toString().
 */
export function dictOperand(dict: PDFDict): PDFName {
  return dict as unknown as PDFName;
}

/**
 * pdf-lib's own appearance of a text field, drawn from `shown` (the lines that fit in the box, already
 * broken) while the field's value keeps the whole text. defaultTextFieldAppearanceProvider reads the text
 * only through field.getText(), so it is handed the field with that one method answering `shown`.
 */
export function appearanceShowing(shown: string): AppearanceProviderFor<PDFTextField> {
  return (field, widget, font) => {
    const showing: PDFTextField = Object.create(field, { getText: { value: () => shown } });
    return defaultTextFieldAppearanceProvider(showing, widget, font);
  };
}
