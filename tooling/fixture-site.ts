import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve('.');

/**
 * A copy of the site's code with the small content of tests/fixtures/site, plus the given
 * files, so a test can build it and read what the build says.
 */
export function createFixtureSite(files: Record<string, string> = {}): string {
  // Inside the project, so that packages resolve from its node_modules without a symlink,
  // which Vite would resolve to a second, conflicting path.
  mkdirSync(join(root, 'tests/.sites'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tests/.sites/site-'));
  for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(root, 'tests/fixtures/site'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function buildSite(dir: string): { status: number | null; output: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 540_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  // Strip terminal colours that some tools print regardless.
  const output = (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

export function removeFixtureSite(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
