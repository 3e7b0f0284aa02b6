import { join } from 'node:path';
import { loadFonts } from '../pdf/fonts.ts';
import { renderTemplatePdf } from '../pdf/render-template.ts';
import { renderTemplateDocx } from '../docx/render-template.ts';
import { loadTemplates } from './load.ts';
import type { Template } from './schema.ts';

/* The build's view of templates/: loaded and rendered once, shared by pages and the PDF and Word endpoints. */

let templates: Template[] | undefined;
const pdfs = new Map<string, Promise<Uint8Array>>();
const docxs = new Map<string, Promise<Uint8Array>>();

export function getTemplates(): Template[] {
  templates ??= loadTemplates(join(process.cwd(), 'templates'));
  return templates;
}

export function getTemplate(id: string): Template {
  const template = getTemplates().find((candidate) => candidate.id === id);
  if (!template) throw new Error(`Ingen mall med id "${id}" i templates/`);
  return template;
}

export function getBlankPdf(id: string): Promise<Uint8Array> {
  let pdf = pdfs.get(id);
  if (!pdf) {
    pdf = renderTemplatePdf(getTemplate(id), { fonts: loadFonts() });
    pdfs.set(id, pdf);
  }
  return pdf;
}

export function getBlankDocx(id: string): Promise<Uint8Array> {
  let docx = docxs.get(id);
  if (!docx) {
    docx = renderTemplateDocx(getTemplate(id));
    docxs.set(id, docx);
  }
  return docx;
}

export const pdfPath = (id: string) => `/mallar/${id}.pdf`;
export const docxPath = (id: string) => `/mallar/${id}.docx`;
export const pagePath = (id: string) => `/mallar/${id}/`;
