import { describe, expect, test } from 'vitest';
import { formatReadingReport, summariseReadings } from '../../../src/registry/reading-report.ts';

const entry = (id: string, level: 'lagtext' | 'forarbete' | 'ej-last', read: string) => ({ id, reading: { level, read: new Date(read) } });
const buildDate = new Date('2026-11-26T10:00:00Z');

describe('reading report', () => {
  test('counts the entries at each level', () => {
    const { counts } = summariseReadings(
      [
        entry('a', 'lagtext', '2026-11-26'),
        entry('b', 'lagtext', '2026-11-26'),
        entry('c', 'forarbete', '2026-11-26'),
        entry('d', 'ej-last', '2026-11-26'),
      ],
      buildDate,
    );
    expect(counts).toEqual({ lagtext: 2, forarbete: 1, 'ej-last': 1 });
  });

  test('names entries read more than twelve months before the build, and only those', () => {
    const { stale } = summariseReadings(
      [entry('gammal', 'lagtext', '2025-11-25'), entry('precis-ett-ar', 'lagtext', '2025-11-26'), entry('ny', 'forarbete', '2026-06-01')],
      buildDate,
    );
    expect(stale.map(({ id }) => id)).toEqual(['gammal']);
  });

  test('prints the counts in Swedish and one warning per old reading, naming the entry', () => {
    const report = formatReadingReport(
      summariseReadings([entry('lvu-umgange', 'lagtext', '2024-01-15'), entry('sol-sip', 'ej-last', '2026-11-26')], buildDate),
    );
    expect(report.info).toBe('lagrum: 1 lästa i lagtexten, 0 lästa i förarbetena, 1 inte kontrollerade mot lagtexten');
    expect(report.warnings).toEqual([
      'lagrum → lvu-umgange: lydelsen lästes senast 2024-01-15, för mer än tolv månader sedan. Läs lagtexten igen och uppdatera reading.',
    ]);
  });
});
