import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readKnowledgeCheck, readPracticeCase, type Choice } from '../../../src/schemas/knowledge-check.ts';

// Built without a build: content/published-links.json lists every page and heading anchor the site publishes.
const published: Record<string, string[]> = JSON.parse(readFileSync('content/published-links.json', 'utf8'));
const exists = (href: string) => {
  const [path, anchor] = href.split('#');
  return Boolean(published[path!]?.includes(anchor!));
};

const choiceLinks = (choices: readonly (Omit<Choice, 'next'> & { next?: { choices: readonly Omit<Choice, 'next'>[] } })[]): string[] =>
  choices.flatMap((choice) => [choice.link.href, ...(choice.next ? choiceLinks(choice.next.choices) : [])]);

describe('every answer links to a handbook section that exists', () => {
  test('the check itself tells a missing anchor from a present one', () => {
    expect(exists('/handboken/under-umganget/#avbryt-umganget-nar-det-behovs')).toBe(true);
    expect(exists('/handboken/under-umganget/#finns-inte')).toBe(false);
  });

  test.each(readdirSync('content/kunskapskoll'))('kunskapskoll/%s', (name) => {
    const links = readKnowledgeCheck(`content/kunskapskoll/${name}`).questions.map((question) => question.link.href);
    expect(links.filter((href) => !exists(href))).toEqual([]);
  });

  test.each(readdirSync('content/ovningsfall'))('ovningsfall/%s', (name) => {
    const links = choiceLinks(readPracticeCase(`content/ovningsfall/${name}`).choices);
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((href) => !exists(href))).toEqual([]);
  });
});
