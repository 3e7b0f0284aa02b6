import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readOnce } from '../../../src/registry/read-once.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A parser that counts its calls and returns the text it was given. */
function countingParser() {
  const calls: string[] = [];
  const parse = (_file: string, text: string) => {
    calls.push(text);
    return { text };
  };
  return { calls, parse };
}

describe('a registry file read once', () => {
  test('is parsed once while its text stays the same, and every reader gets the same result', () => {
    const file = join(dir, 'same.yaml');
    writeFileSync(file, 'a: 1\n');
    const { calls, parse } = countingParser();
    const first = readOnce('test same', file, parse);
    expect(readOnce('test same', file, parse)).toBe(first);
    expect(calls).toEqual(['a: 1\n']);
  });

  test('is parsed again when its text changes, even within the same millisecond and at the same size', () => {
    const file = join(dir, 'edited.yaml');
    writeFileSync(file, 'a: 1\n');
    const { calls, parse } = countingParser();
    readOnce('test edited', file, parse);
    writeFileSync(file, 'a: 2\n');
    expect(readOnce('test edited', file, parse)).toEqual({ text: 'a: 2\n' });
    expect(calls).toEqual(['a: 1\n', 'a: 2\n']);
  });

  test('keeps nothing of a file that failed, so that it fails for the next reader too', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'a: [\n');
    let calls = 0;
    const parse = () => {
      calls += 1;
      throw new Error(`${file}: ogiltig YAML`);
    };
    expect(() => readOnce('test broken', file, parse)).toThrow(`${file}: ogiltig YAML`);
    expect(() => readOnce('test broken', file, parse)).toThrow(`${file}: ogiltig YAML`);
    expect(calls).toBe(2);
  });

  test('keeps two ways of reading the same file apart', () => {
    const file = join(dir, 'two-ways.yaml');
    writeFileSync(file, 'a: 1\n');
    const checked = readOnce('test checked', file, () => 'checked');
    expect(readOnce('test unchecked', file, () => 'unchecked')).toBe('unchecked');
    expect(readOnce('test checked', file, () => 'again')).toBe(checked);
  });
});
