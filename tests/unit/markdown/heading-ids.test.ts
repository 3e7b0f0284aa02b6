import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { headingIds, slugify } from '../../../src/markdown/heading-ids.ts';

describe('heading ids', () => {
  test.each([
    ['Gör planen tillsammans', 'gor-planen-tillsammans'],
    ['Före, under och efter umgänget', 'fore-under-och-efter-umganget'],
    ['Vem gör vad?', 'vem-gor-vad'],
    ['LVU – begränsning av umgänge', 'lvu-begransning-av-umgange'],
    ['Café & idé', 'cafe-ide'],
  ])('%s -> #%s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test('a heading keeps an id given by hand, and repeated headings get unique ids', async () => {
    const { code } = await mdxToJs('## Frågor\n\n## Gör planen tillsammans {/* #fragor */}\n\n## Frågor\n', { hastPlugins: [headingIds] });
    expect(code).toContain('id: "fragor"');
    // The hand-given id is taken even by a later heading: the first "Frågor" steps aside.
    expect(code).toContain('id: "fragor-1"');
    expect(code).toContain('id: "fragor-2"');
    // The comment and the space before it are gone from the heading's text.
    expect(code).toContain('"Gör planen tillsammans"');
    expect(code).not.toContain('#fragor */');
  });
});
