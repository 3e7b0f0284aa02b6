import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/*
 * CI runs on a 2-core machine that is busy with other work, so concurrency follows the cores and
 * no timeout is tighter than the slowest honest run of the work it guards (PDF rendering, builds,
 * a browser crawl). Speed targets live in `npm run bench`, never in a timeout here.
 */
const cores = availableParallelism();

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    maxWorkers: cores,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The unit test files share one module graph per worker instead of importing Astro's Zod, pdf-lib and
          // the rest again for each of the 63 files: 56 processor-seconds instead of 87. Each file still runs in
          // any order (checked with --sequence.shuffle.files). The dist project shares its graph too; build and e2e do not.
          isolate: false,
          // Some unit tests start `node scripts/*.ts`, which renders every template.
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/pdf/**/*.test.ts', 'tests/docx/**/*.test.ts', 'tests/links/**/*.test.ts'],
          // One module graph per worker, as in the unit project: the PDF tests load pdf-lib, fontkit, pdf.js and the
          // templates once per worker instead of once per file.
          isolate: false,
          globalSetup: ['tests/support/built-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          // expect.poll gives up after 1 s by default: too little for a PDF read in a worker on a busy machine.
          expect: { poll: { timeout: 60_000 } },
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // The browser test files run beside the others, each with its own Chromium; within a file, concurrent
          // tests (the axe crawl) take as many pages at a time as there are cores.
          maxConcurrency: cores,
        },
      },
    ],
  },
});
