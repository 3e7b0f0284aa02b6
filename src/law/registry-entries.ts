import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { legalReferenceSchema, type LegalReference } from '../schemas/legal-reference.ts';
import { formatIssues } from '../schemas/format-issues.ts';

export class RegistryError extends Error {
  override name = 'RegistryError';
}

/** Every entry of the legal registry (content/lagrum) for scripts outside Astro; a bad entry names its file. */
export function readLegalRegistry(dir = 'content/lagrum'): { id: string; file: string; entry: LegalReference }[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new RegistryError(`${file}: ogiltig YAML: ${(error as Error).message}`);
      }
      const result = legalReferenceSchema.safeParse(data);
      if (!result.success) throw new RegistryError(`${file}: lagrummet följer inte schemat:\n${formatIssues(result.error.issues, data)}`);
      return { id: name.replace(/\.ya?ml$/, ''), file, entry: result.data };
    });
}
