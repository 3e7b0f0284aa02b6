import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { cachedRender, RENDER_CACHE_DIR } from '../../../src/template-files/render-cache.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'umg-render-cache-'));
  mkdirSync(join(root, 'src/pdf'), { recursive: true });
  writeFileSync(join(root, 'src/pdf/layout.ts'), 'export const margin = 20;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/pdf-lib":{"version":"1.17.1"}}}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const render = (text: string) => vi.fn(async () => new TextEncoder().encode(text));
const cachedFiles = () => readdirSync(join(root, RENDER_CACHE_DIR));

describe('the render cache for template files', () => {
  test('renders once, then gives the same bytes back without rendering', async () => {
    const first = render('%PDF första');
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, template, first))).toBe('%PDF första');
    const second = render('%PDF andra');
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, template, second))).toBe('%PDF första');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  test.each([
    ['a file in src/ changes', 'src/pdf/layout.ts', 'export const margin = 25;\n'],
    ['a file is added to src/', 'src/pdf/fonts.ttf', 'nytt typsnitt'],
    ['a library version changes', 'package-lock.json', '{"packages":{"node_modules/pdf-lib":{"version":"1.17.2"}}}\n'],
  ])('renders again when %s, and keeps only the newest file', async (_, changed, content) => {
    await cachedRender(root, 'pdf', template.id, template, render('gammal'));
    writeFileSync(join(root, changed), content);
    // As an editor saving a file a moment later: these edits keep the size, so the time tells.
    utimesSync(join(root, changed), new Date(), new Date(Date.now() + 5000));
    const again = render('ny');
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, template, again))).toBe('ny');
    expect(again).toHaveBeenCalledTimes(1);
    expect(cachedFiles()).toHaveLength(1);
  });

  test('a build hashes the code once: an edit during it is not looked for', async () => {
    await cachedRender(root, 'pdf', template.id, template, render('första'), { watch: false });
    writeFileSync(join(root, 'src/pdf/layout.ts'), 'export const margin = 30;\n');
    utimesSync(join(root, 'src/pdf/layout.ts'), new Date(), new Date(Date.now() + 5000));
    const during = render('under bygget');
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, template, during, { watch: false }))).toBe('första');
    expect(during).not.toHaveBeenCalled();
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, template, render('i dev')))).toBe('i dev');
  });

  test('renders again when the template changes, and keeps a PDF and a Word document apart', async () => {
    await cachedRender(root, 'pdf', template.id, template, render('pdf'));
    const changed = { ...template, version: `${template.version}-2` };
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, changed, render('ny version')))).toBe('ny version');
    expect(new TextDecoder().decode(await cachedRender(root, 'docx', template.id, template, render('docx')))).toBe('docx');
    const files = cachedFiles();
    expect(files.map((name) => name.split('.').at(-1)).sort()).toEqual(['docx', 'pdf']);
    for (const name of files) expect(name).toMatch(/^alla-falttyper\.[0-9a-f]{24}\.(pdf|docx)$/);
  });

  test('a failed render leaves nothing behind to reuse', async () => {
    await expect(cachedRender(root, 'pdf', template.id, template, () => Promise.reject(new Error('trasig mall')))).rejects.toThrow('trasig mall');
    const next = render('hel');
    expect(new TextDecoder().decode(await cachedRender(root, 'pdf', template.id, template, next))).toBe('hel');
    expect(next).toHaveBeenCalledTimes(1);
  });
});
