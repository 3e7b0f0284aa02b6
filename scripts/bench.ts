/**
 * Speed and size, measured and printed (not a test): npm run bench [-- --skip-scale] [--skip-lighthouse]
 *
 * - build time of this site and of a plain Starlight site with as many pages, and their ratio
 * - bytes of HTML, CSS and JavaScript for a typical chapter, and what a first visit transfers
 * - the Pagefind index size
 * - render time and size of every PDF template
 * - build time of synthetic sites with 10 and 100 times the pages
 * - Lighthouse scores for the start page, a chapter and a template page
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createFixtureSite, removeFixtureSite } from '../src/tooling/fixture-site.ts';
import { chromiumPath, launchChromium } from '../src/tooling/browser.ts';
import { serveStatic } from '../src/tooling/static-server.ts';
import { benchmarkPdfs } from './bench-pdf.ts';
import { mdxToProse } from '../src/readability/lix.ts';

const args = new Set(process.argv.slice(2));
const root = process.cwd();
const astro = join(root, 'node_modules/.bin/astro');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function timedBuild(cwd: string): number {
  const start = performance.now();
  // Large sites print many warnings; the default 1 MB buffer would kill the build.
  const result = spawnSync(astro, ['build'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1024 ** 3 });
  if (result.status !== 0) throw new Error(`Bygget i ${cwd} misslyckades:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`);
  return performance.now() - start;
}

function table(rows: (string | number)[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(row.map((cell, column) => String(cell).padEnd(widths[column]!)).join('  '));
  console.log();
}

/** A Starlight site with nothing added: the same pages' text as plain Markdown. */
function plainStarlightSite(pageCount: number): string {
  const dir = join(root, 'tests/.sites/bench-plain');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Jämförelse', locales: { root: { label: 'Svenska', lang: 'sv' } } })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  // Vite decides what to bundle from the dependencies a package.json lists, so list them.
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const plainDependencies = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'module', private: true, dependencies: plainDependencies }, null, 2)}\n`);
  const sources = globSync('content/docs/**/*.mdx').sort();
  for (let index = 0; index < pageCount; index++) {
    const source = readFileSync(sources[index % sources.length]!, 'utf8');
    const title = /^title: (.+)$/m.exec(source)?.[1] ?? `Sida ${index}`;
    writeFileSync(join(dir, `src/content/docs/sida-${index}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${mdxToProse(source)}\n`);
  }
  return dir;
}

/** This site's code with its pages copied until it has about `times` as many. */
function scaledSite(times: number, pageCount: number): string {
  const chapters = globSync('content/docs/**/*.mdx').filter((file) => !file.endsWith('index.mdx'));
  const dir = createFixtureSite();
  for (const folder of ['lagrum', 'kallor', 'ordlista']) cpSync(join(root, 'content', folder), join(dir, 'content', folder), { recursive: true });
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(root, 'content/docs'), join(dir, 'content/docs'), { recursive: true });
  const extra = Math.round((times - 1) * pageCount);
  for (let index = 0; index < extra; index++) {
    const chapter = chapters[index % chapters.length]!;
    const target = join(dir, 'content/docs/kopior', `${Math.floor(index / chapters.length) + 1}`, chapter.replace('content/docs/', ''));
    mkdirSync(join(target, '..'), { recursive: true });
    // Copies link only to pages that exist in the original tree, so the link check still holds.
    writeFileSync(target, readFileSync(chapter, 'utf8'));
  }
  return dir;
}

async function pageWeight(url: string) {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const sizes = { html: 0, css: 0, js: 0, other: 0, gzip: 0 };
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.request().resourceType();
    const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    sizes[key] += body.length;
    sizes.gzip += gzipSync(body).length;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await browser.close();
  return sizes;
}

async function lighthouseScores(urls: Record<string, string>) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: (string | number)[][] = [['sida', 'prestanda', 'tillgänglighet', 'bästa praxis', 'SEO']];
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result!.lhr.categories;
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      rows.push([name, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

console.log('Umgängeshandboken – mätningar\n');

const siteBuild = timedBuild(root);
const pages = globSync('dist/**/*.html').length;
const plainDir = plainStarlightSite(pages);
const plainBuild = timedBuild(plainDir);
console.log('Byggtid');
table([
  ['webbplats', 'sidor', 'byggtid'],
  ['Umgängeshandboken', pages, seconds(siteBuild)],
  ['ren Starlight-sajt', globSync(`${plainDir}/dist/**/*.html`).length, seconds(plainBuild)],
  ['kvot', '', `${(siteBuild / plainBuild).toFixed(2)}×`],
]);
rmSync(plainDir, { recursive: true, force: true });

const server = await serveStatic('dist');
const chapter = await pageWeight(`${server.url}/handboken/umgangesplanen/`);
const template = await pageWeight(`${server.url}/mallar/umgangesplan/`);
console.log('Sidvikt vid första besöket (okomprimerat; överfört med gzip)');
table([
  ['sida', 'HTML', 'CSS', 'JavaScript', 'övrigt', 'totalt', 'med gzip'],
  ...[
    ['kapitel /handboken/umgangesplanen/', chapter],
    ['mall /mallar/umgangesplan/', template],
  ].map(([name, size]) => {
    const s = size as typeof chapter;
    return [name as string, kB(s.html), kB(s.css), kB(s.js), kB(s.other), kB(s.html + s.css + s.js + s.other), kB(s.gzip)];
  }),
]);

const pagefindBytes = globSync('dist/pagefind/**/*').reduce((sum, file) => sum + (statSync(file).isFile() ? statSync(file).size : 0), 0);
console.log(`Pagefind-index: ${kB(pagefindBytes)} i ${globSync('dist/pagefind/**/*').length} filer\n`);

await benchmarkPdfs();

if (!args.has('--skip-scale')) {
  const scaleRows: (string | number)[][] = [['storlek', 'sidor', 'byggtid', 'tid per sida']];
  for (const times of [10, 100]) {
    const dir = scaledSite(times, pages);
    const ms = timedBuild(dir);
    const count = globSync(`${dir}/dist/**/*.html`).length;
    scaleRows.push([`${times}×`, count, seconds(ms), `${(ms / count).toFixed(0)} ms`]);
    removeFixtureSite(dir);
  }
  console.log('Byggtid när webbplatsen växer');
  table([scaleRows[0]!, ['1×', pages, seconds(siteBuild), `${(siteBuild / pages).toFixed(0)} ms`], ...scaleRows.slice(1)]);
}

if (!args.has('--skip-lighthouse')) {
  console.log('Lighthouse (mobil, simulerad strypning)');
  table(
    await lighthouseScores({
      start: `${server.url}/`,
      kapitel: `${server.url}/handboken/umgangesplanen/`,
      mall: `${server.url}/mallar/umgangesplan/`,
    }),
  );
}
await server.close();
