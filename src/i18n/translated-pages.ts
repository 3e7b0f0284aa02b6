import { getCollection, type CollectionEntry } from 'astro:content';
import { splitLocale, TRANSLATION_LOCALES, type LocaleKey } from './locales.ts';

/** The pages that exist in a language other than Swedish, by locale, and each Swedish id's translations. */
export interface Translations {
  byLocale: Map<LocaleKey, CollectionEntry<'docs'>[]>;
  /** Swedish docs id → the locales it is translated into ("index" → every language with a start page). */
  localesOf: Map<string, LocaleKey[]>;
}

let cached: Promise<Translations> | undefined;

export function translations(): Promise<Translations> {
  cached ??= (async () => {
    const byLocale = new Map<LocaleKey, CollectionEntry<'docs'>[]>(TRANSLATION_LOCALES.map((locale) => [locale, []]));
    const localesOf = new Map<string, LocaleKey[]>();
    for (const entry of await getCollection('docs')) {
      const { locale, swedishId } = splitLocale(entry.id);
      if (!locale) continue;
      byLocale.get(locale)!.push(entry);
      localesOf.set(swedishId, [...(localesOf.get(swedishId) ?? []), locale]);
    }
    for (const list of localesOf.values()) list.sort((a, b) => TRANSLATION_LOCALES.indexOf(a) - TRANSLATION_LOCALES.indexOf(b));
    return { byLocale, localesOf };
  })();
  return cached;
}
