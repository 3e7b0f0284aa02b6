/**
 * Calendar dates as `YYYY-MM-DD` strings, with no time and no time zone. Everything is computed on the
 * date's own numbers, so the result is the same in Node and in any browser, whatever its time zone.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : monthLengths[month - 1]!;
}

/** The date's parts, or undefined when the text is not a real date written `YYYY-MM-DD` (2026-02-30 is not). */
export function parseIsoDate(text: string | undefined): CalendarDate | undefined {
  const match = isoDatePattern.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date `months` calendar months later (or earlier, when negative). A day the target month lacks
 * becomes its last day, as when a statute's time limit in months is counted: 2026-11-30 + 3 = 2027-02-28.
 */
export function addMonths(date: string, months: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Ogiltigt datum: "${date}". Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.`);
  if (!Number.isInteger(months)) throw new Error(`Antalet månader måste vara ett heltal, inte ${months}.`);
  const monthIndex = parsed.year * 12 + (parsed.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(parsed.day, daysInMonth(year, month)) });
}

/** The day `days` days after the date (YYYY-MM-DD), computed in UTC so no time zone moves it. */
export function addDays(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Ogiltigt datum: "${date}". Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.`);
  const utc = utcDay(parsed);
  utc.setUTCDate(utc.getUTCDate() + days);
  return formatIsoDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

/** The day at midnight UTC; setUTCFullYear, because Date.UTC reads years below 100 as 19xx. */
function utcDay({ year, month, day }: CalendarDate): Date {
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  return utc;
}

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "lördag 12 december 2026" for an easy-to-read plan; any other text is returned as it was typed. */
export function longSwedishDate(text: string): string {
  const date = parseIsoDate(text.trim());
  if (!date) return text;
  const utc = utcDay(date);
  return `${WEEKDAYS[utc.getUTCDay()]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}
