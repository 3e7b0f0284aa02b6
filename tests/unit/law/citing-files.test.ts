import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { citingFiles } from '../../../src/law/citing-files.ts';

const root = mkdtempSync(join(tmpdir(), 'citing-files-'));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

write('content/regler/umgange-lvu.yaml', 'text: Nämnden ansvarar för umgänget.\nlagrum: [lvu-umgange, lvu-begransning]\n');
write(
  'content/docs/handboken/kapitel.mdx',
  [
    '---',
    'title: Kapitel',
    '---',
    '',
    'Nämnden ska se till umgänget <Lagrum id="sol-umgange" />.',
    '',
    '<Steps>',
    '',
    '1. Läs regeln: <Regel lattlast id="umgange-lvu" />',
    '',
    '</Steps>',
    '',
    '```',
    '<Lagrum id="i-ett-kodblock" />',
    '```',
    '',
    '{/* <Lagrum id="i-en-kommentar" /> */}',
    '',
    'Källa <Kalla id="sol-umgange-kalla" /> och <Term id="lvu" />.',
  ].join('\n'),
);
write('content/docs/annan.mdx', ':::note[Obs]\nSe <Lagrum id="sol-umgange" />.\n:::\n');
write('templates/umgangesplan.yaml', 'text: "{{regel:umgange-lvu}}"\n');

describe('the files that cite each legal-registry entry', () => {
  const { byEntry } = citingFiles(root);

  test('pages cite through <Lagrum id> and through the entries of a <Regel id>, wherever the attribute stands', () => {
    expect(byEntry.get('sol-umgange')).toEqual(['content/docs/annan.mdx', 'content/docs/handboken/kapitel.mdx']);
    expect(byEntry.get('lvu-umgange')).toEqual([
      'content/regler/umgange-lvu.yaml',
      'content/docs/handboken/kapitel.mdx',
      'templates/umgangesplan.yaml',
    ]);
    expect(byEntry.get('lvu-begransning')).toEqual(byEntry.get('lvu-umgange'));
  });

  test('a citation in a code block or a comment does not count, nor do the other registries', () => {
    expect([...byEntry.keys()].sort()).toEqual(['lvu-begransning', 'lvu-umgange', 'sol-umgange']);
  });
});
