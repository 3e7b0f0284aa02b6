import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { legalReferenceSchema } from '../../../src/schemas/legal-reference.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { readYamlFixture } from '../../support/yaml-fixture.ts';

const problems = (result: { success: boolean; error?: { issues: Parameters<typeof formatIssues>[0] } }) =>
  result.success ? '' : formatIssues(result.error!.issues);

describe('legal-reference registry', () => {
  test('accepts a complete entry', () => {
    const result = legalReferenceSchema.safeParse(readYamlFixture('registries/lagrum/giltig.yaml'));
    expect(result.success).toBe(true);
    expect(result.data?.checked).toEqual(new Date('2026-11-25'));
  });

  test('rejects an SFS number that is not year:number', () => {
    expect(problems(legalReferenceSchema.safeParse(readYamlFixture('registries/lagrum/utan-sfs-format.yaml')))).toBe(
      '  - sfs: sfs ska skrivas som år:nummer, till exempel 1990:52',
    );
  });

  test('rejects a check date that is not a date', () => {
    expect(problems(legalReferenceSchema.safeParse(readYamlFixture('registries/lagrum/felaktigt-datum.yaml')))).toBe(
      '  - checked: checked ska vara ett datum som 2026-11-25',
    );
  });

  test('requires a review note on an entry marked for review', () => {
    expect(problems(legalReferenceSchema.safeParse(readYamlFixture('registries/lagrum/granskas-utan-notering.yaml')))).toBe(
      '  - reviewNote: reviewNote krävs när status är needs-review',
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
