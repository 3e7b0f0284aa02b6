import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, test, vi } from 'vitest';
import readingReport, { handOverReadings } from '../../../src/integrations/reading-report.ts';
import { folderLoader } from '../../../src/registry/loader.ts';
import { readYamlFile } from '../../../src/schemas/read-yaml-file.ts';
import { legalReferenceSchema } from '../../../src/schemas/legal-reference.ts';
import { RegistryError } from '../../../src/law/registry-entries.ts';
import { loaderContext } from './loader-context.ts';

const root = mkdtempSync(join(tmpdir(), 'reading-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'lagrum'));

const read = vi.fn((file: string) => readYamlFile(file, legalReferenceSchema, 'lagrummet', RegistryError));
const lagrum = folderLoader({ name: 'test', folder: 'lagrum', read, afterLoad: handOverReadings });

const buildDone = () => {
  const logger = { info: vi.fn(), warn: vi.fn() };
  const hook = readingReport({ now: () => new Date('2026-11-26T10:00:00Z') }).hooks['astro:build:done'] as (options: unknown) => void;
  hook({ logger } as unknown as Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0]);
  return logger;
};

describe('the reading report at the end of the build', () => {
  test('counts the entries the lagrum loader read, without reading the registry again, and prints once', async () => {
    copyFileSync('tests/fixtures/registries/lagrum/giltig.yaml', join(root, 'lagrum/lvu-umgange.yaml'));
    writeFileSync(
      join(root, 'lagrum/sol-sip.yaml'),
      `law: Socialtjänstlag (2025:400)\nshortName: socialtjänstlagen\nsfs: "2025:400"\nsection: "7"\nsummary: Kommunen och regionen ska upprätta en samordnad individuell plan.\nurl: https://lagen.nu/2025:400\nreading:\n  level: ej-last\n  read: 2024-01-15\n  note: Inte läst mot lagtexten.\n`,
    );
    await lagrum.load(loaderContext({ root }).asLoaderContext);
    expect(read).toHaveBeenCalledTimes(2);

    const logger = buildDone();
    expect(read).toHaveBeenCalledTimes(2);
    expect(logger.info.mock.calls).toEqual([['lagrum: 1 lästa i lagtexten, 0 lästa i förarbetena, 1 inte kontrollerade mot lagtexten']]);
    expect(logger.warn.mock.calls).toEqual([
      ['lagrum → sol-sip: lydelsen lästes senast 2024-01-15, för mer än tolv månader sedan. Läs lagtexten igen och uppdatera reading.'],
    ]);

    const again = buildDone();
    expect(again.info).not.toHaveBeenCalled();
    expect(again.warn.mock.calls).toEqual([['lagrum: ingen läsrapport, eftersom samlingen lagrum inte lästes under bygget']]);
  });
});
