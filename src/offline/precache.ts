/*
 * What the service worker keeps for use without a network: every page a reader can reach in the
 * handbook, its scripts, styles and search index, and every blank PDF and Word file. Left out are the
 * files no reader opens offline: the open data and feeds (for machines), the host's header files, and
 * the notices that stand at another language's address for a page that exists only in Swedish.
 */

export const PRECACHE_PATTERNS = ['**/*.html', '_astro/**/*', 'pagefind/**/*', 'mallar/**/*.{pdf,docx}', '*.{svg,webmanifest}'];

export const PRECACHE_IGNORES = ['data/**', '**/*.xml', '_headers', 'nginx-headers.conf', '.well-known/**', 'sw.js'];

/** Files larger than this are not kept: the whole handbook for printing is the largest page, under 2 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The page shown for an address that is not kept, when there is no network. */
export const OFFLINE_PAGE = '/om/utan-natverk/';

/** The addresses a built service worker keeps, read from the list Workbox writes into it. */
export function precachedUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\burl:"([^"]+)",revision:/g)].map((match) => `/${match[1]!}`);
}
