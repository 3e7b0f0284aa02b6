import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkLinkContract, newLinks, readPublishedLinks, type LinkMap } from '../../src/navigation/link-contract.ts';
import { redirects } from '../../src/navigation/redirects.ts';

const contract: LinkMap = JSON.parse(readFileSync('content/published-links.json', 'utf8'));
const published = readPublishedLinks('dist');

describe('the built site keeps its published links', () => {
  test('every address and anchor in content/published-links.json still answers', () => {
    expect(checkLinkContract(contract, published, redirects)).toEqual([]);
  });

  test('every published address and anchor is in the contract (npm run link-contract adds them)', () => {
    expect(newLinks(contract, published)).toEqual({});
  });

  test('the contract covers the sections, registries and the whole handbook', () => {
    for (const path of [
      '/',
      '/handboken/',
      '/manualer/',
      '/mallar/',
      '/utbildning/',
      '/lattlast/',
      '/om/',
      '/handboken/hela-handboken/',
      '/mallar/umgangesplan/',
    ]) {
      expect(contract[path], path).toBeDefined();
    }
    expect(contract['/om/lagrum/']).toContain('lvu-umgange');
    expect(contract['/om/ordlista/']).toContain('lvu');
    expect(contract['/om/']).toContain('kalla-qrut-slutrapport-2017');
  });
});

// Lättläst and the pages for children and young people name their handbook chapters (frontmatter `handbook`);
// each chapter links back under its title, in the line for that group of readers.
describe.each([
  { section: 'lattlast', backLink: 'page-easy-read', label: 'Lättläst för föräldrar och familjehem' },
  { section: 'barn', backLink: 'page-easy-read page-for-children', label: 'För barn 7–12 år' },
  { section: 'unga', backLink: 'page-easy-read page-for-young', label: 'För unga 13–17 år' },
])('$section and the handbook point to each other', ({ section, backLink, label }) => {
  const pages = readdirSync(`content/docs/${section}`).filter((name) => name !== 'index.mdx');

  test.each(pages)('%s', (name) => {
    const source = readFileSync(`content/docs/${section}/${name}`, 'utf8');
    const chapters = /^handbook: \[(.+)\]$/m.exec(source)?.[1]?.split(', ') ?? [];
    expect(chapters.length, 'frontmatter handbook saknas').toBeGreaterThan(0);
    const path = `/${section}/${name.replace('.mdx', '')}/`;
    const page = readFileSync(`dist${path}index.html`, 'utf8');
    for (const chapter of chapters) {
      expect(page, `${path} länkar till ${chapter}`).toContain(`href="${chapter}"`);
      const chapterHtml = readFileSync(`dist${chapter}index.html`, 'utf8');
      expect(chapterHtml, `${chapter} länkar tillbaka till ${path}`).toMatch(
        new RegExp(`<p class="${backLink}"[^>]*>${label}:(?:(?!</p>)[\\s\\S])*href="${path}"`),
      );
    }
  });
});
