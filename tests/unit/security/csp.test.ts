import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  parseHeadersFile,
  securityHeaders,
  toHeadersFile,
  toNginxSnippet,
} from '../../../src/security/csp.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  test('hashes inline code, not external scripts or JSON data', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });

  test('allows no eval and no foreign origin', () => {
    const policy = contentSecurityPolicy([sha('a()')]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/https?:/);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}`);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test('the _headers file reads back to the same headers, and nginx gets the same values', () => {
    const headers = securityHeaders([sha('a()')]);
    expect(parseHeadersFile(toHeadersFile(headers))).toEqual(headers);
    expect(toNginxSnippet(headers)).toContain(`add_header Referrer-Policy "no-referrer" always;`);
  });
});
