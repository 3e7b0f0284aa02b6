/**
 * Reports what a newer consolidated text changes in the law the handbook cites:
 *   npm run lagtext:bevaka -- <fil.md eller mapp> [...]
 * For each stored provision: unchanged, changed (which stycken), removed or with a newer wording
 * already enacted; for each one that is not unchanged, the registry entries and the pages, rules
 * and templates that cite it, so that an editor knows what to read again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseStatute } from '../src/law/selex.ts';
import { storedStatutes } from '../src/law/stored-statutes.ts';
import { compareWithNewer } from '../src/law/watch.ts';
import { readLegalRegistry } from '../src/law/registry-entries.ts';
import { citedKeys } from '../src/law/store.ts';
import { citingFiles } from '../src/law/citing-files.ts';
import { formatWatchReport } from '../src/law/watch-report.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--lagrad');
const storedDir = at >= 0 ? args.splice(at, 2)[1]! : 'content/lagtext';
const today = new Date().toISOString().slice(0, 10);
if (args.length === 0) {
  console.error('Ange en nyare lagtext i SE-Lex-format: npm run lagtext:bevaka -- <fil.md eller mapp>');
  process.exit(2);
}
const files = args.flatMap((path) => {
  if (!existsSync(path)) {
    console.error(`${path} finns inte`);
    process.exit(2);
  }
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => /^sfs-\d{4}-\d+\.md$/.test(n))
        .sort()
        .map((n) => join(path, n))
    : [path];
});
try {
  const laws = storedStatutes(storedDir);
  // Unchecked, as the entries are compared with the newer text here, not with the stored one.
  const entries = readLegalRegistry('content/lagrum', null);
  const citing = citingFiles();
  let changes = 0;
  for (const file of files) {
    const newer = parseStatute(readFileSync(file, 'utf8'), file, today);
    const stored = laws.get(newer.header.sfs);
    if (!stored) {
      console.log(`${file}: SFS ${newer.header.sfs} är inte lagrad i ${storedDir}; handboken citerar inget ur den.\n`);
      continue;
    }
    const result = compareWithNewer(stored, newer);
    changes += result.filter((r) => r.kind !== 'unchanged').length;
    console.log(formatWatchReport({ file, stored, newer, result, entriesByKey: citedKeys(entries, newer.header.sfs), citing: citing.byEntry }));
  }
  console.log(
    changes === 0
      ? 'Ingen citerad paragraf har ändrats.'
      : `${changes} citerade paragrafer har ändrats eller fått ny lydelse: läs dem och de filer som nämns, och lagra sedan om med npm run lagtext:lagra.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
