import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { isFallbackNotice } from '../i18n/fallback.ts';
import { MAX_FILE_BYTES, OFFLINE_PAGE, PRECACHE_IGNORES, PRECACHE_PATTERNS } from './precache.ts';

/**
 * Workbox writes <out>/sw.js with the list of files to keep offline, each with a hash of its content.
 * A new edition changes the hashes of the files that changed, and only those are fetched again; the
 * worker takes over at once, and the page offers to reload (src/client/offline.ts).
 */
export async function writeServiceWorker(out: string) {
  return generateSW({
    globDirectory: out,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(out, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    // One file: no second script for the Content-Security-Policy to allow, no request to a CDN.
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // Every address on the site is a folder with an index.html; no query string changes a page.
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.filter((entry) => !entry.url.endsWith('.html') || !isFallbackNotice(readFileSync(join(out, entry.url), 'utf8'))),
        warnings: [],
      }),
    ],
    runtimeCaching: [
      {
        // An address that is not kept, without a network: the page on using the handbook offline.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` } },
      },
    ],
  });
}
