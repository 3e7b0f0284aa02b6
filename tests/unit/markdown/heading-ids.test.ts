import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { rehypeAsciiHeadingIds, remarkExplicitHeadingIds, slugify } from '../../../src/markdown/heading-ids.ts';

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
    const html = String(
      await compile('## Gör planen tillsammans {/* #planera */}\n\n## Frågor\n\n## Frågor\n', {
        remarkPlugins: [remarkExplicitHeadingIds],
        rehypePlugins: [rehypeAsciiHeadingIds],
        outputFormat: 'function-body',
      }),
    );
    expect(html).toContain('id: "planera"');
    expect(html).toContain('"Gör planen tillsammans"');
    expect(html).toContain('id: "fragor"');
    expect(html).toContain('id: "fragor-1"');
  });
});
