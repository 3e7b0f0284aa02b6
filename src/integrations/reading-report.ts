import type { AstroIntegration } from 'astro';
import type { ReadingLevel } from '../schemas/legal-reference.ts';
import { formatReadingReport, summariseReadings } from '../registry/reading-report.ts';

type Readings = { id: string; reading: { level: ReadingLevel; read: Date } }[];

/*
 * The lagrum collection's loader hands over the entries it has just read and validated, and the build
 * prints the report once, when it is done, so the registry is read only once. Astro loads the content
 * config in a module graph of its own, apart from this integration's, so the two meet on a global,
 * under a key that no other code uses.
 */
const handedOver = Symbol.for('umgangeshandboken:reading-report');
const mailbox = globalThis as { [handedOver]?: Readings };

/** Called with the legal registry's entries after each full load of the lagrum collection. */
export function handOverReadings(entries: { id: string; data: { reading: Readings[number]['reading'] } }[]) {
  mailbox[handedOver] = entries.map(({ id, data }) => ({ id, reading: data.reading }));
}

/**
 * Prints, at the end of `astro build`, how many legal-reference entries stand at each reading level,
 * and warns, naming the entry, when its wording was read more than twelve months ago. An entry that
 * does not follow the schema has already stopped the build in the collection's loader, naming its file.
 */
export default function readingReport({ now = () => new Date() } = {}): AstroIntegration {
  return {
    name: 'umgangeshandboken:reading-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const entries = mailbox[handedOver];
        delete mailbox[handedOver];
        if (!entries) {
          logger.warn('lagrum: ingen läsrapport, eftersom samlingen lagrum inte lästes under bygget');
          return;
        }
        const { info, warnings } = formatReadingReport(summariseReadings(entries, now()));
        logger.info(info);
        warnings.forEach((warning) => logger.warn(warning));
      },
    },
  };
}
