import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from '../offline/service-worker.ts';

/** After the build: the service worker that keeps the handbook for use without a network. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'umgangeshandboken:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        warnings.forEach((warning) => logger.warn(warning));
        logger.info(`sw.js: ${count} filer, ${(size / 1024 / 1024).toFixed(1)} MB för användning utan nätverk`);
      },
    },
  };
}
