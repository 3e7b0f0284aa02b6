import { existsSync } from 'node:fs';
import { LOCALES, TRANSLATION_LOCALES } from './locales.ts';

/**
 * Whether an address of the built site is a page of its own rather than the fallback notice Starlight
 * puts at another language's address for a page that exists only in Swedish. The notices stay out of
 * the sitemap, as they stay out of search and the offline copy.
 */
export function isOwnPage(url: string, contentDir = 'content/docs'): boolean {
  const [first, ...rest] = new URL(url).pathname.replace(/^\/|\/$/g, '').split('/');
  if (!(TRANSLATION_LOCALES as string[]).includes(first!)) return true;
  const id = rest.join('/');
  const base = `${contentDir}/${first}${id ? `/${id}` : ''}`;
  return existsSync(`${base}.mdx`) || existsSync(`${base}/index.mdx`);
}

/** The sitemap's languages, as Starlight would give them: each page's translations are named as alternates. */
export const sitemapLocales = Object.fromEntries(Object.entries(LOCALES).map(([key, locale]) => [key, locale.lang]));
