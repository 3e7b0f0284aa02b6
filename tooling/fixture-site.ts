import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Console } from 'node:console';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';

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

/**
 * Builds a fixture site with Astro's programmatic build(), in this process: what `astro build` prints is
 * collected, and a build that fails gives its error's message as the command line would print it. The build
 * runs in the site's folder, as the command would, since the site's config and content read paths from there.
 */
export async function buildSite(dir: string): Promise<{ status: number; output: string }> {
  const { build } = await import('astro');
  const printed: string[] = [];
  const write = { stdout: process.stdout.write, stderr: process.stderr.write };
  const collect = ((chunk: string | Uint8Array) => {
    printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  // What plugins print with console (the links validator's report) goes there too, not to the test runner's console.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed.push(chunk.toString('utf8'));
      done();
    },
  });
  const runnerConsole = globalThis.console;
  const cwd = process.cwd();
  let status = 0;
  process.chdir(dir);
  process.stdout.write = collect;
  process.stderr.write = collect;
  globalThis.console = new Console(sink, sink);
  try {
    await build({ root: dir, logLevel: 'info' });
  } catch (error) {
    status = 1;
    printed.push(`\n${error instanceof Error ? `${error.name}: ${error.message}\n${(error as { hint?: string }).hint ?? ''}` : String(error)}\n`);
  } finally {
    process.stdout.write = write.stdout;
    process.stderr.write = write.stderr;
    globalThis.console = runnerConsole;
    process.chdir(cwd);
  }
  // Strip terminal colours that some tools print regardless.
  return { status, output: printed.join('').replace(/\u001b\[[0-9;]*m/g, '') };
}

export function removeFixtureSite(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
