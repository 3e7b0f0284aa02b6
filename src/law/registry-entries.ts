import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { legalReferenceSchema, type LegalReference } from '../schemas/legal-reference.ts';
import { readYamlFile } from '../schemas/read-yaml-file.ts';

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
      return { id: name.replace(/\.ya?ml$/, ''), file, entry: readYamlFile(file, legalReferenceSchema, 'lagrummet', RegistryError) };
    });
}
