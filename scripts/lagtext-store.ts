/**
 * Stores, word for word, every provision the legal registry cites, from consolidated texts in
 * SE-Lex Markdown (one file per statute, named sfs-<year>-<number>.md):
 *   npm run lagtext:lagra -- [mapp]        (default ../shared/research/lagtext)
 * Writes content/lagtext/sfs-<year>-<number>.yaml for each statute that has such a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, visit } from 'yaml';
import { parseStatute } from '../src/law/selex.ts';
import { readLegalRegistry } from '../src/law/registry-entries.ts';
import { citedKeys, storedStatuteFrom } from '../src/law/store.ts';
import { storedStatuteFile } from '../src/law/stored-statutes.ts';

const folder = process.argv[2] ?? '../shared/research/lagtext';
const today = new Date().toISOString().slice(0, 10);
if (!existsSync(folder)) {
  console.error(`Mappen ${folder} finns inte. Ange mappen med lagtexterna: npm run lagtext:lagra -- <mapp>`);
  process.exit(2);
}
let entries: ReturnType<typeof readLegalRegistry>;
try {
  // Unchecked: an entry whose statute is not stored yet is what this command is for.
  entries = readLegalRegistry('content/lagrum', null);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
mkdirSync('content/lagtext', { recursive: true });
let failed = false;
for (const sfs of [...new Set(entries.map(({ entry }) => entry.sfs))].sort()) {
  const source = join(folder, `sfs-${sfs.replace(':', '-')}.md`);
  if (!existsSync(source)) {
    console.log(`SFS ${sfs}: ingen lagtext i ${folder}, inget lagrat`);
    continue;
  }
  const keys = citedKeys(entries, sfs);
  if (keys.size === 0) continue;
  const { statute, missing } = storedStatuteFrom(parseStatute(readFileSync(source, 'utf8'), source, today), new Set(keys.keys()), today);
  for (const key of missing) {
    failed = true;
    console.error(
      `SFS ${sfs}: ${key.replace(/^(\d*):(.*)$/, (_, c, s) => `${c ? `${c} kap. ` : ''}${s} §`)} finns inte i ${source} (${keys.get(key)!.join(', ')})`,
    );
  }
  const out = join('content/lagtext', storedStatuteFile(sfs));
  const doc = new Document(statute);
  // SFS numbers and dates in quotes, so that no YAML reader takes 1990:52 for a number or a date.
  visit(doc, { Scalar: (_, node) => void (typeof node.value === 'string' && /^\d{4}[:-]\d/.test(node.value) && (node.type = 'QUOTE_DOUBLE')) });
  writeFileSync(out, `# Lagrad av npm run lagtext:lagra ur ${source}. Ändra inte för hand: lagra om.\n${doc.toString({ lineWidth: 0 })}`);
  console.log(`${out}: ${statute.provisions.length} paragrafer, konsoliderad ${statute.published}`);
}
process.exit(failed ? 1 : 0);
