/**
 * Reads a number as a Swedish reader writes it: decimal comma or point, and spaces (also the
 * no-break spaces that sv-SE formatting uses) between groups of thousands. Returns undefined for
 * anything else, so that "1,2,3" or "10 min" is never read as a number by guessing.
 */
const GROUPED = /^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^-?\d+(?:[.,]\d+)?$/;

export function parseSwedishNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/^[\u2212]/, '-');
  if (!GROUPED.test(trimmed) && !PLAIN.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}
