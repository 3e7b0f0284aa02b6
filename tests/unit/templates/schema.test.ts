import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTemplate, TemplateError } from '../../../src/templates/load.ts';

const fixture = (kind: 'valid' | 'invalid', name: string) => {
  const file = `tests/fixtures/templates/${kind}/${name}`;
  return () => parseTemplate(file, readFileSync(file, 'utf8'));
};

describe('a valid template', () => {
  test('parses with every field type', () => {
    const template = fixture('valid', 'alla-falttyper.yaml')();
    const types = new Set(template.sections.flatMap((section) => section.fields.map((field) => field.type)));
    expect([...types].sort()).toEqual(['choice', 'date', 'multichoice', 'signature', 'table', 'text', 'textarea', 'yesno']);
  });

  test('every published template parses', () => {
    for (const name of readdirSync('templates')) {
      expect(() => parseTemplate(`templates/${name}`, readFileSync(`templates/${name}`, 'utf8'))).not.toThrow();
    }
  });
});

describe('a broken template fails with the file and the path to the field', () => {
  test('duplicate field id', () => {
    expect(fixture('invalid', 'duplicate-field-id.yaml')).toThrow(
      'tests/fixtures/templates/invalid/duplicate-field-id.yaml: mallen följer inte schemat:\n  - sections[1].fields[0].id (id "barnets-namn"): fält-id "barnets-namn" finns redan (sections[0].fields[0])',
    );
  });

  test('choice without options', () => {
    expect(fixture('invalid', 'choice-without-options.yaml')).toThrow(
      'choice-without-options.yaml: mallen följer inte schemat:\n  - sections[0].fields[0].options (id "placeringsgrund"): ett valfält behöver minst två alternativ',
    );
  });

  test('unknown field type', () => {
    expect(fixture('invalid', 'unknown-field-type.yaml')).toThrow(
      'unknown-field-type.yaml: mallen följer inte schemat:\n  - sections[0].fields[0].type (id "betyg"): okänd fälttyp: använd text, textarea, date, yesno, choice, multichoice, table, signature eller situation',
    );
  });

  test('missing label', () => {
    expect(fixture('invalid', 'missing-label.yaml')).toThrow(
      'missing-label.yaml: mallen följer inte schemat:\n  - sections[0].fields[1].label (id "plats"): label saknas',
    );
  });

  test('id that is not the file name', () => {
    expect(fixture('invalid', 'id-not-file-name.yaml')).toThrow(
      'id-not-file-name.yaml: id "nagot-annat" ska vara samma som filnamnet ("id-not-file-name")',
    );
  });

  test('invalid YAML', () => {
    expect(() => parseTemplate('templates/trasig.yaml', 'id: [')).toThrow(TemplateError);
    expect(() => parseTemplate('templates/trasig.yaml', 'id: [')).toThrow(/^templates\/trasig\.yaml: ogiltig YAML: /);
  });

  test('a template that does not say which copies it has', () => {
    expect(fixture('invalid', 'copies-missing.yaml')).toThrow(
      'copies-missing.yaml: mallen följer inte schemat:\n  - copies: copies saknas: ange vilka exemplar mallen har och vilka fält varje exemplar innehåller',
    );
  });

  test('a copy other than the case file that holds every field without listing them', () => {
    expect(fixture('invalid', 'copy-all-fields-not-case-file.yaml')).toThrow(
      'copy-all-fields-not-case-file.yaml: mallen följer inte schemat:\n  - copies[1].fields (id "forelder-1"): bara akten får ha fields: alla; lista fälten som exemplaret "forelder-1" ska innehålla',
    );
  });

  test('a copy that lists a field the template does not have', () => {
    expect(fixture('invalid', 'copy-unknown-field.yaml')).toThrow(
      'copy-unknown-field.yaml: mallen följer inte schemat:\n  - copies[1].fields[1] (id "familjehemmet"): fältet "familjehemmets-adress" finns inte i mallen',
    );
  });

  test('a part that applies only in some situations, in a template that never asks for the situation', () => {
    expect(fixture('invalid', 'only-in-without-situation.yaml')).toThrow(
      'only-in-without-situation.yaml: mallen följer inte schemat:\n  - sections[1].onlyIn (id "lvu"): onlyIn kräver ett fält av typen situation i mallen',
    );
  });

  test('a situation that does not exist', () => {
    expect(fixture('invalid', 'unknown-situation.yaml')).toThrow(
      'unknown-situation.yaml: mallen följer inte schemat:\n  - sections[0].fields[1].onlyIn[0] (id "beslutsdatum"): okänd situation: använd sol, flyttningsforbud, lvu-2, lvu-3, lvu-2-3, lvu-6, vardnad-overflyttad',
    );
  });
});
