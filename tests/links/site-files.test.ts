import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/security/header-files.ts';
import { prebuiltLibraries } from '../../src/integrations/prebuilt-pdf-libraries.ts';

const require = createRequire(import.meta.url);

test('/.well-known/security.txt names a contact and expires in the future', () => {
  const text = readFileSync('dist/.well-known/security.txt', 'utf8');
  expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
  const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
  expect(expires.getTime()).toBeGreaterThan(Date.now());
});

test('every file of the search index is whole: each decompresses to its end', () => {
  const files = globSync('dist/pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment}');
  expect(files.length).toBeGreaterThan(20);
  const broken = files.filter((file) => {
    try {
      return gunzipSync(readFileSync(file)).length === 0;
    } catch {
      return true;
    }
  });
  expect(broken, 'Pagefind skrev filer som tar slut för tidigt: bygg om webbplatsen').toEqual([]);
});

test('the header files for static hosts carry the same policy, and a year of caching for the hashed files only', () => {
  const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  const nginx = readFileSync('dist/nginx-headers.conf', 'utf8');
  const policy = headersFor(rules, '/')['Content-Security-Policy'];
  expect(policy).toContain("default-src 'self'");
  // Once for the server block, once again in the location for /_astro/, which inherits none of it.
  expect(nginx.split(`add_header Content-Security-Policy "${policy}" always;`)).toHaveLength(3);
  expect(headersFor(rules, '/_astro/print.css')['Content-Security-Policy']).toBe(policy);
  expect(headersFor(rules, '/_astro/print.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersFor(rules, '/handboken/umgangesplanen/')['Cache-Control']).toBeUndefined();
  expect(headersFor(rules, '/sw.js')['Cache-Control']).toBeUndefined();
});

test('every file kept for a year has a content hash in its name', () => {
  const unhashed = globSync('dist/_astro/**/*', { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => !/[.-][A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(name));
  expect(unhashed).toEqual([]);
});

test("the PDF worker loads pdf-lib and fontkit as their authors' browser builds, copied unchanged", () => {
  const [worker, ...others] = globSync('dist/_astro/pdf-worker-*.js');
  expect(others).toEqual([]);
  const imported = [...readFileSync(worker!, 'utf8').matchAll(/import\s*(?:[^"';]*?from\s*)?"(\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
  expect(imported).toHaveLength(Object.keys(prebuiltLibraries).length);
  for (const { file } of Object.values(prebuiltLibraries)) {
    const name = file.split('/').pop()!.replace(/\.js$/, '');
    const address = imported.find((path) => path.startsWith(`/_astro/${name}.`));
    expect(address, `${name} importeras inte av arbetaren`).toBeDefined();
    expect(readFileSync(`dist${address}`)).toEqual(readFileSync(require.resolve(file)));
  }
});
