import { describe, expect, test } from 'vitest';
import { checkedLegalReferenceSchema } from '../../../src/law/registry-schema.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { readYamlFixture } from '../../support/yaml-fixture.ts';

// The schema the build uses for content/lagrum, here measured against the stored fixture text.
const schema = checkedLegalReferenceSchema('tests/fixtures/lagtext/lagrad');
const problems = (name: string) => {
  const result = schema.safeParse(readYamlFixture(`registries/lagrum/${name}`));
  return result.success ? '' : formatIssues(result.error.issues);
};
const file = 'tests/fixtures/lagtext/lagrad/sfs-1990-52.yaml';
const stored = `${file} (konsoliderad 2026-01-02)`;

describe('legal entries measured against the stored statute text', () => {
  test('accept a quote that stands word for word in the cited stycken, with words left out by [...]', () => {
    expect(problems('giltig-i-stycke.yaml')).toBe('');
  });

  test('refuse a quote that is not in the provision, naming the words and the stored text', () => {
    expect(problems('citat-inte-i-lagen.yaml')).toBe(
      `  - reading.quote: citatet står inte ordagrant i 14 § LVU i ${stored}: "Socialnämnden ska se till att barnets behov av umgänge med föräldrar alltid tillgodoses." finns inte där`,
    );
  });

  test('refuse a provision that the stored text does not have', () => {
    expect(problems('okand-paragraf.yaml')).toBe(
      `  - section: 14 b § finns inte i den lagrade lagtexten ${stored}: kontrollera kapitel och paragraf, eller lagra paragrafen med npm run lagtext:lagra`,
    );
  });

  test('refuse a stycke that the provision does not have', () => {
    expect(problems('stycke-som-saknas.yaml')).toBe(`  - paragraph: stycke 5 finns inte: 14 § LVU har 3 stycken i ${file}`);
  });

  test('refuse an entry that says it was not read when its provision is stored', () => {
    expect(problems('ej-last-fast-lagen-finns.yaml')).toBe(
      `  - reading.level: 41 § LVU finns i den lagrade lagtexten ${file}: läs paragrafen där, citera den och ange level: lagtext`,
    );
  });

  test('refuse the first level for a statute that the project does not store', () => {
    expect(problems('lag-som-inte-ar-lagrad.yaml')).toBe(
      '  - sfs: lagen 2017:725 finns inte lagrad i content/lagtext/sfs-2017-725.yaml: lagra paragrafen med npm run lagtext:lagra innan du anger level: lagtext',
    );
  });
});
