import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { changeAfterReview, changesSchema } from '../../../src/schemas/change.ts';
import { parseTemplate } from '../../../src/templates/load.ts';

const messages = (input: unknown) => {
  const result = changesSchema().safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a change entry', () => {
  test('a day, a summary of at least a sentence, and whether it is about the law', () => {
    expect(changesSchema().parse([{ date: new Date('2026-12-02T00:00:00Z'), summary: 'Planen görs nu för en förälder i taget.' }])).toEqual([
      { date: '2026-12-02', summary: 'Planen görs nu för en förälder i taget.', law: false },
    ]);
  });

  test('every problem is named in Swedish', () => {
    expect(messages([{ date: '2026-13-01', summary: 'För kort' }])).toEqual([
      '0.date: date ska vara ett datum som 2026-12-02',
      '0.summary: summary är för kort: skriv vad som ändrades, med en hel mening',
    ]);
    expect(messages([{ date: '2026-12-01', summary: 'Planen görs nu för en förälder i taget.', law: 'ja' }])).toEqual([
      '0.law: law ska vara true eller false',
    ]);
    expect(messages([{ date: '2026-12-01', summary: 'Planen görs nu för en förälder i taget.', vem: 'redaktionen' }])).toEqual([
      '0: Unrecognized key: "vem"',
    ]);
    expect(messages('ändrat')).toEqual([': changes ska vara en lista med date, summary och law']);
  });

  test('the newest first', () => {
    expect(
      messages([
        { date: '2026-11-01', summary: 'Den äldre ändringen står först här.' },
        { date: '2026-12-01', summary: 'Den nyare ändringen står sist här.' },
      ]),
    ).toEqual(['1.date: skriv ändringarna med den nyaste först']);
  });

  test('a page whose newest change is after its review date names the file', () => {
    const changes = [{ date: '2026-12-03', summary: 'En ändring efter granskningen.', law: false }];
    expect(changeAfterReview('content/docs/handboken/x.mdx', new Date('2026-12-02T00:00:00Z'), changes)).toBe(
      'content/docs/handboken/x.mdx: ändringen 2026-12-03 är gjord efter sidans granskningsdatum 2026-12-02: uppdatera reviewed',
    );
    expect(changeAfterReview('content/docs/handboken/x.mdx', new Date('2026-12-03T00:00:00Z'), changes)).toBeUndefined();
  });

  test("a template's newest change is its version", () => {
    const file = 'tests/fixtures/templates/invalid/change-not-version.yaml';
    expect(() => parseTemplate(file, readFileSync(file, 'utf8'))).toThrow(
      `${file}: mallen följer inte schemat:\n  - changes[0].date: den nyaste ändringen (2026-11-30) ska ha samma datum som version (2026-12-02)`,
    );
  });
});
