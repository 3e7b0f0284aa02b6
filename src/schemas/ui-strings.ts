import { z } from 'astro/zod';

/*
 * The site's own UI strings, beside Starlight's, in content/i18n/<lang>.json. Every language must
 * give every one of them: a missing string would otherwise fall back to Swedish on a translated page.
 */
const KEYS = [
  'umg.quickExit.label',
  'umg.quickExit.hint',
  'umg.quickExit.navLabel',
  'umg.pageMeta.address',
  'umg.pageMeta.reviewed',
  'umg.source',
  'umg.translation.notice',
  'umg.translation.swedishLink',
  'umg.translation.outdated',
  'umg.fallback.text',
  'umg.fallback.swedishLink',
  'umg.fallback.homeLink',
  'umg.inSwedish',
  'umg.sidebar.start',
  'umg.sidebar.parents',
  'umg.sidebar.children',
  'umg.sidebar.young',
  'umg.sidebar.swedish',
  'umg.otherLanguages',
  'umg.edition',
  'umg.offline.notice',
  'umg.offline.update',
  'umg.offline.reload',
  // Strings of Pagefind's dialog that Starlight has no key for; Starlight passes every pagefind.* string on.
  'pagefind.results_label',
  'pagefind.error_search',
] as const;

export const uiStringsSchema = z.object(
  Object.fromEntries(
    KEYS.map((key) => [
      key,
      z
        .string({ error: `${key} saknas: varje språk ska ha alla egna texter` })
        .trim()
        .min(1),
    ]),
  ) as Record<(typeof KEYS)[number], z.ZodString>,
);
