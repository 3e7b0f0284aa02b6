import type { AstroIntegration } from 'astro';
import { readLegalRegistry } from '../law/registry-entries.ts';
import { formatReadingReport, summariseReadings } from '../registry/reading-report.ts';

/**
 * Prints, during `astro build`, how many legal-reference entries stand at each reading level,
 * and warns, naming the entry, when its wording was read more than twelve months ago.
 * An entry that does not follow the schema stops the build here too, naming its file.
 */
export default function readingReport({ folder = 'content/lagrum', now = () => new Date() } = {}): AstroIntegration {
  return {
    name: 'umgangeshandboken:reading-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const entries = readLegalRegistry(folder).map(({ id, entry }) => ({ id, reading: entry.reading }));
        const { info, warnings } = formatReadingReport(summariseReadings(entries, now()));
        logger.info(info);
        warnings.forEach((warning) => logger.warn(warning));
      },
    },
  };
}
