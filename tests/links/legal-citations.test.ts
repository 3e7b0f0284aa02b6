import { globSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { legalReferenceSchema, type ReadingLevel } from '../../src/schemas/legal-reference.ts';
import { citationMarker, readingLevelLabel } from '../../src/registry/reading.ts';

const levels = new Map<string, ReadingLevel>(
  readdirSync('content/lagrum').map((name) => [
    name.replace(/\.ya?ml$/, ''),
    legalReferenceSchema.parse(parse(readFileSync(`content/lagrum/${name}`, 'utf8'))).reading.level,
  ]),
);

const citation =
  /<a class="citation citation--law" href="\/om\/lagrum\/#([a-z0-9-]+)"[^>]*>[^<]*<\/a>(<span class="citation-reading" data-reading="([a-z-]+)"> \(([^)<]*)\)<\/span>)?/g;

describe('citations of legal references in the built pages', () => {
  const pages = globSync('dist/**/*.html').sort();
  const found = pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(citation)].map((match) => ({ page, id: match[1]!, level: match[3], marker: match[4] })),
  );

  test('every citation of an entry read below the statute carries the Swedish marker, and only those', () => {
    expect(found.length).toBeGreaterThan(50);
    const wrong = found
      .filter(({ id, level, marker }) => {
        const expected = levels.get(id);
        return expected === undefined || level !== (expected === 'lagtext' ? undefined : expected) || marker !== citationMarker[expected];
      })
      .map(({ page, id, marker }) => `${page}: ${id} ${marker ?? '(utan markering)'}`);
    expect(wrong).toEqual([]);
  });

  test('the built pages cite entries below the statute, so the marker is really shown', () => {
    expect(found.some(({ level }) => level === 'ej-last' || level === 'forarbete')).toBe(true);
  });
});

describe('/om/lagrum/', () => {
  const html = readFileSync('dist/om/lagrum/index.html', 'utf8');

  test('shows every entry with its reading level in plain Swedish and the date it was read', () => {
    for (const [id, level] of levels) {
      const section = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
      expect(section, id).toContain(`data-reading="${level}"`);
      expect(section, id).toContain(`<strong>${readingLevelLabel[level]}.</strong>`);
      expect(section, id).toMatch(/(Läst|Granskad) \d{1,2} [a-zåäö]+ \d{4}/);
      if (level !== 'ej-last') expect(section, id).toContain('<blockquote class="registry-quote"');
    }
  });
});
