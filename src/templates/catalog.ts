import { getCollection } from 'astro:content';
import { loadFonts } from '../pdf/fonts.ts';
import type { Template } from './schema.ts';
import { cachedRender } from './render-cache.ts';

/*
 * The build's view of the templates collection: each template's PDF and Word document is
 * rendered once (or taken from the render cache) and shared by the pages, the lists and the
 * download endpoints.
 */

const pdfs = new Map<string, Promise<Uint8Array>>();
const docxs = new Map<string, Promise<Uint8Array>>();

/** Every template, sorted by id. */
export async function getTemplates(): Promise<Template[]> {
  return (await getCollection('templates')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

function once(cache: Map<string, Promise<Uint8Array>>, template: Template, render: (template: Template) => Promise<Uint8Array>) {
  let bytes = cache.get(template.id);
  if (!bytes) {
    bytes = render(template);
    cache.set(template.id, bytes);
  }
  return bytes;
}

let fonts: ReturnType<typeof loadFonts> | undefined;
const root = process.cwd();
// The dev server must notice an edit to a renderer; a build's code does not change while it runs.
const cacheOptions = { watch: import.meta.env.DEV };
/** Loaded on first use: a build that finds every file in the cache never loads pdf-lib, fontkit or docx. */
const renderers = {
  pdf: async (template: Template) => (await import('../pdf/render-template.ts')).renderTemplatePdf(template, { fonts: (fonts ??= loadFonts()) }),
  docx: async (template: Template) => (await import('../docx/render-template.ts')).renderTemplateDocx(template),
};
const blank = (kind: keyof typeof renderers, cache: Map<string, Promise<Uint8Array>>) => (template: Template) =>
  once(cache, template, (t) => cachedRender(root, kind, t, () => renderers[kind](t), cacheOptions));
export const getBlankPdf = blank('pdf', pdfs);
export const getBlankDocx = blank('docx', docxs);

export const pdfPath = (id: string) => `/mallar/${id}.pdf`;
export const docxPath = (id: string) => `/mallar/${id}.docx`;
export const pagePath = (id: string) => `/mallar/${id}/`;
