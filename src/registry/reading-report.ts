import { readingLevels, type ReadingLevel } from '../schemas/legal-reference.ts';

export interface ReadingSummary {
  counts: Record<ReadingLevel, number>;
  /** Ids of entries whose wording was last read more than twelve months before the given date. */
  stale: { id: string; read: Date }[];
}

/** The calendar day twelve months before `now`, in UTC: a reading on or after it is current. */
function twelveMonthsBefore(now: Date): Date {
  const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  return limit;
}

/** Counts the entries at each reading level and finds those read more than twelve months before `now`. */
export function summariseReadings(entries: { id: string; reading: { level: ReadingLevel; read: Date } }[], now: Date): ReadingSummary {
  const counts = Object.fromEntries(readingLevels.map((level) => [level, 0])) as Record<ReadingLevel, number>;
  const limit = twelveMonthsBefore(now);
  const stale: ReadingSummary['stale'] = [];
  for (const { id, reading } of entries) {
    counts[reading.level] += 1;
    if (reading.read < limit) stale.push({ id, read: reading.read });
  }
  stale.sort((a, b) => a.id.localeCompare(b.id, 'sv'));
  return { counts, stale };
}

/** The lines the build prints: one with the counts, one warning per stale entry. */
export function formatReadingReport({ counts, stale }: ReadingSummary): { info: string; warnings: string[] } {
  return {
    info: `lagrum: ${counts.lagtext} lästa i lagtexten, ${counts.forarbete} lästa i förarbetena, ${counts['ej-last']} inte kontrollerade mot lagtexten`,
    warnings: stale.map(
      ({ id, read }) =>
        `lagrum → ${id}: lydelsen lästes senast ${read.toISOString().slice(0, 10)}, för mer än tolv månader sedan. Läs lagtexten igen och uppdatera reading.`,
    ),
  };
}
