import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

/*
 * "Vad är nytt" and its feed, read from the built site: the feed is read by Python's feedparser, a
 * reader we did not write, and every change the editors wrote in a page or a template is in it once,
 * linked to its own line in that page's history.
 */

interface FeedItem {
  title: string;
  link: string;
  summary: string;
  published: string;
  tags: string[];
}

function readFeed(xml: string): { bozo: boolean; title: string; language: string; items: FeedItem[] } {
  const script = String.raw`
import feedparser, json, sys
feed = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  'bozo': bool(feed.bozo),
  'title': feed.feed.get('title', ''),
  'language': feed.feed.get('language', ''),
  'items': [{'title': e.get('title', ''), 'link': e.get('link', ''), 'summary': e.get('summary', ''), 'published': e.get('published', ''), 'tags': [t['term'] for t in e.get('tags', [])]} for e in feed.entries],
}))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: xml, encoding: 'utf8' }));
}

/** Every change written in the sources: the pages' frontmatter and the templates. */
function writtenChanges(): { path: string; summary: string; law: boolean }[] {
  const pages = globSync('content/docs/**/*.mdx').flatMap((file) => {
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { changes?: { summary: string; law?: boolean }[] };
    const id = file
      .replace(/^content\/docs\//, '')
      .replace(/\.mdx$/, '')
      .replace(/\/?index$/, '');
    return (front.changes ?? []).map((change) => ({ path: id ? `/${id}/` : '/', summary: change.summary, law: change.law ?? false }));
  });
  const templates = globSync('templates/*.yaml').flatMap((file) => {
    const template = parse(readFileSync(file, 'utf8')) as { id: string; changes?: { summary: string; law?: boolean }[] };
    return (template.changes ?? []).map((change) => ({ path: `/mallar/${template.id}/`, summary: change.summary.trim(), law: change.law ?? false }));
  });
  return [...pages, ...templates];
}

const feed = () => readFeed(readFileSync('dist/vad-ar-nytt.xml', 'utf8'));

test('the feed is well-formed RSS in Swedish that feedparser reads without complaint', () => {
  const { bozo, title, language } = feed();
  expect(bozo).toBe(false);
  expect(title).toBe('Umgängeshandboken: Vad är nytt');
  expect(language).toBe('sv-SE');
});

test('every change the editors wrote is in the feed once, and nothing else is', () => {
  const items = feed().items.map((item) => ({ path: new URL(item.link).pathname, summary: item.summary, law: item.tags.includes('Lagändring') }));
  const written = writtenChanges();
  expect(written.length).toBeGreaterThan(10);
  const key = (change: { path: string; summary: string; law: boolean }) => `${change.path}|${change.summary}|${change.law}`;
  expect(items.map(key).sort()).toEqual(written.map(key).sort());
});

test('law changes are marked in the title and as a category', () => {
  const items = feed().items;
  const law = items.filter((item) => item.tags.includes('Lagändring'));
  expect(law.length).toBeGreaterThan(0);
  for (const item of law) expect(item.title).toMatch(/^Lagändring: /);
  for (const item of items.filter((candidate) => !candidate.tags.includes('Lagändring'))) expect(item.title).not.toMatch(/Lagändring/);
});

test("every item links to its change's own line in the page's history", () => {
  for (const item of feed().items) {
    const url = new URL(item.link);
    const html = readFileSync(`dist${url.pathname}index.html`, 'utf8');
    const ids = selectAll('.change-history li[id]', fromHtml(html)).map((element) => String(element.properties.id));
    expect(ids, item.link).toContain(url.hash.slice(1));
  }
});

test('Vad är nytt lists every change and links the feed', () => {
  const html = readFileSync('dist/om/vad-ar-nytt/index.html', 'utf8');
  const tree = fromHtml(html);
  expect(selectAll('.whats-new-day li', tree)).toHaveLength(writtenChanges().length);
  expect(selectAll('a[href="/vad-ar-nytt.xml"]', tree)).toHaveLength(1);
});
