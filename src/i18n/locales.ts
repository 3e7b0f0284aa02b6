/**
 * The languages the parents' pages are translated into, and which pages are. Swedish is the root
 * locale: its pages stand at the addresses trainers have always linked to. Each other language has
 * its own folder in content/docs/ and its own UI strings in content/i18n/<lang>.json.
 */
interface LocaleConfig {
  label: string;
  lang: string;
  dir?: 'ltr' | 'rtl';
}

export const LOCALES = {
  root: { label: 'Svenska', lang: 'sv' },
  en: { label: 'English', lang: 'en' },
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
  so: { label: 'Soomaali', lang: 'so' },
  // Dari is written as Afghan Persian: fa-AF lets browsers, screen readers and Starlight's Persian strings apply.
  prs: { label: 'دری', lang: 'fa-AF', dir: 'rtl' },
  ti: { label: 'ትግርኛ', lang: 'ti' },
  // Finnish is a national minority language in Sweden.
  fi: { label: 'Suomi', lang: 'fi' },
} as const satisfies Record<string, LocaleConfig>;

export type LocaleKey = Exclude<keyof typeof LOCALES, 'root'>;

/** The writing direction of a locale's text (root included). */
export function dirOf(locale: LocaleKey | 'root'): 'ltr' | 'rtl' {
  const entry: LocaleConfig = LOCALES[locale];
  return entry.dir ?? 'ltr';
}

/** Whether a string is one of the translated languages' keys ("en", "prs"): not "root", which is Swedish. */
export function isLocaleKey(value: string): value is LocaleKey {
  return value !== 'root' && Object.hasOwn(LOCALES, value);
}

/**
 * The language Starlight names a page's locale by (`Astro.locals.starlightRoute.locale`, and the like):
 * undefined for the root locale, Swedish, as Starlight gives it; any other value is one of LOCALES, or
 * the site and its Starlight configuration disagree, which is an error.
 */
export function localeKeyOf(locale: string | undefined): LocaleKey | undefined {
  if (locale === undefined || isLocaleKey(locale)) return locale;
  throw new Error(`Okänt språk "${locale}": Starlight gav ett språk som inte finns i LOCALES (src/i18n/locales.ts)`);
}

export const TRANSLATION_LOCALES = Object.keys(LOCALES).filter(isLocaleKey);

/** Each language's start page: written for that language, not translated from one Swedish page. */
export const START_PAGE = 'index';

/** The Swedish pages that every language has, by docs id: the easy-to-read pages for parents and the start pages for children and young people. */
export const TRANSLATED_PAGES = [
  'lattlast',
  'lattlast/vad-ar-umgange',
  'lattlast/umgangesplanen',
  'lattlast/moten-med-socialtjansten',
  'lattlast/dina-rattigheter-vid-lvu',
  'lattlast/om-du-blir-ombedd-att-lamna-prov',
  'lattlast/mer-umgange-eller-hem',
  'lattlast/var-du-kan-fa-stod',
  'lattlast/surfa-sakrare',
  'barn',
  'unga',
] as const;

/** The Swedish page a translated page renders, from its docs id ("en/lattlast/umgangesplanen"). */
export function splitLocale(id: string): { locale: LocaleKey | undefined; swedishId: string } {
  // Starlight gives the home page the id "" on its route, and "index" in the collection.
  if (id === '') return { locale: undefined, swedishId: START_PAGE };
  const [first, ...rest] = id.split('/');
  if (first !== undefined && isLocaleKey(first)) return { locale: first, swedishId: rest.join('/') || START_PAGE };
  return { locale: undefined, swedishId: id };
}

/** The address of a docs id in a locale: "lattlast" in "en" is /en/lattlast/. */
export function pathFor(swedishId: string, locale: LocaleKey | undefined): string {
  const page = swedishId === START_PAGE ? '' : `${swedishId}/`;
  return locale ? `/${locale}/${page}` : `/${page}`;
}

/** The language of a site address: "/en/lattlast/" is "en", a Swedish address undefined. */
export function localeOfPath(pathname: string): LocaleKey | undefined {
  return splitLocale(pathname.replace(/^\/|\/$/g, '')).locale;
}

/** What is wrong with a translated page's `translatedFrom`, if anything: every translation but a start page names the Swedish review it follows. */
export function translatedFromProblem(filePath: string, id: string, translatedFrom: Date | undefined): string | undefined {
  const { locale, swedishId } = splitLocale(id);
  if (!locale || swedishId === START_PAGE || translatedFrom) return undefined;
  return `${filePath}: translatedFrom saknas: skriv den svenska sidans granskningsdatum (reviewed), som 2026-12-01`;
}
