import { PDFName, type PDFDocument } from 'pdf-lib';

/*
 * An XMP metadata packet with the same title, description, language and dates as the
 * document information dictionary. PDF/UA requires the title in XMP (dc:title) and its
 * identifier (pdfuaid:part 1) there.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface XmpFields {
  title: string;
  description: string;
  language: string;
  creator: string;
  /** The organisation the document is made for; dc:creator lists it before the handbook. */
  author?: string;
  producer: string;
  keywords: string[];
  /** Left out when the document has no date of its own (a summary of a plan without a valid date). */
  date?: Date;
}

export function xmpPacket(fields: XmpFields): string {
  const date = fields.date?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dates = date
    ? `
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>`
    : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.description)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:creator><rdf:Seq>${[...new Set([fields.author ?? fields.creator, fields.creator])].map((name) => `<rdf:li>${escapeXml(name)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>${dates}
   <xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>
   <pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>
   <pdf:Keywords>${escapeXml(fields.keywords.join(', '))}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

export function attachXmp(doc: PDFDocument, fields: XmpFields): void {
  const bytes = new TextEncoder().encode(xmpPacket(fields));
  // Compressed: PDF/UA allows it (PDF/A would not), and readers decode it like any stream.
  const stream = doc.context.flateStream(bytes, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
