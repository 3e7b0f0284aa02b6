import { expect, test } from 'vitest';
import { chromiumPath } from '../../../tooling/browser.ts';

test('the end-to-end tests say clearly when no Chromium is found', () => {
  expect(() => chromiumPath(['/finns/inte/chromium'])).toThrow(
    'Chromium hittades inte (sökte i /finns/inte/chromium). Installera Debians paket med "apt-get install chromium" eller peka ut webbläsaren med CHROME_PATH.',
  );
});
