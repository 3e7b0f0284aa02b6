import { existsSync, globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mdxToProse } from '../../../src/readability/lix.ts';

const pagesIn = (section: string) =>
  globSync(`content/docs/${section}/*.mdx`)
    .filter((file) => !file.endsWith('/index.mdx'))
    .sort();
const body = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .trim();

describe('every handbook chapter', () => {
  test.each(pagesIn('handboken'))('%s has its summary, steps, example and discussion questions', (file) => {
    const text = body(file);
    expect(text.startsWith(':::tip[I korthet]'), 'börjar med I korthet').toBe(true);
    expect(text, 'checklista eller steg').toMatch(/^- \[ \] |<Steps>|^\d+\. /m);
    expect(text, 'fiktivt exempel').toMatch(/:::note\[Fiktivt exempel/);
    const questions = text.split(/^## Frågor att diskutera\s*$/m)[1];
    expect(questions, 'Frågor att diskutera').toBeDefined();
    expect(questions!.match(/^(\d+\.|-) /gm)?.length ?? 0, 'minst tre frågor').toBeGreaterThanOrEqual(3);
  });
});

describe('every manual', () => {
  test.each(pagesIn('manualer'))('%s is a procedure with roles, what to bring and a template', (file) => {
    const text = body(file);
    expect(text.startsWith(':::tip[I korthet]')).toBe(true);
    expect(text).toContain('## Vem gör vad');
    expect(text).toContain('## Det här behöver du');
    expect(text).toMatch(/<Steps>\s*\n+1\. /);
    expect(text).toMatch(/\]\(\/mallar\/[a-z-]+\/\)/);
    expect(text).toMatch(/:::note\[Fiktivt exempel/);
  });
});

describe('every training module', () => {
  test.each(pagesIn('utbildning').filter((file) => !file.includes('utdelning')))('%s has goals, reading, an exercise and a handout', (file) => {
    const text = body(file);
    for (const heading of ['## Lärandemål', '## Läs före', '## Diskussionsfrågor', '## Övning', '## Utdelningsblad'])
      expect(text, heading).toContain(heading);
    expect(text).toMatch(/:::note\[Fiktivt fall/);
  });
});

describe('the pages for children (7–12) and young people (13–17)', () => {
  const sections = [
    { section: 'barn', audience: 'barn', maxWords: 350 },
    { section: 'unga', audience: 'unga', maxWords: 450 },
  ];
  const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
  // The box of laws at the end is for the adult who helps, not for the child: it does not count.
  const words = (file: string) =>
    mdxToProse(readFileSync(file, 'utf8').replace(/<LagrumForVuxna>[\s\S]*?<\/LagrumForVuxna>/, '')).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

  test('only pages in docs/barn and docs/unga are marked as written for children or young people', () => {
    const marked = globSync('content/docs/**/*.mdx')
      .filter((file) => (frontmatter(file).audience as string[]).some((audience) => audience === 'barn' || audience === 'unga'))
      .map((file) => file.split('/').slice(-2, -1)[0]);
    expect(new Set(marked)).toEqual(new Set(['barn', 'unga']));
  });

  describe.each(sections)('$section', ({ section, audience, maxWords }) => {
    const all = globSync(`content/docs/${section}/*.mdx`).sort();
    const pages = pagesIn(section);

    test('has an index and at least four pages', () => {
      expect(all).toContain(`content/docs/${section}/index.mdx`);
      expect(pages.length).toBeGreaterThanOrEqual(4);
    });

    test.each(all)('%s is marked for its readers, short, in heading order, without emoji or layout tricks', (file) => {
      const data = frontmatter(file);
      expect(data.audience, 'audience').toEqual([audience]);
      expect(data.reviewed, 'reviewed').toBeDefined();
      expect((data.sidebar as { order?: number } | undefined)?.order, 'sidebar.order').toBeTypeOf('number');
      expect(words(file), 'kort sida').toBeLessThanOrEqual(maxWords);
      const text = body(file);
      const levels = [...text.matchAll(/^(#{1,6}) /gm)].map((match) => match[1]!.length);
      expect(levels[0], 'första rubriken är en h2').toBe(2);
      levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 1), 'rubriknivåer i ordning').toBeLessThanOrEqual(1));
      // A screen reader reads emoji aloud by name, and tables, columns and tabs change the reading order.
      expect(text, 'emoji').not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text, 'layout').not.toMatch(/^\||<(div|table|Tabs|CardGrid|Card)\b|style=/m);
      expect(text, 'nedsättande ord').not.toMatch(/missbrukar|knarkare|alkis/i);
    });

    test.each(pages)('%s names the handbook chapters on its subject and links to them', (file) => {
      const chapters = (frontmatter(file).handbook as string[] | undefined) ?? [];
      expect(chapters.length, 'handbook').toBeGreaterThan(0);
      for (const chapter of chapters) {
        expect(existsSync(`content/docs${chapter.replace(/\/$/, '.mdx')}`), chapter).toBe(true);
        expect(body(file), `länk till ${chapter}`).toContain(`](${chapter})`);
      }
    });

    test('the index links to every page and to help at any hour', () => {
      const index = body(`content/docs/${section}/index.mdx`);
      for (const page of pages) expect(index, page).toContain(`](/${section}/${page.split('/').pop()!.replace('.mdx', '')}/)`);
      expect(index).toContain('116 111');
      expect(index).toContain('112');
    });
  });
});

describe('the pages for parents, children and young people state the law without paragraph numbers', () => {
  const plainPages = ['lattlast', 'barn', 'unga'].flatMap((section) => globSync(`content/docs/${section}/*.mdx`)).sort();
  const box = /<LagrumForVuxna>([\s\S]*?)<\/LagrumForVuxna>/;

  test.each(plainPages)('%s has no paragraph number in its running text, and names its laws in the box at the end', (file) => {
    const text = body(file);
    const running = text.replace(box, '');
    expect(running, 'paragrafnummer i löptexten').not.toMatch(/§|\d+ kap\.|\bstycket\b/);
    expect(running, '<Lagrum> i löptexten').not.toMatch(/<Lagrum\b/);
    expect(running, 'den lättlästa lydelsen av en regel').not.toMatch(/<Regel(?![^>]*\blattlast\b)[^>]*>/);
    const laws = box.exec(text);
    if (laws) {
      expect(text.trimEnd().endsWith('</LagrumForVuxna>'), 'rutan står sist på sidan').toBe(true);
      expect(laws[1], 'rutan hänvisar till lagrum').toMatch(/<Lagrum id="[a-z0-9-]+" \/>/);
    }
  });

  test('the pages that explain rights and decisions name their laws for the adult who helps', () => {
    for (const file of [
      'content/docs/lattlast/dina-rattigheter-vid-lvu.mdx',
      'content/docs/lattlast/om-du-blir-ombedd-att-lamna-prov.mdx',
      'content/docs/unga/dina-rattigheter.mdx',
    ]) {
      expect(body(file), file).toMatch(box);
    }
  });
});
