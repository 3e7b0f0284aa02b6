import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { legalReferenceSchema } from '../schemas/legal-reference.ts';
import { formatReadingReport, summariseReadings } from '../registry/reading-report.ts';

/**
 * Prints, during `astro build`, how many legal-reference entries stand at each reading level,
 * and warns, naming the entry, when its wording was read more than twelve months ago.
 * Invalid entries are left to the content collection, which stops the build and names the file.
 */
export default function readingReport({ folder = 'content/lagrum', now = () => new Date() } = {}): AstroIntegration {
  return {
    name: 'umgangeshandboken:reading-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const entries = readdirSync(folder)
          .filter((name) => /\.ya?ml$/.test(name))
          .flatMap((name) => {
            const result = legalReferenceSchema.safeParse(parse(readFileSync(join(folder, name), 'utf8')));
            return result.success ? [{ id: name.replace(/\.ya?ml$/, ''), reading: result.data.reading }] : [];
          });
        const { info, warnings } = formatReadingReport(summariseReadings(entries, now()));
        logger.info(info);
        warnings.forEach((warning) => logger.warn(warning));
      },
    },
  };
}
