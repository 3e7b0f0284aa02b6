/** Screenshots built pages for a person to look at: npm run screenshot -- /handboken/ [--phone] [--dark] [--print] */
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../tooling/static-server.ts';
import { launchChromium } from '../tooling/browser.ts';

const args = process.argv.slice(2);
const paths = args.filter((arg) => arg.startsWith('/'));
const phone = args.includes('--phone');
const dark = args.includes('--dark');
const print = args.includes('--print');
const server = await serveStatic('dist');
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  const page = await browser.newPage({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
  });
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(server.url + path);
    if (print) await page.emulateMedia({ media: 'print' });
    const name = `screenshots/${path.replace(/\W+/g, '_') || 'start'}${phone ? '-phone' : ''}${dark ? '-dark' : ''}${print ? '-print' : ''}.png`;
    await page.screenshot({ path: name, fullPage: args.includes('--full') });
    console.log(name);
  }
} finally {
  await browser.close();
  await server.close();
}
