import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, createFixtureSite, removeFixtureSite } from '../../src/tooling/fixture-site.ts';

const sites: string[] = [];
const build = (files: Record<string, string>) => {
  const dir = createFixtureSite(files);
  sites.push(dir);
  return { dir, ...buildSite(dir) };
};
afterAll(() => sites.forEach(removeFixtureSite));

const page = (frontmatter: string, body: string) => `---\ntitle: Trasig sida\n${frontmatter}audience: [socialsekreterare]\nreviewed: 2026-11-25\n---\n\n${body}\n`;

describe('a good fixture site', () => {
  test('builds, with asides rendered from content/docs', () => {
    const { status, output, dir } = build({});
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/handboken/umgangesplanen/index.html'), 'utf8');
    expect(html).toMatch(/<aside aria-label="Fiktivt exempel: Aside som ska synas" class="starlight-aside starlight-aside--caution"/);
    expect(html).toContain('href="/om/lagrum/#lvu-umgange"');
  });
});

describe('the build fails and names the file', () => {
  test('on an unknown legal-reference id in a page', () => {
    const { status, output } = build({
      'content/docs/handboken/trasig.mdx': page('description: En sida som hänvisar till ett lagrum som inte finns.\n', 'Se <Lagrum id="lvu-finns-inte" />.'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/docs/handboken/trasig.mdx:8: okänt lagrum-id "lvu-finns-inte" i <Lagrum>: det finns ingen fil content/lagrum/lvu-finns-inte.yaml',
    );
  });

  test('on a page without description', () => {
    const { status, output } = build({ 'content/docs/handboken/trasig.mdx': page('', 'Text utan beskrivning.') });
    expect(status).not.toBe(0);
    expect(output).toContain('handboken/trasig');
    expect(output).toContain('description saknas: skriv en mening om vad sidan ger läsaren');
  });

  test('on a glossary entry without a definition', () => {
    const { status, output } = build({ 'content/ordlista/lvu.yaml': 'term: LVU\n' });
    expect(status).not.toBe(0);
    expect(output).toContain('ordlista → lvu');
    expect(output).toContain('definition saknas');
  });

  test('on a link to a missing anchor', () => {
    const { status, output } = build({
      'content/docs/handboken/trasig.mdx': page('description: En sida som länkar till ett ankare som inte finns.\n', 'Se [planen](/handboken/umgangesplanen/#finns-inte).'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('handboken/trasig.mdx');
    expect(output).toMatch(/\/handboken\/umgangesplanen\/#finns-inte\s+·\s+╰── invalid hash/);
  });

  test('on a template that breaks the schema', () => {
    const { status, output } = build({
      'templates/trasig.yaml': readFileSync('tests/fixtures/templates/invalid/choice-without-options.yaml', 'utf8').replace('id: choice-without-options', 'id: trasig'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('templates/trasig.yaml: mallen följer inte schemat:\n  - sections[0].fields[0].options (id "placeringsgrund"): ett valfält behöver minst två alternativ');
  });
});
