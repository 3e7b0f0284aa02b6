import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { DATA_FILES, DATA_FORMAT, DATA_FORMAT_VERSION } from '../../src/data/format.ts';
import { dataFileTexts } from '../../src/data/serialize.ts';
import { templateForCopy } from '../../src/templates/copies.ts';
import type { Template } from '../../src/templates/schema.ts';
import { jsonSchemaValidator } from '../support/ajv.ts';
import { openDataSources } from '../support/open-data-sources.ts';

/*
 * /data/ as the build wrote it: each file validates against the schema the build published beside
 * it, read by ajv; every source file is in the data once; and the bytes are those the serializer
 * gives for the sources read outside Astro, so the build adds nothing of its own (no timestamp, no
 * order of its own) and the files change only when a source does.
 */

const dist = (path: string) => readFileSync(`dist${path}`, 'utf8');
const names = ['index', ...DATA_FILES] as const;
const idsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();

describe.skipIf(!existsSync('dist/data'))('the open data in dist/', () => {
  test.each(names)('/data/%s.json validates against /data/schema/%s.schema.json with ajv', (name) => {
    const schema = JSON.parse(dist(`/data/schema/${name}.schema.json`));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = jsonSchemaValidator().compile(schema);
    const data = JSON.parse(dist(`/data/${name}.json`));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(data.format).toBe(DATA_FORMAT);
    expect(data.version).toBe(DATA_FORMAT_VERSION);
  });

  test('every template, registry entry, term and rule in the sources is in the data exactly once', () => {
    const sources = { mallar: 'templates', lagrum: 'content/lagrum', ordlista: 'content/ordlista', regler: 'content/regler' };
    for (const name of DATA_FILES) {
      const ids: string[] = JSON.parse(dist(`/data/${name}.json`)).items.map((item: { id: string }) => item.id);
      expect(ids, name).toEqual(idsIn(sources[name]));
    }
  });

  test("each field's copy list in mallar.json is the copies templateForCopy gives the field", () => {
    const items: { id: string; data: Template; fieldCopies: Record<string, string[]> }[] = JSON.parse(dist('/data/mallar.json')).items;
    for (const { id, data, fieldCopies } of items) {
      const fieldIds = data.sections.flatMap((section) => section.fields.map((field) => field.id));
      expect(Object.keys(fieldCopies).sort(), id).toEqual([...fieldIds].sort());
      for (const fieldId of fieldIds) {
        const holding = data.copies
          .map((copy) => copy.id)
          .filter((copyId) =>
            templateForCopy(data, copyId).template.sections.some((section) => section.fields.some((field) => field.id === fieldId)),
          );
        expect(fieldCopies[fieldId], `${id}: ${fieldId}`).toEqual(holding);
      }
    }
  });

  test('the index names each file with its hash, item count and schema', () => {
    const index = JSON.parse(dist('/data/index.json'));
    for (const file of index.files) {
      const text = dist(file.path);
      expect(file.sha256, file.name).toBe(createHash('sha256').update(text).digest('hex'));
      expect(file.items, file.name).toBe(JSON.parse(text).items.length);
      expect(existsSync(`dist${new URL(file.schema).pathname}`), file.schema).toBe(true);
    }
  });

  test('the built files are byte for byte what the sources give, with nothing of the build in them', () => {
    const texts = dataFileTexts(openDataSources());
    for (const name of names) expect(dist(`/data/${name}.json`), name).toBe(texts[name]);
    expect(dist('/data/index.json')).not.toMatch(/T\d{2}:\d{2}/);
  });

  test('the page for vendors names every file', () => {
    const page = dist('/om/oppna-data/index.html');
    for (const name of names) expect(page, name).toContain(`href="/data/${name}.json"`);
    expect(dist('/om/index.html')).toContain('href="/om/oppna-data/"');
  });
});
