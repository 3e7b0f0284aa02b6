import { siteChanges } from './site-changes.ts';

let cached: Promise<string> | undefined;

/**
 * The edition a built page belongs to: the day of the newest change written anywhere in the handbook.
 * It is the same for every page of one build, and changes only when the text does, so a page read
 * from the offline cache can say which edition it is.
 */
export function edition(): Promise<string> {
  cached ??= siteChanges().then((changes) => changes[0]?.date ?? '1970-01-01');
  return cached;
}
