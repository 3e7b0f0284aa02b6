import { readFileSync } from 'node:fs';

/*
 * The Swedish UI strings the site shows. content/i18n/sv.json gives only the site's own strings and those
 * where Starlight's Swedish says something else: Starlight lays the file over its built-in Swedish.
 */

type UiStrings = Record<string, string>;

/** Starlight's built-in translations by language, as Starlight loads them (checked against its schema). */
const builtIn = (await import(new URL('translations/index.js', import.meta.resolve('@astrojs/starlight')).href)).default as Record<string, UiStrings>;

/** Starlight's own Swedish strings, without the site's. */
export function starlightSwedish(): UiStrings {
  return { ...builtIn['sv'] };
}

/** content/i18n/sv.json as written. */
export function swedishUiFile(): UiStrings {
  return JSON.parse(readFileSync('content/i18n/sv.json', 'utf8')) as UiStrings;
}

/** Every Swedish UI string, key by key: Starlight's Swedish with content/i18n/sv.json over it, an empty string giving way as in Starlight. */
export function swedishUiStrings(): UiStrings {
  const strings = starlightSwedish();
  for (const [key, value] of Object.entries(swedishUiFile())) if (value) strings[key] = value;
  return strings;
}
