import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../../../src/security/csp.ts';
import { headerRules, headersFor, parseHeadersFile, toHeadersFile, toNginxSnippet } from '../../../src/security/header-files.ts';

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
});

describe('the header files for static hosts', () => {
  const rules = headerRules([sha('a()')]);

  test('the _headers file reads back to the same rules', () => {
    expect(parseHeadersFile(toHeadersFile(rules))).toEqual(rules);
  });

  test('every address gets the security headers; only /_astro/ is kept for a year', () => {
    const security = securityHeaders([sha('a()')]);
    expect(headersFor(rules, '/handboken/')).toEqual(security);
    expect(headersFor(rules, '/_astro/page.js')).toEqual({ ...security, 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(headersFor(rules, '/_astro')).toEqual(security);
    expect(headersFor(rules, '/mallar/_astro/x.js')).toEqual(security);
  });

  test('nginx repeats the security headers in the location that adds caching, since a location inherits none', () => {
    const snippet = toNginxSnippet(rules);
    const [server, location] = snippet.split('location ^~ /_astro/ {');
    expect(server).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(server).not.toContain('Cache-Control');
    expect(location).toContain('  add_header Referrer-Policy "no-referrer" always;');
    expect(location).toContain('  add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(location!.trimEnd().endsWith('}')).toBe(true);
  });
});
