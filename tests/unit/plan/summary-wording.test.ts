import { describe, expect, test } from 'vitest';
import { lixLimitFor } from '../../../src/readability/limits.ts';
import { lix } from '../../../src/readability/lix.ts';
import { CHILD_WORDING, fixedWording } from '../../../src/plan/summary-content.ts';

/* The summaries' own words are held to the limits of the site's pages for the same readers. */
const limits = {
  parent: lixLimitFor('content/docs/lattlast/umgangesplanen.mdx')!,
  '7-12': lixLimitFor('content/docs/barn/index.mdx')!,
  '13-17': lixLimitFor('content/docs/unga/index.mdx')!,
} as const;

describe('the fixed wording of the plan summaries', () => {
  test.each(Object.entries(limits))('%s is within the easy-to-read limit', (audience, limit) => {
    const wording = fixedWording(audience as keyof typeof limits);
    expect(wording.length).toBeGreaterThan(20);
    // Each heading, label and sentence on a line of its own, as a reader meets them.
    expect(lix(wording.join('\n')).lix).toBeLessThanOrEqual(limit);
  });

  test.each(['7-12', '13-17'] as const)('the child’s plan for %s names no paragraph and no law', (band) => {
    for (const text of fixedWording(band)) expect(text).not.toMatch(/§|\b(LVU|SoL|lag|lagen|socialtjänstlagen|föräldrabalken|paragraf)\b/i);
  });

  test('the two age bands are worded differently, and both say that a child can always tell an adult', () => {
    expect(fixedWording('7-12')).not.toEqual(fixedWording('13-17'));
    expect(CHILD_WORDING['7-12'].safety[0]).toBe('Du kan alltid säga till en vuxen som du litar på om något känns fel.');
    expect(CHILD_WORDING['13-17'].safety[0]).toBe('Känns något fel? Säg det till en vuxen du litar på, direkt eller efteråt.');
  });

  test('a text in long words and long sentences would fail the children’s limit', () => {
    const heavy = 'Umgängesrestriktionerna omprövas kontinuerligt av socialnämndens individutskott enligt bestämmelserna.';
    expect(lix(heavy).lix).toBeGreaterThan(limits['7-12']);
  });
});
