/*
 * Renders a filled template in a worker, off the page's main thread, with the same renderer and
 * fonts as the build. Fonts are fetched when the worker starts, while the page loads, so that
 * rendering later makes no network request.
 */
import regularFontUrl from '../pdf/fonts/noto-sans-latin-regular.ttf?url';
import boldFontUrl from '../pdf/fonts/noto-sans-latin-bold.ttf?url';
import { renderTemplatePdf } from '../pdf/render-template.ts';
import type { Template } from '../templates/schema.ts';
import type { FormValues } from '../templates/form-fields.ts';

export interface RenderRequest {
  template: Template;
  values: FormValues;
}

export type RenderResponse = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

const fonts = Promise.all([regularFontUrl, boldFontUrl].map((url) => fetch(url).then((response) => response.arrayBuffer()))).then(
  ([regular, bold]) => ({ regular: new Uint8Array(regular!), bold: new Uint8Array(bold!) }),
);

self.addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  try {
    const bytes = (await renderTemplatePdf(event.data.template, { fonts: await fonts, values: event.data.values })) as Uint8Array<ArrayBuffer>;
    self.postMessage({ ok: true, bytes } satisfies RenderResponse, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error).message } satisfies RenderResponse);
  }
});
