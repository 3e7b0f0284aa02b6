import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLogo, parseMunicipalArgs, readLogo } from '../../../scripts/municipal-args.ts';
import { loadTemplates } from '../../../src/templates/load.ts';
import { blankCopies } from '../../../src/templates/copies.ts';
import { readDocx } from '../../support/docx.ts';

describe('municipal versions: arguments', () => {
  test('name, logo and folder', () => {
    expect(parseMunicipalArgs(['--kommun', 'Exempels kommun', '--logo', 'logga.png', '--ut', 'ut'])).toEqual({
      municipality: 'Exempels kommun',
      logo: 'logga.png',
      out: 'ut',
    });
    expect(parseMunicipalArgs(['--kommun', 'Åre kommun']).out).toBe('mallar-are-kommun');
  });

  test('a missing name, an unknown option or an unreadable logo is a clear error', () => {
    expect(() => parseMunicipalArgs([])).toThrow('--kommun saknas: ange kommunens namn, till exempel --kommun "Exempels kommun"');
    expect(() => parseMunicipalArgs(['--kommun', 'X', '--farg', 'röd'])).toThrow('okänt alternativ --farg: använd --kommun, --logo och --ut');
    expect(() => parseMunicipalArgs(['--kommun'])).toThrow('--kommun saknar ett värde');
    expect(() => parseMunicipalArgs(['--kommun', 'X', 'extra'])).toThrow('okänt argument extra: skriv värden efter --kommun, --logo eller --ut');
    expect(() => parseMunicipalArgs(['--kommun', 'Kommun 東京'])).toThrow(
      'kommunens namn har tecken som blanketternas typsnitt inte kan skriva ut: ”東” (U+6771), ”京” (U+4EAC). Skriv namnet med latinska bokstäver',
    );
    expect(parseMunicipalArgs(['--kommun', 'Sápmi Ŋ kommun']).municipality).toBe('Sápmi Ŋ kommun');
    expect(() => readLogo('tests/fixtures/finns-inte.png')).toThrow('logotypen tests/fixtures/finns-inte.png gick inte att läsa: ENOENT');
    expect(() => readLogo('tests/fixtures/not-an-image.png')).toThrow('logotypen tests/fixtures/not-an-image.png är varken PNG eller JPEG');
    expect(readLogo('tests/fixtures/logo.png').type).toBe('png');
  });

  test('a logo that starts like a PNG but is broken inside is refused before anything is rendered', async () => {
    const logo = readLogo('tests/fixtures/broken-logo.png');
    await expect(checkLogo('tests/fixtures/broken-logo.png', logo)).rejects.toThrow(
      'logotypen tests/fixtures/broken-logo.png är trasig och går inte att läsa som PNG: spara om den i ett bildprogram och försök igen',
    );
    await expect(checkLogo('tests/fixtures/logo.png', readLogo('tests/fixtures/logo.png'))).resolves.toBeUndefined();
  });
});

// Each test spawns Node (and one renders every template): slow on a busy machine, so a generous timeout.
describe('npm run pdf', { timeout: 120_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/pdf.ts', ...args], { encoding: 'utf8' });

  test("renders every recipient's copy of every template into the folder, as PDF and as Word", async () => {
    const out = mkdtempSync(join(tmpdir(), 'kommun-'));
    const result = run('--kommun', 'Exempels kommun', '--logo', 'tests/fixtures/logo.png', '--ut', out);
    expect(result.status, result.stderr).toBe(0);
    const files = loadTemplates('templates')
      .flatMap(blankCopies)
      .map((copy) => copy.file);
    expect(files).toContain('umgangesplan-foraldern');
    expect(readdirSync(out).sort()).toEqual(files.flatMap((file) => [`${file}.docx`, `${file}.pdf`]).sort());
    const { html } = await readDocx(readFileSync(join(out, 'umgangesplan-akten.docx')));
    expect(html).toMatch(/^<table><tr><td><p>Exempels kommun<\/p><\/td><td><p><img alt="Logotyp för Exempels kommun" src="data:image\/png;base64,/);
  }, 120_000);

  test('exits with 2 and says what is wrong, before writing any file', () => {
    const out = mkdtempSync(join(tmpdir(), 'kommun-'));
    const result = run('--kommun', 'X', '--logo', 'tests/fixtures/not-an-image.png', '--ut', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Fel: logotypen tests/fixtures/not-an-image.png är varken PNG eller JPEG');
    expect(readdirSync(out)).toEqual([]);
    const broken = run('--kommun', 'X', '--logo', 'tests/fixtures/broken-logo.png', '--ut', out);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('Fel: logotypen tests/fixtures/broken-logo.png är trasig');
    expect(broken.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
    const name = run('--kommun', 'Kommun 東京', '--ut', out);
    expect(name.status).toBe(2);
    expect(name.stderr).toContain('Fel: kommunens namn har tecken som blanketternas typsnitt inte kan skriva ut');
    expect(readdirSync(out)).toEqual([]);
    const missing = run('--ut', out);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Fel: --kommun saknas');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
