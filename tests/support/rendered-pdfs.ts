import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTemplatePdf, type RenderOptions } from '../../src/pdf/render-template.ts';
import { loadFonts } from '../../src/pdf/fonts.ts';
import type { Template } from '../../src/templates/schema.ts';

/*
 * Renders each PDF a test file needs once, keeps the bytes and a file on disk for poppler and
 * qpdf, and hands the same result to every test that asks with the same key.
 */

const dir = mkdtempSync(join(tmpdir(), 'pdf-tester-'));
const fonts = loadFonts();
const cache = new Map<string, Promise<RenderedPdf>>();

export interface RenderedPdf {
  bytes: Uint8Array;
  file: string;
}

export function rendered(key: string, template: Template, options: Omit<RenderOptions, 'fonts'> = {}): Promise<RenderedPdf> {
  let pdf = cache.get(key);
  if (!pdf) {
    pdf = renderTemplatePdf(template, { ...options, fonts }).then((bytes) => {
      const file = join(dir, `${key}.pdf`);
      writeFileSync(file, bytes);
      return { bytes, file };
    });
    cache.set(key, pdf);
  }
  return pdf;
}

/** A PDF from bytes made in a test (not by the renderer), written once for the command-line readers. */
export function toFile(key: string, bytes: Uint8Array): string {
  const file = join(dir, `${key}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Text of every page in content-stream order (pdftotext -raw), one string per page. */
export function pdfText(file: string): string[] {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .slice(0, -1);
}

export function qpdfCheck(file: string) {
  return spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** Renders every page with pdftoppm; returns its stderr, which must be empty. */
export function popplerRender(file: string, resolution = 30): string {
  const out = mkdtempSync(join(dir, 'ppm-'));
  const result = spawnSync('pdftoppm', ['-r', String(resolution), '-png', file, join(out, 'sida')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftoppm misslyckades: ${result.stderr}`);
  return result.stderr;
}
