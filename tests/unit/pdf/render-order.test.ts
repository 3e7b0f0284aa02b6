import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadFonts } from '../../../src/pdf/fonts.ts';
import { renderTemplatePdf } from '../../../src/pdf/render-template.ts';
import { parseTemplate } from '../../../src/templates/load.ts';
import { pdfText, toFile } from '../../support/rendered-pdfs.ts';

/*
 * A PDF is the same whatever was rendered before it in the same process (the build renders every
 * template in one, and the browser's worker every PDF a user asks for). fontkit keeps each glyph with
 * the characters it was first made for. When one parsed font served every document, a bold "Ö" (a glyph
 * built from "O" and two dots) made the bold "O" a glyph of no character, and every later PDF lost its
 * bold "O" from its text: "mbudets namn" for "Ombudets namn", for copy and paste, search and screen readers.
 */

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const withOnlyÖ = parseTemplate(file, readFileSync(file, 'utf8'));
const withO = { ...withOnlyÖ, title: 'Ombudets namn' };

/** poppler reads a glyph's character from the PDF's Unicode map alone (pdf.js falls back to the font's own tables). */
const firstTextLine = (bytes: Uint8Array) => pdfText(toFile('efter-ö', bytes))[0]!.split('\n')[0];

test('a bold "O" keeps its character after a PDF whose bold text had "Ö" and no "O"', async () => {
  // Fonts read afresh: no other test's PDF has laid them out.
  const fonts = loadFonts();
  expect(withOnlyÖ.title).toContain('Ö');
  expect(withOnlyÖ.title).not.toContain('O');
  await renderTemplatePdf(withOnlyÖ, { fonts });
  const after = await renderTemplatePdf(withO, { fonts });
  // The title, in bold, is the first line; the footer repeats it in the regular font.
  expect(firstTextLine(after)).toBe('Ombudets namn');
  // The same bytes as with fonts that nothing else has used.
  expect(Buffer.from(after).equals(Buffer.from(await renderTemplatePdf(withO, { fonts: loadFonts() })))).toBe(true);
});
