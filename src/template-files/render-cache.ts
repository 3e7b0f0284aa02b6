import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Template } from '../templates/schema.ts';

/*
 * A template's PDF and Word document, kept between builds in Astro's cache folder. A file is
 * reused only when nothing that decides its bytes has changed: the template itself, any file in
 * src/ (the renderers, the field model, the fonts) and package-lock.json (the libraries' versions).
 * A first build, and every build on a clean clone as in CI, renders everything.
 */

export const RENDER_CACHE_DIR = 'node_modules/.astro/umgangeshandboken-mallar';

const fingerprints = new Map<string, { signature: string; fingerprint: string }>();

export interface RenderCacheOptions {
  /**
   * Look for edits in src/ on every call, as the dev server must. A build, where the code cannot
   * change, hashes the files once.
   */
  watch?: boolean;
}

/**
 * One hash of every file in src/ and of package-lock.json. When watching, the files are read again
 * only when one of them has been added, removed or changed since the last call (by name, size and
 * time), so the dev server notices an edit to the renderer.
 */
export function codeFingerprint(root: string, { watch = true }: RenderCacheOptions = {}): string {
  const cached = fingerprints.get(root);
  if (cached && !watch) return cached.fingerprint;
  const files = globSync(['src/**/*', 'package-lock.json'], { cwd: root, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const signature = files
    .map((path) => {
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .join('\n');
  if (cached?.signature === signature) return cached.fingerprint;
  const hash = createHash('sha256');
  for (const path of files)
    hash
      .update(`${relative(root, path)}\0`)
      .update(readFileSync(path))
      .update('\0');
  const fingerprint = hash.digest('hex');
  fingerprints.set(root, { signature, fingerprint });
  return fingerprint;
}

export function renderCacheKey(root: string, kind: string, template: Template, options: RenderCacheOptions = {}): string {
  return createHash('sha256')
    .update(codeFingerprint(root, options))
    .update(`\0${kind}\0`)
    .update(JSON.stringify(template))
    .digest('hex')
    .slice(0, 24);
}

/** The cached bytes of a template's file, or the freshly rendered ones, which are then kept. */
export async function cachedRender(
  root: string,
  kind: 'pdf' | 'docx',
  /** The file's name in the cache, e.g. "umgangesplan-forelder-1": one cached file per name. */
  name: string,
  template: Template,
  render: () => Promise<Uint8Array<ArrayBuffer>>,
  options: RenderCacheOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const dir = join(root, RENDER_CACHE_DIR);
  const file = join(dir, `${name}.${renderCacheKey(root, kind, template, options)}.${kind}`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not rendered with this code and this template yet.
  }
  const bytes = await render();
  mkdirSync(dir, { recursive: true });
  for (const old of globSync(`${name}.*.${kind}`, { cwd: dir })) rmSync(join(dir, old), { force: true });
  // Written under a temporary name first, so that a build stopped halfway never leaves half a file to reuse.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}
