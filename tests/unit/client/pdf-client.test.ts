import { describe, expect, test } from 'vitest';
import { createPdfClient } from '../../../src/client/pdf-client.ts';
import type { RenderRequest, RenderResponse } from '../../../src/client/pdf-worker.ts';
import type { Template } from '../../../src/templates/schema.ts';

/** A stand-in for the PDF worker that answers every request with what `answer` makes of it. */
function fakeWorker(answer: (request: RenderRequest) => RenderResponse) {
  return () => {
    const target = new EventTarget();
    return Object.assign(target, {
      postMessage(request: RenderRequest) {
        queueMicrotask(() => target.dispatchEvent(new MessageEvent('message', { data: answer(request) })));
      },
      terminate() {},
    }) as unknown as Worker;
  };
}

const template = { id: 'umgangesplan' } as Template;
const job = { kind: 'form', template, values: {}, locked: false } as const;

describe('the PDF client', () => {
  test('hands over the bytes the worker made, and a read form as read', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const filled = { values: { 'barnets-namn': 'Leo' } };
    const client = createPdfClient(
      fakeWorker((request) => (request.kind === 'read' ? { id: request.id, ok: true, filled } : { id: request.id, ok: true, bytes })),
    );
    expect(await client.render(job)).toBe(bytes);
    expect(await client.read({ template, bytes })).toBe(filled);
  });

  test('an answer of the wrong kind is an error the user is told about, not a PDF', async () => {
    const client = createPdfClient(
      fakeWorker((request) =>
        request.kind === 'read' ? { id: request.id, ok: true, bytes: new Uint8Array([1]) } : { id: request.id, ok: true, filled: { values: {} } },
      ),
    );
    await expect(client.render(job)).rejects.toThrow('PDF-skaparen svarade med en inläst blankett i stället för en PDF. Försök igen.');
    await expect(client.read({ template, bytes: new Uint8Array([1]) })).rejects.toThrow(
      'PDF-skaparen svarade med en PDF i stället för den inlästa blanketten. Försök igen.',
    );
  });
});
