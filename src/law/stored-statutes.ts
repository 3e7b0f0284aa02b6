import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { storedStatuteSchema, type StoredProvision, type StoredStatute } from '../schemas/stored-statute.ts';
import { readYamlFile } from '../schemas/read-yaml-file.ts';
import { provisionKey } from './selex.ts';

export class StoredStatuteError extends Error {
  override name = 'StoredStatuteError';
}

export interface StoredLaw {
  file: string;
  statute: StoredStatute;
  provisions: Map<string, StoredProvision>;
}

/** "1990:52" -> "sfs-1990-52.yaml" */
export const storedStatuteFile = (sfs: string) => `sfs-${sfs.replace(':', '-')}.yaml`;

const loaded = new Map<string, Map<string, StoredLaw>>();

/**
 * Every stored statute in a folder (content/lagtext), by SFS number. The folder is read once per
 * process; a file that does not follow the schema stops whoever asked, naming the file and the field.
 */
export function storedStatutes(dir = 'content/lagtext'): Map<string, StoredLaw> {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const laws = new Map<string, StoredLaw>();
  for (const name of existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
    : []) {
    const file = join(dir, name);
    const statute = readYamlFile(file, storedStatuteSchema, 'den lagrade lagtexten', StoredStatuteError);
    if (name !== storedStatuteFile(statute.sfs)) {
      throw new StoredStatuteError(`${file}: filen ska heta ${storedStatuteFile(statute.sfs)} efter lagens SFS-nummer ${statute.sfs}`);
    }
    const provisions = new Map(statute.provisions.map((p) => [provisionKey(p.chapter, p.section), p] as const));
    laws.set(statute.sfs, { file, statute, provisions });
  }
  loaded.set(dir, laws);
  return laws;
}
