import { expect, test } from 'vitest';
import { templateIds, templateOfLink } from '../../../src/templates/ids.ts';

test('a link to a template page, PDF or Word document names its template; other links name none', () => {
  expect(templateOfLink('/mallar/umgangesplan/')).toBe('umgangesplan');
  expect(templateOfLink('/mallar/umgangesplan/#ladda-ner')).toBe('umgangesplan');
  expect(templateOfLink('/mallar/umgangesplan.pdf')).toBe('umgangesplan');
  expect(templateOfLink('/mallar/umgangesplan.docx')).toBe('umgangesplan');
  expect(templateOfLink('/mallar/')).toBeUndefined();
  expect(templateOfLink('/mallar/umgangesplan.odt')).toBeUndefined();
  expect(templateOfLink('/handboken/umgangesplanen/')).toBeUndefined();
});

test('the template ids are the file names in templates/', () => {
  expect(templateIds('templates').has('umgangesplan')).toBe(true);
  expect(templateIds('tests/fixtures/templates/valid')).toEqual(new Set(['alla-falttyper']));
});
