import { describe, expect, test } from 'vitest';
import { dataFileTexts, templateItem, type DataSources } from '../../../src/data/serialize.ts';
import { dataJsonSchema } from '../../../src/data/schemas.ts';
import { canonicalJson } from '../../../src/data/canonical-json.ts';
import { DATA_FILES, DATA_FORMAT_VERSION } from '../../../src/data/format.ts';
import { templateForCopy } from '../../../src/templates/copies.ts';
import { openDataSources } from '../../support/open-data-sources.ts';
import { jsonSchemaValidator } from '../../support/ajv.ts';

/*
 * The serializer behind /data/, fed the sources as the scripts read them: the files validate against
 * their own schemas with ajv, the same sources give the same bytes in any order, and a change to one
 * source changes that file and its line in the index, and nothing else.
 */

const sources = openDataSources();
const texts = dataFileTexts(sources);
const parsed = (name: keyof typeof texts) => JSON.parse(texts[name]);

describe('the data files', () => {
  test.each([...DATA_FILES, 'index' as const])('%s.json validates against its schema with ajv', (name) => {
    const validate = jsonSchemaValidator().compile(dataJsonSchema(name));
    expect(validate(parsed(name)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('a file that breaks its schema is caught, so the check above can fail', () => {
    const validate = jsonSchemaValidator().compile(dataJsonSchema('lagrum'));
    const broken = parsed('lagrum');
    broken.items[0].data.reading.read = '26 november 2026';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.some((error) => error.keyword === 'format')).toBe(true);
  });

  test('every source entry is in its file once, sorted by id', () => {
    const expected = {
      mallar: sources.templates.map((t) => t.id),
      lagrum: sources.lagrum.map((e) => e.id),
      ordlista: sources.ordlista.map((e) => e.id),
      regler: sources.regler.map((e) => e.id),
    };
    for (const name of DATA_FILES) {
      const ids: string[] = parsed(name).items.map((item: { id: string }) => item.id);
      expect(ids, name).toEqual([...expected[name]].sort());
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  test('the index lists each file with its schema, the format version, the content date and the item count', () => {
    const index = parsed('index');
    expect(index.files.map((file: { name: string }) => file.name)).toEqual([...DATA_FILES]);
    const mallar = index.files[0];
    expect(mallar).toMatchObject({
      path: '/data/mallar.json',
      schema: 'https://umgangeshandboken.se/data/schema/mallar.schema.json',
      version: DATA_FORMAT_VERSION,
      items: sources.templates.length,
    });
    expect(mallar.contentDate).toBe(
      sources.templates
        .map((t) => t.version)
        .sort()
        .at(-1),
    );
    expect(index.files[1].contentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("each field's copy list is the copies whose templateForCopy holds the field", () => {
    for (const template of sources.templates) {
      const { fieldCopies } = templateItem(template);
      for (const copy of template.copies) {
        const held = new Set(templateForCopy(template, copy.id).template.sections.flatMap((s) => s.fields.map((f) => f.id)));
        for (const [fieldId, copies] of Object.entries(fieldCopies))
          expect(copies.includes(copy.id), `${template.id} ${copy.id} ${fieldId}`).toBe(held.has(fieldId));
      }
    }
    const plan = parsed('mallar').items.find((item: { id: string }) => item.id === 'umgangesplan');
    expect(Object.values(plan.fieldCopies).every((copies) => (copies as string[]).includes('akten'))).toBe(true);
  });

  test('a cited section carries its stored statute text, as the registry list shows it', () => {
    const withText = parsed('lagrum').items.filter((item: { lagtext?: unknown }) => item.lagtext);
    expect(withText.length).toBeGreaterThan(0);
    for (const item of withText) {
      expect(item.lagtext.sfs).toBe(item.data.sfs);
      for (const provision of item.lagtext.provisions) expect(provision.paragraphs.length).toBeGreaterThan(0);
    }
  });

  test('the rules name their provisions by registry id, and no rule text is left unresolved in a template', () => {
    const lagrumIds = new Set(sources.lagrum.map((e) => e.id));
    for (const rule of parsed('regler').items) for (const id of rule.data.lagrum) expect(lagrumIds.has(id), id).toBe(true);
    expect(texts.mallar).not.toContain('{{regel:');
  });
});

describe('the data change only when their sources do', () => {
  test('the same sources give the same bytes, in whatever order they come', () => {
    const reversed: DataSources = {
      ...sources,
      templates: [...sources.templates].reverse(),
      lagrum: [...sources.lagrum].reverse(),
      ordlista: [...sources.ordlista].reverse(),
      regler: [...sources.regler].reverse(),
      laws: new Map([...sources.laws].reverse()),
    };
    expect(dataFileTexts(reversed)).toEqual(texts);
    expect(dataFileTexts(openDataSources())).toEqual(texts);
  });

  test('a changed label shows in mallar.json and its hash in the index, and nowhere else', () => {
    const [first, ...rest] = sources.templates;
    const changed = structuredClone(first!);
    changed.sections[0]!.fields[0]!.label = `${changed.sections[0]!.fields[0]!.label} (ändrad)`;
    const after = dataFileTexts({ ...sources, templates: [changed, ...rest] });
    expect(after.mallar).not.toBe(texts.mallar);
    expect(after.mallar).toContain('(ändrad)');
    expect(after.lagrum).toBe(texts.lagrum);
    expect(after.ordlista).toBe(texts.ordlista);
    expect(after.regler).toBe(texts.regler);
    const sha = (text: string) => JSON.parse(text).files.map((file: { sha256: string }) => file.sha256);
    expect(sha(after.index)).toEqual([expect.not.stringMatching(sha(texts.index)[0]), ...sha(texts.index).slice(1)]);
  });

  test('a new template version moves the content date', () => {
    const [first, ...rest] = sources.templates;
    const after = dataFileTexts({ ...sources, templates: [{ ...first!, version: '2099-01-01' }, ...rest] });
    expect(JSON.parse(after.mallar).contentDate).toBe('2099-01-01');
  });
});

describe('canonicalJson', () => {
  test('sorts keys at every depth, keeps array order, writes dates as days and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: new Date('2026-12-02T00:00:00Z') }, e: undefined })).toBe(
      '{\n  "a": {\n    "c": "2026-12-02",\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
});
