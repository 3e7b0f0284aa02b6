import { existsSync } from 'node:fs';

/** Stops the run with one clear message before any test reads dist/: the site must be built first. */
export function requireBuiltSite(files = ['dist/index.html', 'dist/sw.js', 'dist/mallar', 'dist/pagefind']): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`Bygg webbplatsen först (npm run build): ${missing.join(', ')} saknas.`);
}

/** Vitest's global setup for the projects that read the built site. */
export function setup(): void {
  requireBuiltSite();
}
