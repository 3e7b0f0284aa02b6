import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, createFixtureSite, removeFixtureSite } from '../../tooling/fixture-site.ts';

const sites: string[] = [];
const build = async (files: Record<string, string>) => {
  const dir = createFixtureSite(files);
  sites.push(dir);
  return { dir, ...(await buildSite(dir)) };
};
afterAll(() => sites.forEach(removeFixtureSite));

const page = (frontmatter: string, body: string) =>
  `---\ntitle: Trasig sida\n${frontmatter}audience: [socialsekreterare]\nreviewed: 2026-11-25\n---\n\n${body}\n`;

describe('a good fixture site', () => {
  test('builds, with asides rendered from content/docs', async () => {
    const { status, output, dir } = await build({});
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/handboken/umgangesplanen/index.html'), 'utf8');
    expect(html).toMatch(/<aside aria-label="Fiktivt exempel: Aside som ska synas" class="starlight-aside starlight-aside--caution"/);
    expect(html).toContain('href="/om/lagrum/#lvu-umgange"');
    expect(output).toContain('lagrum: 1 lästa i lagtexten, 0 lästa i förarbetena, 0 inte kontrollerade mot lagtexten');
  });
});

describe('legal entries read below the statute', () => {
  test('are marked beside the citation, and old readings are named in a warning', async () => {
    const entry = readFileSync('tests/fixtures/site/content/lagrum/lvu-umgange.yaml', 'utf8').replace(
      /reading:[\s\S]*$/,
      'reading:\n  level: ej-last\n  read: 2024-01-15\n  note: Fixturen är inte läst mot lagtexten.\n',
    );
    // Only a provision that the project does not store may stand below the statute's level.
    const stored = readFileSync('tests/fixtures/site/content/lagtext/sfs-1990-52.yaml', 'utf8').replace(
      / {2}- section: "14"[\s\S]*?(?= {2}- section: "32 a")/,
      '',
    );
    const { status, output, dir } = await build({ 'content/lagrum/lvu-umgange.yaml': entry, 'content/lagtext/sfs-1990-52.yaml': stored });
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/handboken/umgangesplanen/index.html'), 'utf8');
    expect(html).toMatch(
      /href="\/om\/lagrum\/#lvu-umgange"[^>]*>14 § LVU<\/a><span class="citation-reading" data-reading="ej-last"> \(ej kontrollerat mot lagtexten\)<\/span>/,
    );
    expect(output).toContain('lagrum: 0 lästa i lagtexten, 0 lästa i förarbetena, 1 inte kontrollerade mot lagtexten');
    expect(output).toContain('lagrum → lvu-umgange: lydelsen lästes senast 2024-01-15, för mer än tolv månader sedan.');
  });
});

describe('the build fails and names the file', () => {
  test('on an unknown legal-reference id in a page', async () => {
    const { status, output } = await build({
      'content/docs/handboken/trasig.mdx': page(
        'description: En sida som hänvisar till ett lagrum som inte finns.\n',
        'Se <Lagrum id="lvu-finns-inte" />.',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/docs/handboken/trasig.mdx:8: okänt lagrum-id "lvu-finns-inte" i <Lagrum>: det finns ingen fil content/lagrum/lvu-finns-inte.yaml',
    );
  });

  test('on a page without description', async () => {
    const { status, output } = await build({ 'content/docs/handboken/trasig.mdx': page('', 'Text utan beskrivning.') });
    expect(status).not.toBe(0);
    expect(output).toContain('handboken/trasig');
    expect(output).toContain('description saknas: skriv en mening om vad sidan ger läsaren');
  });

  test('on a legal entry at the first level without a quote from the statute', async () => {
    const { status, output } = await build({
      'content/lagrum/lagtext-utan-citat.yaml': readFileSync('tests/fixtures/registries/lagrum/lagtext-utan-citat.yaml', 'utf8'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/lagrum/lagtext-utan-citat.yaml: lagrummet följer inte schemat:\n  - reading.quote: reading.quote krävs när level är lagtext: citera lagtextens egna ord',
    );
  });

  test.each([
    [
      'whose quote is not in the stored statute text',
      'citat-inte-i-lagen',
      'reading.quote: citatet står inte ordagrant i 14 § LVU i content/lagtext/sfs-1990-52.yaml (konsoliderad 2026-01-02): "Socialnämnden ska se till att barnets behov av umgänge med föräldrar alltid tillgodoses." finns inte där',
    ],
    [
      'that cites a provision the stored statute text does not have',
      'okand-paragraf',
      'section: 14 b § finns inte i den lagrade lagtexten content/lagtext/sfs-1990-52.yaml (konsoliderad 2026-01-02): kontrollera kapitel och paragraf, eller lagra paragrafen med npm run lagtext:lagra',
    ],
  ])('on a legal entry %s', async (_, id, message) => {
    const { status, output } = await build({ [`content/lagrum/${id}.yaml`]: readFileSync(`tests/fixtures/registries/lagrum/${id}.yaml`, 'utf8') });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/lagrum/${id}.yaml: lagrummet följer inte schemat:\n  - ${message}`);
  });

  test('on a glossary entry without a definition', async () => {
    const { status, output } = await build({ 'content/ordlista/lvu.yaml': 'term: LVU\n' });
    expect(status).not.toBe(0);
    expect(output).toContain('content/ordlista/lvu.yaml: termen följer inte schemat:\n  - definition: definition saknas');
  });

  test('on a link to a missing anchor', async () => {
    const { status, output } = await build({
      'content/docs/handboken/trasig.mdx': page(
        'description: En sida som länkar till ett ankare som inte finns.\n',
        'Se [planen](/handboken/umgangesplanen/#finns-inte).',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('handboken/trasig.mdx');
    expect(output).toMatch(/\/handboken\/umgangesplanen\/#finns-inte\s+·\s+╰── invalid hash/);
  });

  test('on a template that breaks the schema', async () => {
    const { status, output } = await build({
      'templates/trasig.yaml': readFileSync('tests/fixtures/templates/invalid/choice-without-options.yaml', 'utf8').replace(
        'id: choice-without-options',
        'id: trasig',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'templates/trasig.yaml: mallen följer inte schemat:\n  - sections[0].fields[0].options (id "placeringsgrund"): ett valfält behöver minst två alternativ',
    );
  });

  test('on a template whose related page does not exist', async () => {
    const template = readFileSync('tests/fixtures/site/templates/alla-falttyper.yaml', 'utf8');
    const { status, output } = await build({
      'templates/alla-falttyper.yaml': template.replace(/^related:.*$/m, 'related: [/handboken/finns-inte/]'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('templates/alla-falttyper.yaml: related "/handboken/finns-inte/" är ingen sida i content/docs');
  });
});
