import { getCollection } from 'astro:content';
import { loadFonts } from '../pdf/fonts.ts';
import type { Template } from './schema.ts';
import { cachedRender } from './render-cache.ts';

/*
 * The build's view of the templates collection: each template's PDF and Word document is
 * rendered once (or taken from the render cache) and shared by the pages, the lists and the
 * download endpoints. The renderers load only when a file must be rendered: a build whose files
 * are all in the cache never loads pdf-lib, fontkit or docx.
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
export const getBlankPdf = (template: Template) =>
  once(pdfs, template, (t) =>
    cachedRender(
      root,
      'pdf',
      t,
      async () => {
        const { renderTemplatePdf } = await import('../pdf/render-template.ts');
        return renderTemplatePdf(t, { fonts: (fonts ??= loadFonts()) });
      },
      cacheOptions,
    ),
  );
export const getBlankDocx = (template: Template) =>
  once(docxs, template, (t) =>
    cachedRender(
      root,
      'docx',
      t,
      async () => {
        const { renderTemplateDocx } = await import('../docx/render-template.ts');
        return renderTemplateDocx(t);
      },
      cacheOptions,
    ),
  );

export const pdfPath = (id: string) => `/mallar/${id}.pdf`;
export const docxPath = (id: string) => `/mallar/${id}.docx`;
export const pagePath = (id: string) => `/mallar/${id}/`;
