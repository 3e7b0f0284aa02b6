/**
 * Size and render time of every PDF template (not a test: it prints numbers): npm run bench:pdf
 * Also part of npm run bench. Each template is rendered once to warm up, then three times; the
 * median counts, as wall-clock time and as CPU time (the process's own, which other load on a
 * shared machine disturbs less). The fonts' share is the embedded font files; the limits are 60 kB without them
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
  const rows: string[][] = [['mall', 'sidor', 'fält', 'storlek', 'typsnitt', 'utan typsnitt', 'renderingstid (median av 3)', 'CPU-tid (median)']];
  let total = 0;
  let totalCpu = 0;
  for (const template of templates) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      bytes = await renderTemplatePdf(template, { fonts });
      const used = process.cpuUsage(cpu);
      times.push(performance.now() - start);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const median = times.sort((a, b) => a - b)[1]!;
    const cpuMedian = cpuTimes.sort((a, b) => a - b)[1]!;
    total += median;
    totalCpu += cpuMedian;
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
      `${cpuMedian.toFixed(0)} ms`,
    ]);
  }
  rows.push(['summa av medianerna', '', '', '', '', '', `${total.toFixed(0)} ms`, `${totalCpu.toFixed(0)} ms`]);
  // All templates one after the other, as the build renders them: the median of three rounds.
  const rounds: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const template of templates) await renderTemplatePdf(template, { fonts });
    const used = process.cpuUsage(cpu);
    rounds.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[1]!;
  rows.push([
    'alla mallar i följd',
    '',
    '',
    '',
    '',
    '',
    `${middle(rounds.map((r) => r.wall)).toFixed(0)} ms`,
    `${middle(rounds.map((r) => r.cpu)).toFixed(0)} ms`,
  ]);
  // Very long strings without a space: line breaking must stay linear (target: under 5 s each).
  const plan = templates.find((template) => template.id === 'umgangesplan')!;
  for (const [name, values] of [
    ['200 000 tecken utan mellanrum (textfält)', { 'barnets-namn': 'x'.repeat(200_000) }],
    ['50 000 × "a-" (textområde)', { 'barnets-tankar': 'a-'.repeat(50_000) }],
  ] as const) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const bytes = await renderTemplatePdf(plan, { fonts, values });
    const used = process.cpuUsage(cpu);
    const size = await pdfSizes(bytes);
    rows.push([
      `umgangesplan: ${name}`,
      String(size.pages),
      '',
      kB(size.total),
      '',
      '',
      `${(performance.now() - start).toFixed(0)} ms`,
      `${((used.user + used.system) / 1000).toFixed(0)} ms`,
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log('PDF-mallar');
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  console.log('');
}

if (import.meta.main) await benchmarkPdfs();
