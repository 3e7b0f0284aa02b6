import { LOCALES, type LocaleKey } from './locales.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day written out in the page's language. Always the Gregorian calendar with Western digits: the
 * dates are Swedish authorities' dates, which a parent compares with letters and decisions.
 */
export function longDate(date: Date | string, locale: LocaleKey | undefined): string {
  const lang = locale ? LOCALES[locale].lang : 'sv-SE';
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formats.set(lang, format);
  }
  return format.format(typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date);
}
