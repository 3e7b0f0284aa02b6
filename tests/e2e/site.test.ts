import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/page.ts';
import { formatDate } from '../../src/registry/format.ts';

const { open } = useBrowser();

const sections = [
  { label: 'För barn och unga', path: '/barn/' },
  { label: 'Handboken', path: '/handboken/' },
  { label: 'Manualer', path: '/manualer/' },
  { label: 'Mallar', path: '/mallar/' },
  { label: 'Utbildning', path: '/utbildning/' },
  { label: 'Lättläst (för föräldrar och familjehem)', path: '/lattlast/' },
  { label: 'Om handboken', path: '/om/' },
];

describe('the start page', () => {
  test('renders in Swedish with a way in for each user group', async () => {
    const page = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('h1').first().textContent()).toBe('Umgängeshandboken');
    for (const group of ['socialsekreterare', 'arbetar i en kommun', 'utbildar', 'förälder', 'familjehem']) {
      await expect(page.getByRole('heading', { name: new RegExp(group) }).count()).resolves.toBe(1);
    }
    // Children and young people find their pages before the sections for adults.
    for (const [path, name] of [
      ['/barn/', /barn och bor i familjehem/],
      ['/unga/', /ung och bor i familjehem/],
    ] as const) {
      const link = page.getByRole('link', { name });
      await expect(link.getAttribute('href'), path).resolves.toBe(path);
      const beforeFirstHeading = await link.evaluate((anchor) => {
        const heading = document.querySelector('main h2')!;
        return !!(anchor.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(beforeFirstHeading, `${path} står före rubrikerna för vuxna`).toBe(true);
    }
    // Every easy-to-read page is one click from the start page.
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    for (const file of globSync('content/docs/lattlast/*.mdx')) {
      const path = file.endsWith('index.mdx') ? '/lattlast/' : `/lattlast/${file.split('/').pop()!.replace('.mdx', '')}/`;
      expect(links, path).toContain(path);
    }
    await page.close();
  });
});

describe('the sidebar', () => {
  test('holds every section, each with its index page at its lasting address', async () => {
    const page = await open('/handboken/');
    const sidebar = page.locator('#starlight__sidebar');
    for (const section of sections) {
      await expect(
        sidebar
          .locator('summary')
          .filter({ hasText: new RegExp(`^\\s*${section.label.replace(/[()]/g, '\\$&')}\\s*$`) })
          .count(),
        section.label,
      ).resolves.toBe(1);
      await expect(sidebar.locator(`a[href="${section.path}"]`).count(), section.path).resolves.toBe(1);
    }
    await page.close();
  });

  test('every section index page says what the section is for', async () => {
    const page = await open('/');
    for (const section of sections) {
      const response = await page.goto(new URL(section.path, page.url()).href);
      expect(response?.status(), section.path).toBe(200);
      expect((await page.locator('main p').first().textContent())?.length ?? 0, section.path).toBeGreaterThan(40);
    }
    await page.close();
  });
});

describe('printing a page', () => {
  test('shows the content without sidebar or header, with address and review date', async () => {
    const page = await open('/handboken/umgangesplanen/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.header', 'nav.sidebar', '.right-sidebar-container']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('.page-meta-address').textContent()).resolves.toMatch(/^Adress: https?:\/\/.+\/handboken\/umgangesplanen\/$/);
    const reviewed = /^reviewed: (\S+)$/m.exec(readFileSync('content/docs/handboken/umgangesplanen.mdx', 'utf8'))![1]!;
    await expect(page.locator('.page-meta-reviewed').textContent()).resolves.toBe(`Senast granskad ${formatDate(new Date(reviewed))}`);
    await page.close();
  });
});

describe('small screens and zoom', () => {
  test.each(['/handboken/umgangesplanen/', '/mallar/umgangesplan/', '/lattlast/vad-ar-umgange/', '/om/lagrum/'])(
    '%s reflows at 320 CSS pixels without sideways scrolling',
    async (path) => {
      const page = await open(path, { viewport: { width: 320, height: 800 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});
