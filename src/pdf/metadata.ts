import { PDFDict, PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import { INFO_KEYS } from './pdf-keys.ts';
import type { Template } from '../templates/schema.ts';
import { attachXmp } from './xmp.ts';

/*
 * Document metadata: the information dictionary and the same facts in XMP, with the PDF/UA
 * identifier. A municipal version names the municipality as author and keyword. The information
 * dictionary also names the template, its version and the copy, for readFilledPdf.
 */
export interface DocumentInfo {
  title: string;
  description: string;
  author: string;
  keywords: string[];
  date?: Date;
}

/** The information dictionary and XMP with the same facts, for every PDF the site makes. */
export function writeDocumentInfo(doc: PDFDocument, info: DocumentInfo) {
  const fields = { ...info, language: 'sv-SE', creator: 'Umgängeshandboken', producer: 'Umgängeshandboken (pdf-lib)' };
  doc.setTitle(fields.title, { showInWindowTitleBar: true });
  doc.setSubject(fields.description);
  doc.setAuthor(fields.author);
  doc.setCreator(fields.creator);
  doc.setProducer(fields.producer);
  doc.setKeywords(fields.keywords);
  doc.setLanguage(fields.language);
  if (fields.date) {
    doc.setCreationDate(fields.date);
    doc.setModificationDate(fields.date);
  }
  attachXmp(doc, fields);
}

export function setMetadata(doc: PDFDocument, template: Template, municipality?: string, copyId?: string) {
  writeDocumentInfo(doc, {
    title: template.title,
    description: template.description,
    author: municipality ?? 'Umgängeshandboken',
    keywords: ['umgänge', 'placerade barn', 'socialtjänst', template.id, ...(municipality ? [municipality] : [])],
    date: new Date(`${template.version}T00:00:00Z`),
  });
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const identity = { [INFO_KEYS.template]: template.id, [INFO_KEYS.version]: template.version, ...(copyId ? { [INFO_KEYS.copy]: copyId } : {}) };
  for (const [key, value] of Object.entries(identity)) info.set(PDFName.of(key), PDFHexString.fromText(value));
}
