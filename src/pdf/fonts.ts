import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontBytes } from './render-template.ts';

const require = createRequire(import.meta.url);

/** Noto Sans (SIL Open Font License) from @fontsource: the WOFF files, since fontkit cannot subset its WOFF2. */
export const fontFiles = {
  regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
} as const;

export function loadFonts(): FontBytes {
  return {
    regular: readFileSync(require.resolve(fontFiles.regular)),
    bold: readFileSync(require.resolve(fontFiles.bold)),
  };
}
