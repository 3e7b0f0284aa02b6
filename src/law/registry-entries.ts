import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { legalReferenceSchema, type LegalReference } from '../schemas/legal-reference.ts';
import { parseYamlText } from '../schemas/read-yaml-file.ts';
import { readOnce } from '../registry/read-once.ts';
import { checkedLegalReferenceSchema } from './registry-schema.ts';

export class RegistryError extends Error {
  override name = 'RegistryError';
}

/**
 * One entry of the legal registry (content/lagrum/<id>.yaml), the only way the build and the scripts read one:
 * parsed once while the file stays the same, and measured against the statute texts stored in `lagtextDir`.
 * Only the scripts that store those texts pass null, since they read entries whose statute is not stored yet.
 */
export function readLegalEntry(file: string, lagtextDir: string | null = 'content/lagtext'): LegalReference {
  return readOnce(`lagrum ${lagtextDir ?? 'unchecked'}`, file, (name, text) =>
    parseYamlText(name, text, lagtextDir === null ? legalReferenceSchema : checkedLegalReferenceSchema(lagtextDir), 'lagrummet', RegistryError),
  );
}

/** Every entry of the legal registry, read as readLegalEntry reads one; a bad entry names its file. */
export function readLegalRegistry(
  dir = 'content/lagrum',
  lagtextDir: string | null = 'content/lagtext',
): { id: string; file: string; entry: LegalReference }[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { id: name.replace(/\.ya?ml$/, ''), file, entry: readLegalEntry(file, lagtextDir) };
    });
}
