/*
 * Renders a filled template in a worker, off the page's main thread, with the same renderer and
 * fonts as the build. The page starts the worker when the user starts filling in; the fonts are
 * fetched then, so that making the PDF later needs no network request.
 */
import regularFontUrl from '../pdf/fonts/noto-sans-latin-regular.ttf?url';
import boldFontUrl from '../pdf/fonts/noto-sans-latin-bold.ttf?url';
import { renderTemplatePdf } from '../pdf/render-template.ts';
import type { Template } from '../templates/schema.ts';
import type { FormValues } from '../templates/form-fields.ts';
import type { CopyInfo } from '../templates/copies.ts';

export interface RenderRequest {
  /** Echoed in the response, so that answers to quick repeated requests are never mixed up. */
  id: number;
  template: Template;
  values: FormValues;
  locked: boolean;
  copy?: CopyInfo;
}

export type RenderResponse = { id: number } & ({ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string });

const fonts = Promise.all(
  [regularFontUrl, boldFontUrl].map((url) =>
    fetch(url).then((response) => {
      if (!response.ok) throw new Error(`typsnittet kunde inte hämtas (${response.status})`);
      return response.arrayBuffer();
    }),
  ),
).then(([regular, bold]) => ({ regular: new Uint8Array(regular!), bold: new Uint8Array(bold!) }));
// Reported with the first request; never an unhandled rejection.
fonts.catch(() => undefined);

self.addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  const { id, template, values, locked, copy } = event.data;
  try {
    const bytes = (await renderTemplatePdf(template, { fonts: await fonts, values, locked, copy })) as Uint8Array<ArrayBuffer>;
    self.postMessage({ id, ok: true, bytes } satisfies RenderResponse, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ id, ok: false, message: (error as Error).message } satisfies RenderResponse);
  }
});
