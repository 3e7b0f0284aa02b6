import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontBytes } from './render-template.ts';

/*
 * Noto Sans (SIL Open Font License 1.1), cut to the characters in charset.ts by scripts/fonts.ts.
 * TrueType, not WOFF: the regular weight is embedded whole, so that a form field can show
 * anything a user types later in a PDF reader, and readers reject pdf-lib's whole WOFF files.
 */
/** Relative to the project root, like templates/: the build bundles this module elsewhere. */
export const fontFiles = {
  regular: 'src/pdf/fonts/noto-sans-latin-regular.ttf',
  bold: 'src/pdf/fonts/noto-sans-latin-bold.ttf',
} as const;

export function loadFonts(): FontBytes {
  return {
    regular: readFileSync(join(process.cwd(), fontFiles.regular)),
    bold: readFileSync(join(process.cwd(), fontFiles.bold)),
  };
}
