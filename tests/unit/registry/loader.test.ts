import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { folderLoader } from '../../../src/registry/loader.ts';
import { readYamlFile } from '../../../src/schemas/read-yaml-file.ts';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { checkedLegalReferenceSchema } from '../../../src/law/registry-schema.ts';
import { RegistryError } from '../../../src/law/registry-entries.ts';
import { loaderContext } from './loader-context.ts';

const root = mkdtempSync(join(tmpdir(), 'registry-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A fresh folder per test, under the site root the loader is given.
let folder: string;
let count = 0;
beforeEach(() => {
  folder = `ordlista-${++count}`;
  mkdirSync(join(root, folder));
});
const write = (name: string, text: string) => writeFileSync(join(root, folder, name), text);
/** As the loader names a file in its messages: relative to the working directory. */
const shown = (name: string) => relative(process.cwd(), join(root, folder, name));

const glossary = (afterLoad?: Parameters<typeof folderLoader>[0]['afterLoad']) => {
  const read = vi.fn((file: string) => readYamlFile(file, glossaryTermSchema, 'termen', RegistryError));
  return { read, loader: folderLoader({ name: 'test', folder, read, afterLoad }) };
};

describe('a registry folder loaded into the content layer', () => {
  test('reads every file once, stores the validated data under the file name, and never calls parseData', async () => {
    write('lvu.yaml', 'term: LVU\ndefinition: "Lag med särskilda bestämmelser om vård av unga."\n');
    write('familjehem.yml', 'term: Familjehem\ndefinition: Ett hem som tar emot ett barn för vård.\n');
    const afterLoad = vi.fn();
    const { read, loader } = glossary(afterLoad);
    const { context, asLoaderContext } = loaderContext({ root });
    await loader.load(asLoaderContext);

    expect(read.mock.calls.map(([file]) => file)).toEqual([shown('familjehem.yml'), shown('lvu.yaml')]);
    expect(context.parseData).not.toHaveBeenCalled();
    expect(context.store.keys()).toEqual(['familjehem', 'lvu']);
    expect(context.store.get('lvu')).toMatchObject({
      data: { term: 'LVU', definition: 'Lag med särskilda bestämmelser om vård av unga.' },
      filePath: `${folder}/lvu.yaml`,
      digest: expect.any(String),
    });
    expect(afterLoad).toHaveBeenCalledTimes(1);
    expect(afterLoad.mock.calls[0]![0].map(({ id, file }: { id: string; file: string }) => [id, file])).toEqual([
      ['familjehem', shown('familjehem.yml')],
      ['lvu', shown('lvu.yaml')],
    ]);
  });

  test('an entry that is not YAML stops the load, names its file, and leaves the store as it was', async () => {
    write('lvu.yaml', 'term: LVU\ndefinition: Lag med särskilda bestämmelser om vård av unga.\n');
    const { loader } = glossary();
    const { context, asLoaderContext } = loaderContext({ root });
    await loader.load(asLoaderContext);
    write('trasig.yaml', 'term: [\n');
    await expect(loader.load(asLoaderContext)).rejects.toThrow(new RegExp(`^${shown('trasig.yaml')}: ogiltig YAML: `));
    expect(context.store.keys()).toEqual(['lvu']);
  });

  test('an entry that breaks the schema stops the load with the file and the field named in Swedish', async () => {
    write('lvu.yaml', 'term: LVU\n');
    await expect(glossary().loader.load(loaderContext({ root }).asLoaderContext)).rejects.toThrow(
      `${shown('lvu.yaml')}: termen följer inte schemat:\n  - definition: definition saknas`,
    );
  });

  test('a legal entry is measured against the stored statutes in the same single read', async () => {
    copyFileSync('tests/fixtures/registries/lagrum/okand-paragraf.yaml', join(root, folder, 'okand-paragraf.yaml'));
    const schema = checkedLegalReferenceSchema('tests/fixtures/site/content/lagtext');
    const loader = folderLoader({ name: 'test', folder, read: (file) => readYamlFile(file, schema, 'lagrummet', RegistryError) });
    await expect(loader.load(loaderContext({ root }).asLoaderContext)).rejects.toThrow(
      `${shown('okand-paragraf.yaml')}: lagrummet följer inte schemat:\n  - section: 14 b § finns inte i den lagrade lagtexten`,
    );
  });

  test('two files with the same id stop the load', async () => {
    write('lvu.yaml', 'term: LVU\ndefinition: Lag med särskilda bestämmelser om vård av unga.\n');
    write('lvu.yml', 'term: LVU\ndefinition: Lag med särskilda bestämmelser om vård av unga.\n');
    await expect(glossary().loader.load(loaderContext({ root }).asLoaderContext)).rejects.toThrow(
      `${shown('lvu.yml')}: ${shown('lvu.yaml')} har samma id "lvu"; ta bort den ena filen`,
    );
  });

  test('every load reads every file again, drops removed files and stores the entries in file-name order', async () => {
    write('b.yaml', 'term: B\ndefinition: Den andra termen.\n');
    const { read, loader } = glossary();
    const { context, asLoaderContext } = loaderContext({ root });
    await loader.load(asLoaderContext);
    write('a.yaml', 'term: A\ndefinition: Den första termen.\n');
    write('c.yaml', 'term: C\ndefinition: Den tredje termen.\n');
    await loader.load(asLoaderContext);
    expect(context.store.keys()).toEqual(['a', 'b', 'c']);
    unlinkSync(join(root, folder, 'c.yaml'));
    await loader.load(asLoaderContext);
    expect(context.store.keys()).toEqual(['a', 'b']);
    expect(read).toHaveBeenCalledTimes(1 + 3 + 2);
  });

  test('a folder that does not exist gives an empty collection and a warning', async () => {
    const { context, asLoaderContext } = loaderContext({ root });
    await folderLoader({ name: 'test', folder: 'finns-inte', read: () => ({}) }).load(asLoaderContext);
    expect(context.store.keys()).toEqual([]);
    expect(context.logger.warn).toHaveBeenCalledWith(`${relative(process.cwd(), join(root, 'finns-inte'))}: mappen finns inte, så samlingen är tom`);
  });
});

describe('in dev', () => {
  test('an edited, added or removed file changes its entry alone; one that breaks is reported and its entry kept', async () => {
    write('lvu.yaml', 'term: LVU\ndefinition: Lag med särskilda bestämmelser om vård av unga.\n');
    const { read, loader } = glossary();
    const { context, asLoaderContext, watcher } = loaderContext({ root, dev: true });
    await loader.load(asLoaderContext);
    expect(watcher!.add).toHaveBeenCalledWith(join(root, folder));
    read.mockClear();

    write('lvu.yaml', 'term: LVU\ndefinition: Lagen om vård av unga.\n');
    watcher!.emit('change', join(root, folder, 'lvu.yaml'));
    expect(context.store.get('lvu')?.data).toEqual({ term: 'LVU', definition: 'Lagen om vård av unga.' });

    write('sol.yaml', 'term: SoL\ndefinition: Socialtjänstlagen.\n');
    watcher!.emit('add', join(root, folder, 'sol.yaml'));
    watcher!.emit('change', join(root, 'annan-mapp', 'sol.yaml'));
    watcher!.emit('change', join(root, folder, 'anteckningar.txt'));
    expect(read).toHaveBeenCalledTimes(2);
    expect(context.store.keys()).toEqual(['lvu', 'sol']);

    write('lvu.yaml', 'term: LVU\n');
    watcher!.emit('change', join(root, folder, 'lvu.yaml'));
    expect(context.logger.error).toHaveBeenCalledWith(`${shown('lvu.yaml')}: termen följer inte schemat:\n  - definition: definition saknas`);
    expect(context.store.get('lvu')?.data).toEqual({ term: 'LVU', definition: 'Lagen om vård av unga.' });

    watcher!.emit('unlink', join(root, folder, 'sol.yaml'));
    expect(context.store.keys()).toEqual(['lvu']);
  });

  test('a file changed in a folder the entries depend on forgets what was read of it and reads every entry again', async () => {
    write('lvu.yaml', 'term: LVU\ndefinition: Lagen om vård av unga.\n');
    write('sol.yaml', 'term: SoL\ndefinition: Socialtjänstlagen.\n');
    const dependency = `${folder}-regler`;
    mkdirSync(join(root, dependency));
    const forget = vi.fn();
    const read = vi.fn((file: string) => readYamlFile(file, glossaryTermSchema, 'termen', RegistryError));
    const loader = folderLoader({ name: 'test', folder, read, dependsOn: { folders: [dependency], forget } });
    const { asLoaderContext, watcher } = loaderContext({ root, dev: true });
    await loader.load(asLoaderContext);
    // Every full load starts from a fresh read of the folders it depends on.
    expect(forget).toHaveBeenCalledTimes(1);
    expect(watcher!.add).toHaveBeenCalledWith(join(root, dependency));
    read.mockClear();

    writeFileSync(join(root, dependency, 'regel.yaml'), 'text: En regel.\n');
    watcher!.emit('change', join(root, dependency, 'regel.yaml'));
    expect(forget).toHaveBeenCalledTimes(2);
    expect(read.mock.calls.map(([file]) => file)).toEqual([shown('lvu.yaml'), shown('sol.yaml')]);

    watcher!.emit('unlink', join(root, dependency, 'regel.yaml'));
    expect(forget).toHaveBeenCalledTimes(3);
    watcher!.emit('change', join(root, dependency, 'anteckningar.txt'));
    watcher!.emit('change', join(root, 'annan-mapp', 'regel.yaml'));
    expect(forget).toHaveBeenCalledTimes(3);
    expect(read).toHaveBeenCalledTimes(4);
  });
});
