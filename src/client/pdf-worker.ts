/*
 * Renders PDFs in a worker, off the page's main thread, with the same renderers and fonts as the
 * build: a filled copy of a template, or the easy-to-read "Vår plan" and "Min träffplan". The page
 * starts the worker when the user starts filling in; the fonts are fetched then, so that making a
 * PDF later needs no network request.
 */
import regularFontUrl from '../pdf/fonts/noto-sans-latin-regular.ttf?url';
import boldFontUrl from '../pdf/fonts/noto-sans-latin-bold.ttf?url';
import { renderTemplatePdf } from '../pdf/render-template.ts';
import { renderParentPlanPdf } from '../plan/parent-plan-pdf.ts';
import { renderChildPlanPdf } from '../plan/child-plan-pdf.ts';
import type { Template } from '../templates/schema.ts';
import type { FormValues } from '../templates/form-fields.ts';
import type { CopyInfo } from '../templates/copies.ts';
import type { ChildPlan, ParentPlan } from '../plan/summary-types.ts';
import { readFilledPdf, type FilledPdf } from '../pdf/read-filled.ts';

export type RenderJob =
  | { kind: 'form'; template: Template; values: FormValues; locked: boolean; copy?: CopyInfo }
  | { kind: 'var-plan'; plan: ParentPlan }
  | { kind: 'min-traffplan'; plan: ChildPlan };

/** Reading a filled PDF made by the site back into the form. */
export type ReadJob = { kind: 'read'; template: Template; bytes: Uint8Array<ArrayBuffer> };

/** The id is echoed in the response, so that answers to quick repeated requests are never mixed up. */
export type RenderRequest = (RenderJob | ReadJob) & { id: number };

export type RenderResponse = { id: number } & (
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: true; filled: FilledPdf }
  | { ok: false; message: string }
);

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

async function render(job: RenderJob): Promise<Uint8Array<ArrayBuffer>> {
  const loaded = await fonts;
  switch (job.kind) {
    case 'form':
      return renderTemplatePdf(job.template, { fonts: loaded, values: job.values, locked: job.locked, copy: job.copy });
    case 'var-plan':
      return renderParentPlanPdf(job.plan, loaded);
    case 'min-traffplan':
      return renderChildPlanPdf(job.plan, loaded);
  }
}

self.addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  const { id, ...job } = event.data;
  try {
    if (job.kind === 'read') {
      self.postMessage({ id, ok: true, filled: await readFilledPdf(job.template, job.bytes) } satisfies RenderResponse);
      return;
    }
    const bytes = await render(job);
    self.postMessage({ id, ok: true, bytes } satisfies RenderResponse, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ id, ok: false, message: (error as Error).message } satisfies RenderResponse);
  }
});
