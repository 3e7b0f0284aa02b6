import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { storedStatuteSchema, type StoredProvision, type StoredStatute } from '../schemas/stored-statute.ts';
import { formatIssues } from '../schemas/format-issues.ts';
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
  for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort() : []) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new StoredStatuteError(`${file}: ogiltig YAML: ${(error as Error).message}`);
    }
    const result = storedStatuteSchema.safeParse(data);
    if (!result.success) throw new StoredStatuteError(`${file}: den lagrade lagtexten följer inte schemat:\n${formatIssues(result.error.issues, data)}`);
    if (name !== storedStatuteFile(result.data.sfs)) {
      throw new StoredStatuteError(`${file}: filen ska heta ${storedStatuteFile(result.data.sfs)} efter lagens SFS-nummer ${result.data.sfs}`);
    }
    const provisions = new Map(result.data.provisions.map((p) => [provisionKey(p.chapter, p.section), p] as const));
    laws.set(result.data.sfs, { file, statute: result.data, provisions });
  }
  loaded.set(dir, laws);
  return laws;
}
