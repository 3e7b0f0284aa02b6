import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMunicipalArgs, readLogo } from '../../../src/templates/municipal-args.ts';
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
    expect(() => parseMunicipalArgs(['--kommun', 'X', '--farg', 'röd'])).toThrow("Unknown option '--farg'");
    expect(() => readLogo('tests/fixtures/finns-inte.png')).toThrow('logotypen tests/fixtures/finns-inte.png gick inte att läsa: ENOENT');
    expect(() => readLogo('tests/fixtures/not-an-image.png')).toThrow('logotypen tests/fixtures/not-an-image.png är varken PNG eller JPEG');
    expect(readLogo('tests/fixtures/logo.png').type).toBe('png');
  });
});

// Each test spawns Node (and one renders every template): slow on a busy machine, so a generous timeout.
describe('npm run pdf', { timeout: 120_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/pdf.ts', ...args], { encoding: 'utf8' });

  test('renders every template into the folder, as PDF and as Word', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kommun-'));
    const result = run('--kommun', 'Exempels kommun', '--logo', 'tests/fixtures/logo.png', '--ut', out);
    expect(result.status, result.stderr).toBe(0);
    const ids = readdirSync('templates').map((name) => name.replace('.yaml', ''));
    expect(readdirSync(out).sort()).toEqual(ids.flatMap((id) => [`${id}.docx`, `${id}.pdf`]).sort());
    const { html } = await readDocx(readFileSync(join(out, 'umgangesplan.docx')));
    expect(html).toMatch(/^<table><tr><td><p>Exempels kommun<\/p><\/td><td><p><img alt="Logotyp för Exempels kommun" src="data:image\/png;base64,/);
  }, 120_000);

  test('exits with 2 and says what is wrong, before writing any file', () => {
    const out = mkdtempSync(join(tmpdir(), 'kommun-'));
    const result = run('--kommun', 'X', '--logo', 'tests/fixtures/not-an-image.png', '--ut', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Fel: logotypen tests/fixtures/not-an-image.png är varken PNG eller JPEG');
    expect(readdirSync(out)).toEqual([]);
    const missing = run('--ut', out);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Fel: --kommun saknas');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
