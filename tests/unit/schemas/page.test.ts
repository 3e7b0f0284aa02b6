import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { pageFields } from '../../../src/schemas/page.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';

const schema = pageFields(z.string());
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split('---')[1]!);
const problems = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? '' : formatIssues(result.error.issues);
};

const good = {
  description: 'Så gör ni umgängesplanen tillsammans med föräldern.',
  audience: ['socialsekreterare'],
  reviewed: '2026-11-25',
};

describe('page frontmatter', () => {
  test('accepts description, audience, reviewed and sources', () => {
    expect(problems({ ...good, sources: ['qrut-slutrapport-2017'] })).toBe('');
  });

  test('requires a description', () => {
    expect(problems(frontmatter('tests/fixtures/pages/utan-description.mdx'))).toBe(
      '  - description: description saknas: skriv en mening om vad sidan ger läsaren',
    );
  });

  test('requires at least one known audience', () => {
    expect(problems({ ...good, audience: [] })).toBe('  - audience: audience måste ange minst en målgrupp');
    expect(problems({ ...good, audience: ['politiker'] })).toMatch(
      /^ {2}- audience\[0\]: Invalid option: expected one of "socialsekreterare"\|"kommun"\|"utbildare"\|"foralder"\|"familjehem"\|"barn"\|"unga"$/,
    );
  });

  test('requires reviewed to be a date', () => {
    expect(problems({ ...good, reviewed: 'i höstas' })).toBe('  - reviewed: reviewed ska vara ett datum som 2026-11-25');
  });

  test('every page in content/docs has valid frontmatter', async () => {
    const { globSync } = await import('node:fs');
    for (const file of globSync('content/docs/**/*.mdx')) {
      expect(problems(frontmatter(file)), file).toBe('');
    }
  });
});
