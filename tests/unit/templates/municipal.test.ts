import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMunicipalArgs, readLogo } from '../../../src/templates/municipal-args.ts';

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

  test('renders every template into the folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'kommun-'));
    const result = run('--kommun', 'Exempels kommun', '--logo', 'tests/fixtures/logo.png', '--ut', out);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync('templates').map((name) => name.replace('.yaml', '.pdf')).sort());
  });

  test('exits with 2 and says what is wrong', () => {
    const result = run('--kommun', 'X', '--logo', 'tests/fixtures/not-an-image.png');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Fel: logotypen tests/fixtures/not-an-image.png är varken PNG eller JPEG');
  });
});
