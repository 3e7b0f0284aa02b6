import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import type { CollectionEntry } from 'astro:content';
import { localeKeyOf, LOCALES, pathFor, splitLocale, START_PAGE, type LocaleKey } from '../i18n/locales.ts';
import { translations } from '../i18n/translated-pages.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

const link = (label: string, href: string, current: string): SidebarLink => ({
  type: 'link',
  label,
  href,
  isCurrent: href === current,
  badge: undefined,
  attrs: {},
});

function sidebarLabel(entry: CollectionEntry<'docs'>): string {
  return entry.data.sidebar.label ?? entry.data.title;
}

/**
 * A translated language's sidebar lists the pages that exist in it, and the way back to Swedish: the
 * whole Swedish sidebar would show every chapter for professionals in Swedish, under a language that
 * has only the parents' pages.
 */
function localeSidebar(locale: LocaleKey, pages: CollectionEntry<'docs'>[], t: App.Locals['t'], current: string): SidebarEntry[] {
  const parents = pages
    .filter((page) => splitLocale(page.id).swedishId.startsWith('lattlast'))
    .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0))
    .map((page) => link(sidebarLabel(page), pathFor(splitLocale(page.id).swedishId, locale), current));
  return [
    link(t('umg.sidebar.start'), pathFor(START_PAGE, locale), current),
    { type: 'group', label: t('umg.sidebar.parents'), entries: parents, collapsed: false, badge: undefined },
    link(t('umg.sidebar.children'), pathFor('barn', locale), current),
    link(t('umg.sidebar.young'), pathFor('unga', locale), current),
    link(t('umg.sidebar.swedish'), '/', current),
  ];
}

function flatLinks(entries: SidebarEntry[]): SidebarLink[] {
  return entries.flatMap((entry) => (entry.type === 'link' ? [entry] : flatLinks(entry.entries)));
}

/**
 * What a page in each language links to and shows:
 * - Starlight names every language as an alternate of every page; only the languages the page really
 *   exists in are named, so that a search engine or a browser offers no Swedish page as a translation,
 *   and a page that exists only in Swedish names none.
 * - A page that exists only in Swedish still gets an address in every language (Starlight's fallback).
 *   There it is a short notice with links to the Swedish page and the language's start page: it carries
 *   no Swedish text under another language, is not indexed by search and is not offered to search engines.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { byLocale, localesOf } = await translations();
  const { swedishId } = splitLocale(route.entry.id);
  const existsIn = new Set<string>(['sv', ...(localesOf.get(swedishId) ?? []).map((locale) => LOCALES[locale].lang)]);
  // A page in Swedish only has no alternates at all: naming itself would say nothing.
  const keep = (hreflang: string) => existsIn.size > 1 && (hreflang === 'x-default' || existsIn.has(hreflang));
  route.head = route.head.filter(
    (tag) => !(tag.tag === 'link' && tag.attrs?.rel === 'alternate' && typeof tag.attrs.hreflang === 'string' && !keep(tag.attrs.hreflang)),
  );

  const locale = localeKeyOf(route.locale);
  if (!locale) return;
  route.sidebar = localeSidebar(locale, byLocale.get(locale) ?? [], context.locals.t, context.url.pathname);
  const all = flatLinks(route.sidebar);
  const index = all.findIndex((entry) => entry.isCurrent);
  route.pagination = { prev: index > 0 ? all[index - 1] : undefined, next: index >= 0 ? all[index + 1] : undefined };

  if (route.isFallback) {
    route.toc = undefined;
    route.headings = [];
    route.lastUpdated = undefined;
    route.editUrl = undefined;
    route.pagination = { prev: undefined, next: undefined };
    route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
    route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
  }
});
