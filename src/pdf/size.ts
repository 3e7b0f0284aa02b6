import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

/** A PDF's size and the part of it that is embedded font files (FontFile, FontFile2, FontFile3), in bytes. */
export async function pdfSizes(bytes: Uint8Array): Promise<{ total: number; fonts: number; pages: number }> {
  const doc = await PDFDocument.load(bytes);
  const seen = new Set<string>();
  let fonts = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const ref = object.get(PDFName.of(key));
      if (!ref || seen.has(String(ref))) continue;
      seen.add(String(ref));
      fonts += (doc.context.lookup(ref) as PDFRawStream).contents.length;
    }
  }
  return { total: bytes.byteLength, fonts, pages: doc.getPageCount() };
}
