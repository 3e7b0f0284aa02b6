import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { registryCitations } from '../../../src/markdown/registry-citations.ts';

const root = process.cwd();
const plugin = registryCitations({ contentDir: `${root}/content`, root });
const compile = (source: string, path = `${root}/content/docs/fixture.mdx`) =>
  mdxToJs(source, { mdastPlugins: [plugin], fileURL: pathToFileURL(path) });
const fixture = (file: string) => readFileSync(file, 'utf8');

describe('registry citations in MDX', () => {
  test('an unknown id or a missing id fails with the file, the line in the file (frontmatter counted) and the id', () => {
    expect(() => compile(fixture('tests/fixtures/pages/okant-lagrum.mdx'))).toThrow(
      'content/docs/fixture.mdx:8: okänt lagrum-id "lvu-paragraf-som-inte-finns" i <Lagrum>: det finns ingen fil content/lagrum/lvu-paragraf-som-inte-finns.yaml\n' +
        'content/docs/fixture.mdx:10: <Term> saknar id (skriv till exempel <Term id="..." />)',
    );
  });

  test('known ids pass', () => {
    expect(() => compile('Se <Lagrum id="lvu-umgange" /> och <Kalla id="qrut-slutrapport-2017" /> om <Term id="lvu" />.')).not.toThrow();
  });

  test('an element named like a property every object has is no citation', () => {
    // Looked up as an own key of the component list: `in` would take <constructor> for a citation component.
    expect(() => compile('Text <constructor /> och <toString id="x" />.')).not.toThrow();
  });

  test('files outside content/docs are not checked', () => {
    expect(() => compile(fixture('tests/fixtures/pages/okant-lagrum.mdx'), `${root}/elsewhere/page.mdx`)).not.toThrow();
  });
});
