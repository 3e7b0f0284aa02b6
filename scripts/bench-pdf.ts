/**
 * Size and render time of every PDF template (not a test: it prints numbers): npm run bench:pdf
 * Also part of npm run bench. Each template is rendered once to warm up, then three times; the
 * median counts. The fonts' share is the embedded font files; the limits are 60 kB without them
 * and 200 kB with them, and under 1 s for all templates together.
 */
import { loadTemplates } from '../src/templates/load.ts';
import { renderTemplatePdf } from '../src/pdf/render-template.ts';
import { loadFonts } from '../src/pdf/fonts.ts';
import { pdfSizes } from '../src/pdf/size.ts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export async function benchmarkPdfs(): Promise<void> {
  const fonts = loadFonts();
  const templates = loadTemplates('templates');
  await renderTemplatePdf(templates[0]!, { fonts });
  const rows: string[][] = [['mall', 'sidor', 'fält', 'storlek', 'typsnitt', 'utan typsnitt', 'renderingstid (median av 3)']];
  let total = 0;
  for (const template of templates) {
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      bytes = await renderTemplatePdf(template, { fonts });
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[1]!;
    total += median;
    const size = await pdfSizes(bytes);
    const fields = template.sections.reduce((sum, section) => sum + section.fields.length, 0);
    rows.push([
      template.id,
      String(size.pages),
      String(fields),
      kB(size.total),
      `${kB(size.fonts)} (${Math.round((100 * size.fonts) / size.total)} %)`,
      kB(size.total - size.fonts),
      `${median.toFixed(0)} ms`,
    ]);
  }
  rows.push(['alla mallar', '', '', '', '', '', `${total.toFixed(0)} ms`]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log('PDF-mallar');
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  console.log('');
}

if (import.meta.main) await benchmarkPdfs();
