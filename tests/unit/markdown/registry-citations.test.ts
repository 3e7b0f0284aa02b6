import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import remarkRegistryCitations from '../../../src/markdown/registry-citations.ts';

const root = process.cwd();
const compileFixture = (file: string, path = `${root}/content/docs/fixture.mdx`) =>
  compile(
    { value: readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, ''), path },
    { remarkPlugins: [[remarkRegistryCitations, { contentDir: `${root}/content`, root }]] },
  );

describe('registry citations in MDX', () => {
  test('an unknown id or a missing id fails with the file, line and id', async () => {
    await expect(compileFixture('tests/fixtures/pages/okant-lagrum.mdx')).rejects.toThrow(
      'content/docs/fixture.mdx:3: okänt lagrum-id "lvu-paragraf-som-inte-finns" i <Lagrum>: det finns ingen fil content/lagrum/lvu-paragraf-som-inte-finns.yaml\n' +
        'content/docs/fixture.mdx:5: <Term> saknar id (skriv till exempel <Term id="..." />)',
    );
  });

  test('known ids pass', async () => {
    await expect(
      compile(
        { value: 'Se <Lagrum id="lvu-umgange" /> och <Kalla id="qrut-slutrapport-2017" /> om <Term id="lvu" />.', path: `${root}/content/docs/ok.mdx` },
        { remarkPlugins: [[remarkRegistryCitations, { contentDir: `${root}/content`, root }]] },
      ),
    ).resolves.toBeDefined();
  });

  test('files outside content/docs are not checked', async () => {
    await expect(compileFixture('tests/fixtures/pages/okant-lagrum.mdx', `${root}/elsewhere/page.mdx`)).resolves.toBeDefined();
  });
});
