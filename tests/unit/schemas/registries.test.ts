import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { legalReferenceSchema } from '../../../src/schemas/legal-reference.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { readYamlFixture } from '../../support/yaml-fixture.ts';

const problems = (result: { success: boolean; error?: { issues: Parameters<typeof formatIssues>[0] } }) =>
  result.success ? '' : formatIssues(result.error!.issues);

const lagrum = (name: string) => problems(legalReferenceSchema.safeParse(readYamlFixture(`registries/lagrum/${name}`)));

describe('legal-reference registry', () => {
  test('accepts a complete entry read in the statute, with its quote', () => {
    const result = legalReferenceSchema.safeParse(readYamlFixture('registries/lagrum/giltig.yaml'));
    expect(result.success).toBe(true);
    expect(result.data?.reading).toMatchObject({ level: 'lagtext', source: 'sfs', read: new Date('2026-11-25') });
  });

  test('rejects an SFS number that is not year:number', () => {
    expect(lagrum('utan-sfs-format.yaml')).toBe('  - sfs: sfs ska skrivas som år:nummer, till exempel 1990:52');
  });

  test('rejects a reading date that is not a date', () => {
    expect(lagrum('felaktigt-datum.yaml')).toBe('  - reading.read: reading.read ska vara datumet då texten lästes, till exempel 2026-11-26');
  });

  test('refuses the first level without a quote from the statute', () => {
    expect(lagrum('lagtext-utan-citat.yaml')).toBe('  - reading.quote: reading.quote krävs när level är lagtext: citera lagtextens egna ord');
  });

  test('refuses the first level when the wording was read in a bill', () => {
    expect(lagrum('lagtext-fran-proposition.yaml')).toBe(
      '  - reading.source: reading.source ska vara sfs eller konsoliderad när level är lagtext: bara lagtextens egen lydelse räcker',
    );
  });

  test('requires a note on an entry read only in the preparatory works', () => {
    expect(lagrum('forarbete-utan-notering.yaml')).toBe(
      '  - reading.note: reading.note krävs när level är forarbete: skriv vad som kan skilja sig från lagtexten',
    );
  });

  test('requires a note on an entry not read against the statute', () => {
    expect(lagrum('ej-last-utan-notering.yaml')).toBe(
      '  - reading.note: reading.note krävs när level är ej-last: skriv vad som återstår att kontrollera',
    );
  });

  test('every entry in content/lagrum is valid', async () => {
    const { readdirSync } = await import('node:fs');
    for (const name of readdirSync('content/lagrum')) {
      const result = legalReferenceSchema.safeParse(readYamlFixture(`../../content/lagrum/${name}`));
      expect(problems(result), name).toBe('');
    }
  });
});

describe('glossary', () => {
  test('accepts a term with a definition', () => {
    expect(glossaryTermSchema.safeParse(readYamlFixture('registries/ordlista/giltig.yaml')).success).toBe(true);
  });

  test('rejects a term without a definition', () => {
    expect(problems(glossaryTermSchema.safeParse(readYamlFixture('registries/ordlista/utan-definition.yaml')))).toBe(
      '  - definition: definition saknas',
    );
  });
});

describe('sources', () => {
  test('rejects a source without a year', () => {
    expect(problems(sourceSchema.safeParse(readYamlFixture('registries/kallor/utan-ar.yaml')))).toBe(
      '  - year: year saknas: skriv utgivningsåret, eller u.å. om det inte går att ta reda på',
    );
  });
});
