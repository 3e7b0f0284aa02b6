import type { StoredProvision } from '../schemas/stored-statute.ts';

/** Sections an entry names: "14" -> ["14"], "2–3" -> ["2", "3"], "21 b, 21 c" -> ["21 b", "21 c"]. */
export function sectionsOf(section: string): string[] {
  const range = section.match(/^(\d+)\s*[–-]\s*(\d+)$/);
  if (range) {
    const out: string[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    return out;
  }
  return section
    .split(/\s*(?:,|\boch\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "2" -> [2], "2–3" -> [2, 3] */
export function paragraphNumbers(paragraph: string): number[] {
  const [from, to = from] = paragraph.split('–').map(Number);
  const out: number[] = [];
  for (let n = from!; n <= to!; n++) out.push(n);
  return out;
}

/** One form for comparing a quote with the statute: dashes, quote marks and spaces of one kind each. */
export function comparable(text: string): string {
  return text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u201c\u201d\u201e\u00bb\u00ab]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first part of a quote that does not stand in the text, or undefined when the whole quote does.
 * "[...]" or "…" leaves words out: the parts must then stand in the text in the quote's order.
 */
export function missingQuotePart(text: string, quote: string): string | undefined {
  const haystack = comparable(text);
  let from = 0;
  for (const part of comparable(quote)
    .split(/\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*/)
    .filter(Boolean)) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return undefined;
}

/** The provision's text as one string, stycken separated by blank lines. */
export function provisionText(provision: Pick<StoredProvision, 'paragraphs'>, paragraphs?: number[]): string {
  return (paragraphs ? paragraphs.map((n) => provision.paragraphs[n - 1] ?? '') : provision.paragraphs).join('\n\n');
}
