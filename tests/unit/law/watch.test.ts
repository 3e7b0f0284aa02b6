import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseStatute } from '../../../src/law/selex.ts';
import { storedStatutes } from '../../../src/law/stored-statutes.ts';
import { compareWithNewer } from '../../../src/law/watch.ts';

const stored = storedStatutes('tests/fixtures/lagtext/lagrad').get('1990:52')!;
const newer = parseStatute(readFileSync('tests/fixtures/lagtext/nyare/sfs-1990-52.md', 'utf8'), 'nyare', '2027-03-01');

describe('the watch for law changes', () => {
  test('finds the changed stycke, the removed section and the unchanged one', () => {
    const result = compareWithNewer(stored, newer);
    expect(result.map(({ kind, key }) => [key, kind])).toEqual([
      [':14', 'changed'],
      [':32a', 'removed'],
      [':41', 'unchanged'],
    ]);
    expect(result[0]).toMatchObject({ paragraphs: [3] });
  });

  test('the command names each changed provision and every entry, page and template that cites it', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/lagtext-watch.ts', '--lagrad', 'tests/fixtures/lagtext/lagrad', 'tests/fixtures/lagtext/nyare/sfs-1990-52.md'],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain(
      'Lag med särskilda bestämmelser om vård av unga (SFS 1990:52): lagrad text konsoliderad 2026-01-02, ny text tests/fixtures/lagtext/nyare/sfs-1990-52.md konsoliderad 2027-03-01',
    );
    expect(out).toContain('  14 §: ändrad lydelse i tredje stycket\n    lagrum lvu-umgange (content/lagrum/lvu-umgange.yaml)\n      citeras i ');
    expect(out).toContain('  32 a §: finns inte längre (upphävd eller flyttad)\n    lagrum lvu-provtagning (content/lagrum/lvu-provtagning.yaml)');
    expect(out).toMatch(/ {6}citeras i content\/docs\/handboken\/[a-z-]+\.mdx/);
    expect(out).toMatch(/ {6}citeras i content\/regler\/vem-beslutar-umgange-lvu\.yaml/);
    expect(out).toContain('  41 §: oförändrad\n');
    // An unchanged provision lists nobody: the editor has nothing to read again there.
    expect(out.split('  41 §: oförändrad\n')[1]).not.toMatch(/^ {4}lagrum/);
    expect(out).toContain('2 citerade paragrafer har ändrats eller fått ny lydelse');
  });

  test('the command refuses a missing file with a Swedish message and exit code 2', () => {
    const run = spawnSync(process.execPath, ['scripts/lagtext-watch.ts', 'finns-inte.md'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('finns-inte.md finns inte');
  });

  test('the stored texts are the consolidated texts they came from, word for word', () => {
    const dir = '../shared/research/lagtext';
    for (const [sfs, law] of storedStatutes()) {
      const parsed = parseStatute(readFileSync(`${dir}/sfs-${sfs.replace(':', '-')}.md`, 'utf8'), sfs, law.statute.stored);
      expect(parsed.header.published, sfs).toBe(law.statute.published);
      const changed = compareWithNewer(law, parsed)
        .filter((r) => r.kind !== 'unchanged')
        .map((r) => `${sfs} ${r.key} ${r.kind}`);
      expect(changed).toEqual([]);
    }
  });
});
