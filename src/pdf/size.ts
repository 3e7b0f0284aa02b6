import { PDFDict, PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';

/** A PDF's size and the part of it that is embedded fonts (the font files and their ToUnicode maps), in bytes. */
export async function pdfSizes(bytes: Uint8Array): Promise<{ total: number; fonts: number; pages: number }> {
  const doc = await PDFDocument.load(bytes);
  const seen = new Set<string>();
  let fonts = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const type = object.get(PDFName.of('Type'));
    const keys = type === PDFName.of('FontDescriptor') ? ['FontFile', 'FontFile2', 'FontFile3'] : type === PDFName.of('Font') ? ['ToUnicode'] : [];
    for (const key of keys) {
      const ref = object.get(PDFName.of(key));
      if (!ref || seen.has(String(ref))) continue;
      seen.add(String(ref));
      fonts += (doc.context.lookup(ref) as PDFRawStream).contents.length;
    }
  }
  return { total: bytes.byteLength, fonts, pages: doc.getPageCount() };
}
