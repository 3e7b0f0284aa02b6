import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../src/templates/load.ts';
import { readLegalRegistry } from '../../src/law/registry-entries.ts';
import { storedStatutes } from '../../src/law/stored-statutes.ts';
import { readRules } from '../../src/rules/read-rules.ts';
import { readYamlFile } from '../../src/schemas/read-yaml-file.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import type { DataSources } from '../../src/data/serialize.ts';

/** The open data's sources read outside Astro, with the readers the scripts use: what the collections hold. */
export function openDataSources(): DataSources {
  const glossaryDir = 'content/ordlista';
  return {
    templates: loadTemplates(),
    lagrum: readLegalRegistry().map(({ id, entry }) => ({ id, data: entry })),
    laws: storedStatutes(),
    ordlista: readdirSync(glossaryDir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), data: readYamlFile(join(glossaryDir, name), glossaryTermSchema, 'termen', Error) })),
    regler: [...readRules()].map(([id, { citations: _citations, ...data }]) => ({ id, data })),
  };
}
