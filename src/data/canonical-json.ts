/**
 * JSON that is the same byte for byte whenever the value is the same: object keys sorted by code
 * point (their order never carries meaning), arrays kept in their order, two-space indents and a
 * final newline. Dates are written as their day, YYYY-MM-DD; undefined properties are left out.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort(byCodePoint)
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Code-point order, the same in every language and locale: ids are ASCII, so this is also a–z. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
