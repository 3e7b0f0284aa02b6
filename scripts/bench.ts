/**
 * Speed and size, measured and printed (not a test):
 * npm run bench [-- --skip-scale | --scale 2,4,10] [--skip-lighthouse] [--ablation] [--runs N]
 *
 * - build time of this site and of a plain Starlight site with as many pages, and their ratio,
 *   as wall time and as CPU time (user + system of the build and its child processes; on a busy
 *   machine wall time mostly measures the other processes), cold (no build caches, as in CI) and warm
 *   (built again at once)
 * - where the build's time goes: per phase, per integration hook and per kind of page, and with
 *   --ablation the time saved by switching off one feature at a time (UMG_BENCH_SKIP)
 * - bytes of HTML, CSS and JavaScript for a typical chapter, and what a first visit transfers
 * - the Pagefind index size
 * - render time and size of every PDF template
 * - build time of synthetic sites with 2, 4 and 10 times the pages (--scale chooses)
 * - Lighthouse scores for the start page, a chapter and a template page
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createFixtureSite, removeFixtureSite } from '../tooling/fixture-site.ts';
import { chromiumPath, launchChromium } from '../tooling/browser.ts';
import { serveStatic } from '../tooling/static-server.ts';
import { benchmarkPdfs } from './bench-pdf.ts';
import { mdxToProse } from '../src/readability/lix.ts';
import { RESULT_MARK, type BuildResult } from './bench-build.ts';
import { RENDER_CACHE_DIR } from '../src/template-files/render-cache.ts';
import { precachedUrls } from '../src/offline/precache.ts';
import { TRANSLATION_LOCALES } from '../src/i18n/locales.ts';

const args = new Set(process.argv.slice(2));
const root = process.cwd();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const s1 = (value: number) => `${value.toFixed(1)} s`;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const scaleArg = process.argv.indexOf('--scale');
const scales =
  scaleArg > 0
    ? (process.argv[scaleArg + 1] ?? '')
        .split(',')
        .map(Number)
        .filter((times) => times > 1)
    : [2, 4, 10];

interface MeasuredBuild extends BuildResult {
  /** Summed render time per kind of page, in seconds of wall time, from Astro's page log. */
  pages: Record<string, number>;
}

function pageKind(path: string): string {
  if (/^\/mallar\/[^/]+\.pdf$/.test(path)) return 'PDF-mallar';
  if (/^\/mallar\/[^/]+\/index\.html$/.test(path)) return 'mallsidor';
  if (path === '/handboken/hela-handboken/index.html') return 'hela handboken';
  return 'övriga sidor';
}

/** One build in its own process (scripts/bench-build.ts), which reports wall and CPU time per phase. */
function measuredBuild(cwd: string, env: Record<string, string> = {}): MeasuredBuild {
  // Large sites print many warnings; the default 1 MB buffer would kill the build.
  const result = spawnSync(process.execPath, [join(root, 'scripts/bench-build.ts')], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 1024 ** 3,
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith(RESULT_MARK));
  if (result.status !== 0 || !line) throw new Error(`Bygget i ${cwd} misslyckades:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`);
  const pages: Record<string, number> = {};
  for (const [, path, amount, unit] of result.stdout.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    pages[pageKind(path!)] = (pages[pageKind(path!)] ?? 0) + Number(amount) / (unit === 'ms' ? 1000 : 1);
  }
  return { ...(JSON.parse(line.slice(RESULT_MARK.length)) as BuildResult), pages };
}

