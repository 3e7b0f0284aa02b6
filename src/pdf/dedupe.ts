import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, PDFTextField, type PDFDocument, type PDFObject } from 'pdf-lib';

/*
 * Shares identical form XObjects. pdf-lib writes an appearance stream per widget and state, and
 * most are the same (every empty box, every tick): each distinct one is kept once and every
 * reference points to it. The copies are left for save() to drop with every other object that
 * nothing refers to (unreferenced.ts).
 */
const SUBTYPE = PDFName.of('Subtype');
const FILTER = PDFName.of('Filter');
const SMALL_STREAM = 256;

/** Bytes as a string, one character per byte (Buffer does not exist in the browser's worker). */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  return text;
}

export function shareIdenticalAppearances(doc: PDFDocument): void {
  const context = doc.context;
  const canonical = new Map<string, PDFRef>();
  const replace = new Map<PDFRef, PDFRef>();
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFStream) || object.dict.get(SUBTYPE)?.toString() !== '/Form') continue;
    const flate = object as PDFStream & { encode?: boolean; getUnencodedContents?: () => Uint8Array };
    const contents = flate.getUnencodedContents ? flate.getUnencodedContents() : object.getContents();
    if (flate.encode && contents.length < SMALL_STREAM) {
      // Compressing a few dozen bytes saves nothing and costs a deflate state each.
      flate.encode = false;
      object.dict.delete(FILTER);
    }
    const key = `${object.dict.toString()}\n${latin1(contents)}`;
    const first = canonical.get(key);
    if (first) replace.set(ref, first);
    else canonical.set(key, ref);
  }
  if (replace.size === 0) return;
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const target = value instanceof PDFRef ? replace.get(value) : undefined;
        if (target) object.set(key, target);
        else if (value instanceof PDFDict || value instanceof PDFArray) visit(value);
      }
    } else if (object instanceof PDFArray) {
      for (let index = 0; index < object.size(); index++) {
        const value = object.get(index);
        const target = value instanceof PDFRef ? replace.get(value) : undefined;
        if (target) object.set(index, target);
        else if (value instanceof PDFDict || value instanceof PDFArray) visit(value);
      }
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) visit(object instanceof PDFStream ? object.dict : object);
}

/**
 * Gives every empty text field one shared, empty appearance. An appearance is scaled to its
 * widget's rectangle, so a 1×1 box that draws nothing fits all of them; a reader makes a new
 * appearance from the field's /DA when someone types.
 */
export function shareEmptyTextAppearances(doc: PDFDocument): void {
  const context = doc.context;
  let empty: PDFRef | undefined;
  for (const field of doc.getForm().getFields()) {
    if (!(field instanceof PDFTextField) || (field.getText() ?? '') !== '') continue;
    empty ??= context.register(context.stream('/Tx BMC EMC', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }));
    for (const widget of field.acroField.getWidgets()) widget.dict.set(AP, context.obj({ N: empty }));
  }
}
const AP = PDFName.of('AP');
