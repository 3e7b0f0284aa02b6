import { existsSync, globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OFFLINE_PAGE, precachedUrls } from '../../src/offline/precache.ts';
import { isFallbackNotice } from '../../src/i18n/fallback.ts';

/*
 * What the built service worker keeps for use without a network: every page a reader reaches, every
 * blank form, the search index and the scripts; not the machine files, not the notices at other
 * languages' addresses for Swedish-only pages. And the web app manifest that makes the site installable.
 */

const kept = new Set(precachedUrls(readFileSync('dist/sw.js', 'utf8')));
const pages = globSync('dist/**/*.html').map((file) => ({ url: file.replace(/^dist/, ''), html: readFileSync(file, 'utf8') }));

describe('the offline copy', () => {
  test('holds every page of its own, and none of the fallback notices', () => {
    const own = pages.filter((page) => !isFallbackNotice(page.html));
    const notices = pages.filter((page) => isFallbackNotice(page.html));
    expect(own.length).toBeGreaterThan(150);
    expect(notices.length).toBeGreaterThan(300);
    expect(own.map((page) => page.url).filter((url) => !kept.has(url))).toEqual([]);
    expect(notices.map((page) => page.url).filter((url) => kept.has(url))).toEqual([]);
    expect(kept.has(`${OFFLINE_PAGE}index.html`)).toBe(true);
  });

  test('holds every blank PDF and Word file, the search index and every script', () => {
    for (const file of globSync('dist/{mallar/**/*.{pdf,docx},pagefind/**/*.*,_astro/**/*.*}'))
      expect(kept.has(file.replace(/^dist/, '')), file).toBe(true);
  });

  test('leaves out the open data, the feeds and the host files', () => {
    expect([...kept].filter((url) => /^\/data\/|\.xml$|^\/_headers$|^\/nginx-headers\.conf$|^\/\.well-known\/|^\/sw\.js$/.test(url))).toEqual([]);
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
  test('names the handbook, starts at the start page and has icons that exist', () => {
    expect(manifest).toMatchObject({ name: 'Umgängeshandboken', lang: 'sv', start_url: '/', scope: '/', display: 'standalone' });
    for (const icon of manifest.icons) expect(existsSync(`dist${icon.src}`), icon.src).toBe(true);
    expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose).sort()).toEqual(['any', 'maskable']);
  });

  test('every page links to it', () => {
    expect(pages.filter((page) => !page.html.includes('<link rel="manifest" href="/manifest.webmanifest"')).map((page) => page.url)).toEqual([]);
  });
});