/** The build with the least CPU time of `runs`: the one least disturbed by other processes. */
function timedBuild(cwd: string, options: { env?: Record<string, string>; before?: () => void } = {}): MeasuredBuild {
  const builds = Array.from({ length: runs }, () => {
    options.before?.();
    return measuredBuild(cwd, options.env);
  });
  return builds.sort((a, b) => a.total.cpu - b.total.cpu)[0]!;
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

/** This site's code with its chapters copied until it has about `times` as many pages. */
function scaledSite(times: number, pageCount: number): string {
  const chapters = globSync('content/docs/**/*.mdx').filter((file) => !file.endsWith('index.mdx'));
  const dir = createFixtureSite();
  // All of content/, not a list of its folders: a list missed content/lagtext, which the legal entries are checked against.
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  // A copied chapter is a Swedish page with a fallback page in every translated language: it adds that many pages.
  const pagesPerCopy = 1 + TRANSLATION_LOCALES.length;
  const extra = Math.round(((times - 1) * pageCount) / pagesPerCopy);
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
  // The page's own weight: the offline copy the service worker fetches afterwards is measured on its own.
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
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
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: (string | number)[][] = [['sida', 'prestanda', 'tillgänglighet', 'bästa praxis', 'SEO']];
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
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

/*
 * Each site is built twice: cold, with the build caches in node_modules removed (Vite's
 * dependency cache, Astro's content store, and here the templates' rendered PDF and Word files),
 * as on a clean clone and in CI; then warm, again at once with the caches the first build left.
 * With --runs N the four builds take turns N times, so that a machine that speeds up or slows
 * down between runs weighs on both sites alike; the build with the least CPU time counts.
 */
const clearCaches = (dir: string) => () => {
  for (const cache of ['node_modules/.astro', 'node_modules/.vite/deps']) rmSync(join(dir, cache), { recursive: true, force: true });
};
const leastCpu = (builds: MeasuredBuild[]) => builds.sort((a, b) => a.total.cpu - b.total.cpu)[0]!;
const turns = {
  siteCold: [] as MeasuredBuild[],
  siteWarm: [] as MeasuredBuild[],
  plainCold: [] as MeasuredBuild[],
  plainWarm: [] as MeasuredBuild[],
};
let plainDir = '';
for (let run = 0; run < runs; run++) {
  clearCaches(root)();
  turns.siteCold.push(measuredBuild(root));
  turns.siteWarm.push(measuredBuild(root));
  plainDir ||= plainStarlightSite(globSync('dist/**/*.html').length);
  rmSync(join(plainDir, 'node_modules'), { recursive: true, force: true });
  turns.plainCold.push(measuredBuild(plainDir));
  turns.plainWarm.push(measuredBuild(plainDir));
}
const pages = globSync('dist/**/*.html').length;
const [siteRun, siteWarm, plainRun, plainWarm] = [turns.siteCold, turns.siteWarm, turns.plainCold, turns.plainWarm].map(leastCpu) as [
  MeasuredBuild,
  MeasuredBuild,
  MeasuredBuild,
  MeasuredBuild,
];
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
console.log(`Byggtid${runs > 1 ? ` (av ${runs} omgångar det bygge som tog minst CPU-tid)` : ''}`);
table([
  ['webbplats', 'sidor', 'bygge', 'väggtid', 'CPU-tid', 'väggtid / ren', 'CPU-tid / ren'],
  ...(
    [
      ['kallt', siteRun, plainRun],
      ['varmt', siteWarm, plainWarm],
    ] as const
  ).flatMap(([kind, site, plain]) => [
    [
      'Umgängeshandboken',
      pages,
      kind,
      s1(site.total.wall),
      s1(site.total.cpu),
      ratio(site.total.wall, plain.total.wall),
      ratio(site.total.cpu, plain.total.cpu),
    ],
    ['ren Starlight-sajt', globSync(`${plainDir}/dist/**/*.html`).length, kind, s1(plain.total.wall), s1(plain.total.cpu), '1.00×', '1.00×'],
  ]),
]);
console.log('Kallt: utan byggets cacher i node_modules, som i en ny klon och i CI. Varmt: samma bygge igen direkt efter, med cacherna kvar.\n');

const builds = [siteRun, plainRun];
const columns = ['Umgängeshandboken', 'ren Starlight'];
const timingRows = (pick: (build: MeasuredBuild) => Record<string, { wall: number; cpu: number }>) =>
  [...new Set(builds.flatMap((build) => Object.keys(pick(build))))]
    .map((key) => [
      key,
      ...builds.flatMap((build) => [pick(build)[key] ? s1(pick(build)[key]!.wall) : '', pick(build)[key] ? s1(pick(build)[key]!.cpu) : '']),
    ])
    .filter((row) => row.slice(1).some((cell) => cell !== '' && cell !== '0.0 s'));
const timingHeader = ['', ...columns.flatMap((column) => [`${column}: vägg`, 'CPU'])];
console.log('Vart tiden går: byggets steg (kalla byggen)');
table([timingHeader, ...timingRows((build) => build.phases)]);
console.log('Vart tiden går: integrationernas krokar (de som tar minst 0,05 s)');
table([timingHeader, ...timingRows((build) => build.hooks)]);
console.log('Vart tiden går: sidor efter sort (väggtid från Astros sidlogg)');
table([
  ['sort', ...columns],
  ...[...new Set(builds.flatMap((build) => Object.keys(build.pages)))].map((kind) => [
    kind,
    ...builds.map((build) => (build.pages[kind] ? s1(build.pages[kind]) : '')),
  ]),
]);

if (args.has('--ablation')) {
  // Each feature switched off in turn (UMG_BENCH_SKIP, read only here and in the site's config),
  // and a cold build that finds the templates' PDF and Word files in the render cache.
  const keepTemplateFiles = () => {
    const cache = join(root, RENDER_CACHE_DIR);
    const aside = join(root, 'node_modules/.umg-bench-mallar');
    rmSync(aside, { recursive: true, force: true });
    if (existsSync(cache)) renameSync(cache, aside);
    clearCaches(root)();
    if (existsSync(aside)) {
      mkdirSync(dirname(cache), { recursive: true });
      renameSync(aside, cache);
    }
  };
  const features: { label: string; env?: Record<string, string>; before: () => void }[] = [
    { label: 'länkkontrollen (starlight-links-validator)', env: { UMG_BENCH_SKIP: 'linksValidator' }, before: clearCaches(root) },
    { label: 'sidan Hela handboken', env: { UMG_BENCH_SKIP: 'wholeHandbook' }, before: clearCaches(root) },
    { label: 'egna Markdown-tillägg (Sätteri)', env: { UMG_BENCH_SKIP: 'markdownPlugins' }, before: clearCaches(root) },
    { label: 'sökindexet (Pagefind)', env: { UMG_BENCH_SKIP: 'pagefind' }, before: clearCaches(root) },
    { label: 'mallarnas PDF- och Word-filer (tagna ur renderingscachen)', before: keepTemplateFiles },
  ];
  const rows: (string | number)[][] = [['avstängt', 'väggtid', 'CPU-tid', 'sparad CPU-tid', 'CPU-tid / ren']];
  for (const { label, env, before } of features) {
    const build = timedBuild(root, { env, before });
    rows.push([
      label,
      s1(build.total.wall),
      s1(build.total.cpu),
      s1(siteRun.total.cpu - build.total.cpu),
      ratio(build.total.cpu, plainRun.total.cpu),
    ]);
  }
  console.log('Vart tiden går: en funktion i taget avstängd');
  table(rows);
  // Leave dist/ as a full build for the measurements below.
  timedBuild(root);
}
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

// What the service worker keeps after the first visit, by kind of file.
const kept = precachedUrls(readFileSync('dist/sw.js', 'utf8'));
const keptKinds = new Map<string, { files: number; bytes: number }>();
for (const url of kept) {
  const kind = url.endsWith('.html')
    ? 'sidor (HTML)'
    : url.startsWith('/pagefind/')
      ? 'sökindex'
      : /\.(pdf|docx)$/.test(url)
        ? 'blanketter (PDF, Word)'
        : 'skript, stilar, ikoner';
  const entry = keptKinds.get(kind) ?? { files: 0, bytes: 0 };
  entry.files += 1;
  entry.bytes += statSync(join('dist', url)).size;
  keptKinds.set(kind, entry);
}
const keptTotal = [...keptKinds.values()].reduce((sum, entry) => sum + entry.bytes, 0);
console.log('Kopian för användning utan nätverk (sw.js)');
table([
  ['innehåll', 'filer', 'storlek'],
  ...[...keptKinds].map(([kind, entry]) => [kind, entry.files, kB(entry.bytes)]),
  ['totalt', kept.length, kB(keptTotal)],
]);

await benchmarkPdfs();

if (!args.has('--skip-scale')) {
  const scaleRow = (label: string, count: number, build: MeasuredBuild) => [
    label,
    count,
    s1(build.total.wall),
    s1(build.total.cpu),
    `${((build.total.cpu * 1000) / count).toFixed(0)} ms`,
  ];
  const scaleRows: (string | number)[][] = [['storlek', 'sidor', 'väggtid', 'CPU-tid', 'CPU-tid per sida'], scaleRow('1×', pages, siteRun)];
  for (const times of scales) {
    const dir = scaledSite(times, pages);
    const build = timedBuild(dir);
    scaleRows.push(scaleRow(`${times}×`, globSync(`${dir}/dist/**/*.html`).length, build));
    removeFixtureSite(dir);
  }
  console.log('Byggtid när webbplatsen växer (PDF renderas i varje kopia)');
  table(scaleRows);
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
