import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies;

describe('Pagefind', () => {
  test('the search UI is the version of the indexer that builds the index it reads, both pinned', () => {
    expect(version('@pagefind/default-ui')).toBe(version('pagefind'));
    expect(declared['pagefind']).toBe(version('pagefind'));
    expect(declared['@pagefind/default-ui']).toBe(version('pagefind'));
  });
});
