import { serveStatic } from './src/tooling/static-server.ts';
import { launchChromium } from './src/tooling/browser.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const p of ['modul-1-utdelning','modul-2-utdelning','modul-3-utdelning','modul-4-utdelning']) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/utbildning/${p}/`);
  const buf = await page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(buf) }).promise;
  let extra = '';
  if (doc.numPages > 1) { const pg = await doc.getPage(2); const tc = await pg.getTextContent(); extra = tc.items.map((i: any) => i.str).join(' ').slice(0, 300); }
  console.log(p, doc.numPages, extra);
  await page.close();
}
await browser.close(); await server.close();
