import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readLegalRegistry } from '../../../src/law/registry-entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'lagrum-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading the legal registry outside Astro', () => {
  test('reads every entry of the real registry', () => {
    expect(readLegalRegistry().length).toBeGreaterThan(100);
  });

  test('an entry that breaks the schema stops the reader and names its file', () => {
    copyFileSync('tests/fixtures/registries/lagrum/utan-sfs-format.yaml', join(dir, 'utan-sfs-format.yaml'));
    expect(() => readLegalRegistry(dir)).toThrow(
      `${join(dir, 'utan-sfs-format.yaml')}: lagrummet följer inte schemat:\n  - sfs: sfs ska skrivas som år:nummer, till exempel 1990:52`,
    );
  });

  test('a file that is not YAML stops the reader and names its file', () => {
    rmSync(join(dir, 'utan-sfs-format.yaml'));
    writeFileSync(join(dir, 'trasig.yaml'), 'law: [\n');
    expect(() => readLegalRegistry(dir)).toThrow(`${join(dir, 'trasig.yaml')}: ogiltig YAML:`);
  });
});
