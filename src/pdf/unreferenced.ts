import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/*
 * pdf-lib draws a text field's appearance when the field is placed and again when the form is
 * updated, and registers each drawing as an object of its own: the first one is left in the
 * file with nothing pointing to it. This deletes every object that cannot be reached from the
 * document's catalog or its information dictionary, so that the file holds only what a reader
 * can use. Call it after doc.flush(), when the fonts are embedded.
 */
export function dropUnreferencedObjects(doc: PDFDocument): void {
  const context = doc.context;
  const reached = new Set<PDFRef>();
  const pending: (PDFObject | undefined)[] = [context.trailerInfo.Root, context.trailerInfo.Info, context.trailerInfo.Encrypt];
  while (pending.length) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reached.has(object)) continue;
      reached.add(object);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFDict) {
      for (const [, value] of object.entries()) pending.push(value);
    } else if (object instanceof PDFArray) {
      for (let index = 0; index < object.size(); index++) pending.push(object.get(index));
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref)) context.delete(ref);
  }
}
