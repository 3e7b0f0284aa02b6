import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, test } from 'vitest';

/*
 * A build whose template files are all in the render cache must not load the PDF and Word
 * libraries: the catalog imports the renderers only when a file is missing, and the web form
 * sizes its fields from geometry.ts, not from the PDF widgets. Checked on the static imports
 * (type-only imports are erased and load nothing).
 */
const heavy = ['pdf-lib', '@pdf-lib/fontkit', 'docx'];

function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const frontmatter = file.endsWith('.astro') ? (source.split('---')[1] ?? '') : source;
  for (const [, specifier] of frontmatter.matchAll(/^import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (specifier!.startsWith('.')) staticImports(resolve(dirname(file), specifier!), seen);
    else seen.add(specifier!);
  }
  return seen;
}

test.each(['src/template-files/catalog.ts', 'src/components/templates/TemplateField.astro'])(
  '%s loads no PDF or Word library until a file must be rendered',
  (file) => {
    const imports = staticImports(resolve(file));
    expect(heavy.filter((name) => imports.has(name))).toEqual([]);
    // The check itself sees through relative imports: the renderer does load pdf-lib.
    expect(staticImports(resolve('src/pdf/render-template.ts')).has('pdf-lib')).toBe(true);
  },
);
