import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const pagesIn = (section: string) =>
  globSync(`content/docs/${section}/*.mdx`)
    .filter((file) => !file.endsWith('/index.mdx'))
    .sort();
const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').trim();

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
    for (const heading of ['## Lärandemål', '## Läs före', '## Diskussionsfrågor', '## Övning', '## Utdelningsblad']) expect(text, heading).toContain(heading);
    expect(text).toMatch(/:::note\[Fiktivt fall/);
  });
});
