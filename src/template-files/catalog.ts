import { getCollection } from 'astro:content';
import { loadFonts } from '../pdf/fonts.ts';
import type { Template } from '../templates/schema.ts';
import { cachedRender } from './render-cache.ts';
import { blankCopies, type BlankCopy } from '../templates/copies.ts';

export { blankCopies, type BlankCopy };

/*
 * The build's view of the templates collection: each copy's blank PDF and Word document is
 * rendered once (or taken from the render cache) and shared by the pages, the lists and the
 * download endpoints.
 */

/** Every template, sorted by id. */
export async function getTemplates(): Promise<Template[]> {
  return (await getCollection('templates')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

const rendered = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

let fonts: ReturnType<typeof loadFonts> | undefined;
const root = process.cwd();
// The dev server must notice an edit to a renderer; a build's code does not change while it runs.
const cacheOptions = { watch: import.meta.env.DEV };
/** Loaded on first use: a build that finds every file in the cache never loads pdf-lib, fontkit or docx. */
const renderers = {
  pdf: async ({ template, copy }: BlankCopy) =>
    (await import('../pdf/render-template.ts')).renderTemplatePdf(template, { fonts: (fonts ??= loadFonts()), copy }),
  docx: async ({ template, copy }: BlankCopy) => (await import('../docx/render-template.ts')).renderTemplateDocx(template, { copy }),
};

function blank(kind: keyof typeof renderers, blankCopy: BlankCopy): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${kind}:${blankCopy.file}`;
  let bytes = rendered.get(key);
  if (!bytes) {
    bytes = cachedRender(root, kind, blankCopy.file, blankCopy.template, () => renderers[kind](blankCopy), cacheOptions);
    rendered.set(key, bytes);
  }
  return bytes;
}
export const getBlankPdf = (blankCopy: BlankCopy) => blank('pdf', blankCopy);
export const getBlankDocx = (blankCopy: BlankCopy) => blank('docx', blankCopy);

/** The first copy, which the template's old address (/mallar/<id>.pdf) still serves, so that no published link breaks. */
export const firstCopy = (template: Template): BlankCopy => blankCopies(template)[0]!;

/** The blank files' routes: each copy as <id>-<copy>, and the first copy also at <id>, the address published before there were copies. */
export async function blankCopyRoutes() {
  return (await getTemplates()).flatMap((template) => [
    { params: { file: template.id }, props: { blankCopy: firstCopy(template) } },
    ...blankCopies(template).map((blankCopy) => ({ params: { file: blankCopy.file }, props: { blankCopy } })),
  ]);
}

export const pdfPath = (file: string) => `/mallar/${file}.pdf`;
export const docxPath = (file: string) => `/mallar/${file}.docx`;
export const pagePath = (id: string) => `/mallar/${id}/`;
