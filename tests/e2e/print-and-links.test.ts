import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openPdf } from '../support/pdfjs.ts';
import { useBrowser } from '../support/page.ts';
import { parse } from 'yaml';
import { siteUrl } from '../../src/site.ts';
import { formatDate } from '../../src/registry/format.ts';

const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!) as { title: string; reviewed: string; sidebar: { order: number } };

const { open, baseUrl } = useBrowser();

async function pdfText(bytes: Buffer, pageNumber?: number): Promise<string> {
  const pdf = await openPdf(bytes);
  const pages = pageNumber ? [pageNumber] : Array.from({ length: pdf.numPages }, (_, index) => index + 1);
  const texts = await Promise.all(
    pages.map(async (number) =>
      ((await (await pdf.getPage(number)).getTextContent()).items as { str?: string }[]).map((item) => item.str ?? '').join(' '),
    ),
  );
  return texts.join('\n').replace(/\s+/g, ' ');
}

describe('printing', () => {
  test('a chapter printed to PDF has no navigation, and its first page shows title, address and review date', async () => {
    const page = await open('/handboken/umgangesplanen/');
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    const first = await pdfText(bytes, 1);
    expect(first).toContain('Umgängesplanen');
    expect(first).toContain(`Adress: ${new URL('/handboken/umgangesplanen/', siteUrl).href}`);
    expect(first).toContain(`Senast granskad ${formatDate(new Date(frontmatter('content/docs/handboken/umgangesplanen.mdx').reviewed))}`);
    const all = await pdfText(bytes);
    for (const navigation of ['På den här sidan', 'Hoppa till innehållet', 'Kopiera länk', 'Föregående', 'Nästa']) {
      expect(all, navigation).not.toContain(navigation);
    }
    // Long addresses wrap across lines in print, so compare without white space.
    expect(all.replace(/\s/g, '')).toContain(`(${new URL('/mallar/umgangesplan/', siteUrl).href})`);
    await page.close();
  });

  test('the whole handbook holds every chapter, in order, with a table of contents', async () => {
    const chapters = globSync('content/docs/handboken/*.mdx')
      .filter((file) => !file.endsWith('index.mdx'))
      .map((file) => {
        const { title, sidebar } = frontmatter(file);
        return { title, order: sidebar.order };
      })
      .sort((a, b) => a.order - b.order);
    const page = await open('/handboken/hela-handboken/');
    const headings = await page.locator('.whole-handbook-chapter > h2').allTextContents();
    expect(headings).toEqual(chapters.map((chapter) => chapter.title));
    expect(await page.locator('.whole-handbook-toc li').allTextContents()).toEqual(chapters.map((chapter) => chapter.title));
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);
    await page.close();
  });
});

describe('copy link', () => {
  test('one tab stop per heading: the anchor link copies the section address by keyboard and says so', async () => {
    const page = await open('/handboken/umgangesplanen/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const wrapper = page.locator('.sl-markdown-content .sl-heading-wrapper').first();
    await wrapper.waitFor();
    const focusable = await wrapper.evaluate((element) => element.querySelectorAll('a[href], button, [tabindex]').length);
    expect(focusable, 'one focusable element beside each heading').toBe(1);
    const link = wrapper.locator('a.sl-anchor-link');
    const id = await wrapper.evaluate((element) => element.querySelector('h2, h3')!.id);
    await expect.poll(() => link.textContent()).toMatch(/^Kopiera länk till avsnittet /);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/handboken/umgangesplanen/#${id}`);
    await expect.poll(() => page.locator('p[role="status"].sr-only').textContent()).toMatch(/^Länken till avsnittet .+ är kopierad\.$/);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await page.close();
  });
});

describe('training handouts', () => {
  test.each(globSync('content/docs/utbildning/*-utdelning.mdx').map((file) => `/utbildning/${file.split('/').pop()!.replace('.mdx', '')}/`))(
    '%s prints on one A4 page',
    async (path) => {
      const page = await open(path);
      const pdf = await openPdf(await page.pdf({ format: 'A4' }));
      expect(pdf.numPages).toBe(1);
      await page.close();
    },
  );
});
