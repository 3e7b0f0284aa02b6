import { describe, expect, test } from 'vitest';
import { requireBuiltSite } from '../../support/built-site.ts';

describe('the tests that read the built site', () => {
  test('stop with one message naming what is missing when the site is not built', () => {
    expect(() =>
      requireBuiltSite(['tests/fixtures/logo.png', 'tests/fixtures/no-such-build/index.html', 'tests/fixtures/no-such-build/sw.js']),
    ).toThrow('Bygg webbplatsen först (npm run build): tests/fixtures/no-such-build/index.html, tests/fixtures/no-such-build/sw.js saknas.');
    expect(() => requireBuiltSite(['tests/fixtures/logo.png'])).not.toThrow();
  });
});
