import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { findMissingRelatedPages } from '../../../src/templates/related.ts';

test('a template that points to a page that does not exist is named with the path', () => {
  const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
  const template = parseTemplate(file, readFileSync(file, 'utf8'));
  expect(findMissingRelatedPages([template], 'content/docs')).toEqual([]);
  expect(findMissingRelatedPages([{ ...template, related: ['/handboken/finns-inte/'] }], 'content/docs')).toEqual([
    'templates/alla-falttyper.yaml: related "/handboken/finns-inte/" är ingen sida i content/docs',
  ]);
});
