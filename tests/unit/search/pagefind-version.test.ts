import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies;
const major = (semver: string) => semver.split('.')[0];

/*
 * The search UI (@pagefind/default-ui) calls the pagefind.js that the indexer writes beside its index. Both are
 * pinned exactly, so that neither moves without the other being looked at. Pagefind 1.6.0 has no default-ui of its
 * own; its 1.5.2 indexer once wrote wasm.unknown.pagefind cut off at 64 KiB (search in Somali, Dari and Tigrinya
 * then failed), so the indexer stays at 1.6.0 beside the newest UI, of the same major version.
 */
describe('Pagefind', () => {
  test('the indexer and the search UI are pinned exactly, to the same major version', () => {
    expect(declared['pagefind']).toBe(version('pagefind'));
    expect(declared['@pagefind/default-ui']).toBe(version('@pagefind/default-ui'));
    expect(major(version('@pagefind/default-ui'))).toBe(major(version('pagefind')));
  });
});
