import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { templatesLoader } from '../../../src/templates/collection.ts';
import { loadTemplates } from '../../../src/templates/load.ts';
import { templateSchema } from '../../../src/templates/schema.ts';
import { loaderContext } from '../registry/loader-context.ts';

const root = mkdtempSync(join(tmpdir(), 'templates-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Every way into the schema, counted: our own validation uses safeParse, Astro's parseData safeParseAsync. */
const countSchemaRuns = () => ['safeParse', 'safeParseAsync', 'parse', 'parseAsync'].map((method) => vi.spyOn(templateSchema, method as 'parse'));
const runs = (spies: ReturnType<typeof countSchemaRuns>) => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);

describe('the templates collection', () => {
  test('runs the template schema once per file, through the same reader as scripts, and never calls parseData', async () => {
    const files = readdirSync('templates').filter((name) => /\.ya?ml$/.test(name));
    const { context, asLoaderContext } = loaderContext();
    const spies = countSchemaRuns();
    await templatesLoader().load(asLoaderContext);
    expect(runs(spies)).toBe(files.length);
    expect(context.parseData).not.toHaveBeenCalled();

    vi.restoreAllMocks();
    const templates = loadTemplates('templates');
    expect(context.store.values().map(({ id, data, filePath }) => ({ id, data, filePath }))).toEqual(
      templates.map((template) => ({ id: template.id, data: template, filePath: `templates/${template.id}.yaml` })),
    );
  });

  test('a template that breaks the schema stops the load with the file and the field named in Swedish', async () => {
    mkdirSync(join(root, 'templates'));
    copyFileSync('tests/fixtures/templates/invalid/choice-without-options.yaml', join(root, 'templates/choice-without-options.yaml'));
    await expect(templatesLoader().load(loaderContext({ root }).asLoaderContext)).rejects.toThrow(
      `${relative(process.cwd(), join(root, 'templates/choice-without-options.yaml'))}: mallen följer inte schemat:\n  - sections[0].fields[0].options (id "placeringsgrund"): ett valfält behöver minst två alternativ`,
    );
  });

  test('a template that is not YAML stops the load and names its file', async () => {
    mkdirSync(join(root, 'trasiga'));
    writeFileSync(join(root, 'trasiga/trasig.yaml'), 'id: [\n');
    await expect(templatesLoader('trasiga').load(loaderContext({ root }).asLoaderContext)).rejects.toThrow(
      new RegExp(`^${relative(process.cwd(), join(root, 'trasiga/trasig.yaml'))}: ogiltig YAML: `),
    );
  });
});
