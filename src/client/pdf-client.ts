import type { ReadJob, RenderJob, RenderRequest, RenderResponse } from './pdf-worker.ts';
import type { FilledPdf } from '../pdf/read-filled.ts';

/*
 * Talks to the PDF worker. The worker is started on the first call to start() (when the user
 * begins to fill in), not with the page. Every request carries an id, so two quick clicks get
 * two answers, each to its own request. A worker that fails to load, crashes or does not answer
 * in time rejects every waiting request with a Swedish message and is replaced on the next request.
 */

type Answer = Uint8Array<ArrayBuffer> | FilledPdf;

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export interface PdfClient {
  start(): void;
  render(job: RenderJob): Promise<Uint8Array<ArrayBuffer>>;
  /** Reads a filled PDF made by the site back into form values. */
  read(job: Omit<ReadJob, 'kind'>): Promise<FilledPdf>;
}

export function createPdfClient(createWorker: () => Worker, timeoutMs = 60_000): PdfClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    worker?.terminate();
    worker = undefined;
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      request.reject(new Error(message));
      pending.delete(id);
    }
  };

  const start = () => {
    if (worker) return worker;
    const started = createWorker();
    started.addEventListener('message', (event: MessageEvent<RenderResponse>) => {
      const request = pending.get(event.data.id);
      if (!request) return;
      pending.delete(event.data.id);
      clearTimeout(request.timer);
      if (event.data.ok) request.resolve('bytes' in event.data ? event.data.bytes : event.data.filled);
      else request.reject(new Error(event.data.message));
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      failAll('PDF-skaparen kunde inte startas. Ladda om sidan och försök igen.');
    });
    started.addEventListener('messageerror', () => failAll('PDF-skaparen fick ett svar som inte gick att läsa. Försök igen.'));
    worker = started;
    return started;
  };

  const ask = (job: RenderJob | ReadJob): Promise<Answer> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => failAll('Det tog för lång tid att skapa PDF:en. Försök igen, eller ladda ner den tomma blanketten och fyll i den i en PDF-läsare.'),
        timeoutMs,
      );
      pending.set(id, { resolve, reject, timer });
      start().postMessage({ ...job, id } satisfies RenderRequest);
    });
  };

  return {
    start() {
      start();
    },
    async render(job) {
      const answer = await ask(job);
      if (!(answer instanceof Uint8Array)) throw new Error('PDF-skaparen svarade med en inläst blankett i stället för en PDF. Försök igen.');
      return answer;
    },
    async read(job) {
      const answer = await ask({ kind: 'read', ...job });
      if (answer instanceof Uint8Array) throw new Error('PDF-skaparen svarade med en PDF i stället för den inlästa blanketten. Försök igen.');
      return answer;
    },
  };
}
