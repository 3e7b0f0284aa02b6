import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lix, mdxToProse } from '../../../src/readability/lix.ts';
import { lixLimitFor } from '../../../src/readability/limits.ts';

describe('LIX', () => {
  test('counts words per sentence plus the share of long words', () => {
    // 8 words, 2 sentences, 4 words longer than six letters: 8/2 + 100*4/8 = 54
    expect(lix('Barnet träffar mamma. Umgänget fungerar bra i familjehemmet.')).toEqual({ words: 8, sentences: 2, longWords: 4, lix: 54 });
  });

  test('reads the prose of MDX, not its markup', () => {
    const prose = mdxToProse('---\ntitle: x\n---\n## Rubrik\n\nSe <Lagrum id="lvu-umgange" /> och [mallen](/mallar/umgangesplan/).\n');
    expect(prose).not.toMatch(/Lagrum|mallar|title/);
    expect(prose).toContain('mallen');
  });

  test('limits: 25 for children, 30 for young people and Lättläst, 45 for the handbook and manuals', () => {
    expect(lixLimitFor('content/docs/barn/om-nagot-kanns-fel.mdx')).toBe(25);
    expect(lixLimitFor('content/docs/barn/index.mdx')).toBe(25);
    expect(lixLimitFor('content/docs/unga/dina-rattigheter.mdx')).toBe(30);
    expect(lixLimitFor('content/docs/unga/index.mdx')).toBe(30);
    expect(lixLimitFor('content/docs/lattlast/vad-ar-umgange.mdx')).toBe(30);
    expect(lixLimitFor('content/docs/handboken/umgangesplanen.mdx')).toBe(45);
    expect(lixLimitFor('content/docs/manualer/avbryta-ett-umgange.mdx')).toBe(45);
    expect(lixLimitFor('content/docs/om/index.mdx')).toBeUndefined();
  });
});

describe('every page stays within its LIX limit', () => {
  const pages = globSync('content/docs/**/*.mdx').filter((file) => lixLimitFor(file) !== undefined);

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  test('the pages for children and for young people are among them', () => {
    expect(pages.filter((file) => file.includes('/docs/barn/')).length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((file) => file.includes('/docs/unga/')).length).toBeGreaterThanOrEqual(6);
  });

  test("a text in long sentences of long words breaks the children's limit", () => {
    const text = 'Socialsekreteraren förklarar umgängesbegränsningen och överklagandeprocessen för familjehemsföräldrarna.\n';
    expect(lix(mdxToProse(text)).lix).toBeGreaterThan(lixLimitFor('content/docs/barn/index.mdx')!);
  });

  test.each(pages)('%s', (file) => {
    const result = lix(mdxToProse(readFileSync(file, 'utf8')));
    expect(result.lix).toBeLessThanOrEqual(lixLimitFor(file)!);
  });
});
