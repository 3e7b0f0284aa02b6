import type { LegalReference } from '../schemas/legal-reference.ts';
import type { Source } from '../schemas/source.ts';

type Citable = Pick<LegalReference, 'shortName' | 'chapter' | 'section' | 'article' | 'paragraph'>;

const ordinals = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'];

/** "2" -> "andra stycket", "2–3" -> "andra och tredje styckena", "1–3" -> "första–tredje styckena". */
export function formatParagraph(paragraph: string): string {
  const [from, to] = paragraph.split('–').map(Number) as [number, number | undefined];
  const word = (n: number) => ordinals[n - 1] ?? `${n}:e`;
  if (to === undefined) return `${word(from)} stycket`;
  return `${word(from)}${to - from === 1 ? ' och ' : '–'}${word(to)} styckena`;
}

/** A law's name as it stands mid-sentence: "socialtjänstlagen", but abbreviations such as "LVU" unchanged. */
function inRunningText(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase('sv-SE') + name.slice(1) : name;
}

/** The short citation used in running text, in the Swedish order: "6 kap. 15 § föräldrabalken", "14 § LVU", "artikel 9 barnkonventionen". */
export function formatLegalCitation(reference: Citable): string {
  const name = inRunningText(reference.shortName);
  if (reference.article) return `artikel ${reference.article} ${name}`;
  const parts: string[] = [];
  if (reference.chapter) parts.push(`${reference.chapter} kap.`);
  if (reference.section) parts.push(`${reference.section} ${/[–,]/.test(reference.section) ? '§§' : '§'}`);
  if (reference.paragraph) parts.push(formatParagraph(reference.paragraph));
  parts.push(name);
  return parts.join(' ');
}

/** "RFHL Riksförbundet 2017" */
export function formatSourceCitation(source: Pick<Source, 'publisher' | 'year'>): string {
  return `${source.publisher} ${source.year}`;
}

const swedishDate = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "25 november 2026" */
export function formatDate(date: Date): string {
  return swedishDate.format(date);
}

export const anchors = {
  legal: (id: string) => `/om/lagrum/#${id}`,
  source: (id: string) => `/om/#kalla-${id}`,
  term: (id: string) => `/om/ordlista/#${id}`,
};
