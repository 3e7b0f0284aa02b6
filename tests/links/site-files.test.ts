import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseHeadersFile } from '../../src/security/csp.ts';

test('/.well-known/security.txt names a contact and expires in the future', () => {
  const text = readFileSync('dist/.well-known/security.txt', 'utf8');
  expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
  const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
  expect(expires.getTime()).toBeGreaterThan(Date.now());
});

test('the header files for static hosts carry the same policy', () => {
  const headers = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  const nginx = readFileSync('dist/nginx-headers.conf', 'utf8');
  expect(nginx).toContain(`add_header Content-Security-Policy "${headers['Content-Security-Policy']}" always;`);
});
