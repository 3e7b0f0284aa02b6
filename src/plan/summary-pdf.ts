import fontkit from '@pdf-lib/fontkit';
import { LineCapStyle, LineJoinStyle, PDFDocument, popGraphicsState, pushGraphicsState, rgb, setLineJoin, type PDFFont, type PDFPage } from 'pdf-lib';
import { printableText } from '../pdf/charset.ts';
import { A4 } from '../pdf/geometry.ts';
import { StructureTree, type StructureElement } from '../pdf/structure.ts';
import { writeDocumentInfo } from '../pdf/metadata.ts';
import { parseIsoDate } from './iso-date.ts';
import { ICONS, type IconName } from './icons.ts';
import { wrapRuns, type RichLine, type Run } from './rich-lines.ts';
import type { Summary, SummaryItem, SummarySection } from './summary-content.ts';
import { ownedBytes } from '../owned-bytes.ts';

/*
 * Lays a plan summary (summary-content.ts) out on A4: a title on the first page, the running
 * head and the plan's date at the top of every page, and one section per heading with its
 * symbol. Text never shrinks to fit: what does not fit one page continues on the next, line by
 * line, and a heading never ends a page.
 */

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

interface Style {
  marginX: number;
  marginTop: number;
  marginBottom: number;
  title: { size: number; leading: number };
  heading: { size: number; leading: number };
  body: { size: number; leading: number };
  /** Symbol size beside a heading, and the indent of the text under it. */
  icon: number;
  indent: number;
  /** Space above a section and between items. */
  sectionGap: number;
  itemGap: number;
}

const STYLES: Record<Summary['audience'], Style> = {
  parent: {
    marginX: 48,
    marginTop: 38,
    marginBottom: 42,
    title: { size: 21, leading: 26 },
    heading: { size: 14.5, leading: 18 },
    body: { size: 12, leading: 15 },
    icon: 17,
    indent: 25,
    sectionGap: 6,
    itemGap: 1,
  },
  child: {
    marginX: 48,
    marginTop: 38,
    marginBottom: 42,
    title: { size: 28, leading: 33 },
    heading: { size: 16, leading: 19 },
    body: { size: 13, leading: 17 },
    icon: 28,
    indent: 42,
    sectionGap: 10,
    itemGap: 2.5,
  },
};

const INK = rgb(0.07, 0.07, 0.07);
const MUTED = rgb(0.3, 0.3, 0.3);
const ACCENT = rgb(0.05, 0.32, 0.5);
const RULE = rgb(0.7, 0.7, 0.7);
const BOX_FILL = rgb(0.94, 0.96, 0.98);
const HEAD_SIZE = 10.5;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Something drawn at the cursor: its height, and whether it must stay on a page with the next one. */
interface Row {
  height: number;
  keepWithNext?: boolean;
  draw: (page: PDFPage, top: number) => void;
}

export interface SummaryPdfOptions {
  fonts: FontBytes;
  /** The information dictionary's subject. */
  description: string;
}

export async function renderSummaryPdf(summary: Summary, options: SummaryPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(options.fonts.regular, { subset: true }),
    bold: await doc.embedFont(options.fonts.bold, { subset: true }),
  };
  const style = STYLES[summary.audience];
  const tree = new StructureTree(doc);
  const width = A4[0] - 2 * style.marginX;
  const rows = [
    ...titleRows(summary, fonts, style, tree, width),
    ...summary.sections.flatMap((section) => sectionRows(section, fonts, style, tree, width)),
  ];

  const pages: PDFPage[] = [];
  let y = 0;
  const newPage = () => {
    const page = doc.addPage(A4);
    pages.push(page);
    // Drawn first, so that it also comes first in the page's text.
    if (pages.length > 1) drawRunningHead(page, summary, fonts, style, tree);
    y = A4[1] - style.marginTop - (pages.length > 1 ? runningHeadHeight : 0);
  };
  const runningHeadHeight = HEAD_SIZE * 1.3 + 14;
  newPage();
  const bottom = style.marginBottom + 18;
  rows.forEach((row, index) => {
    // A row kept with the next one moves with it; only a chain that fits a fresh page moves at all.
    let chain = row.height;
    for (let next = index; rows[next]?.keepWithNext && rows[next + 1]; next++) chain += rows[next + 1]!.height;
    const fresh = y === A4[1] - style.marginTop - (pages.length > 1 ? runningHeadHeight : 0);
    if (y - chain < bottom && !fresh) newPage();
    row.draw(pages.at(-1)!, y);
    y -= row.height;
  });

  pages.forEach((page, index) => drawFooter(page, index, pages.length, fonts, style, tree));
  tree.finish();
  setSummaryMetadata(doc, summary, options.description);
  return ownedBytes(await doc.save({ useObjectStreams: true }));
}

/** The title block: on the first page only, tagged; later pages carry the running head as an artifact. */
function titleRows(summary: Summary, fonts: Fonts, style: Style, tree: StructureTree, width: number): Row[] {
  const rows: Row[] = [];
  const title = summary.audience === 'parent' ? summary.runningHead : summary.title;
  const titleLines = wrapRuns([{ text: printableText(title), font: fonts.bold }], style.title.size, width);
  rows.push({
    height: titleLines.length * style.title.leading + 2,
    draw(page, top) {
      tree.tagged(page, 'H1', tree.root, () => drawLines(page, titleLines, style.marginX, top, style.title, INK));
    },
  });
  // The date and the names on one line: "Planen gjordes 2026-12-01 · Barnet: Leo".
  const facts = summary.facts.flatMap((fact, index) => [
    ...(index > 0 || summary.dateLine ? [{ text: ' · ', font: fonts.regular }] : []),
    ...itemRuns(fact, fonts),
  ]);
  const factRuns = [...(summary.dateLine ? [{ text: printableText(summary.dateLine), font: fonts.regular }] : []), ...facts];
  if (factRuns.length) rows.push(...lineRows(factRuns, style, tree, tree.root, style.marginX, width, 2));
  rows.push(...lineRows([{ text: summary.intro.join(' '), font: fonts.regular }], style, tree, tree.root, style.marginX, width, style.itemGap));
  return rows;
}

function sectionRows(section: SummarySection, fonts: Fonts, style: Style, tree: StructureTree, width: number): Row[] {
  const sect = tree.element('Sect', tree.root);
  const textX = style.marginX + style.indent;
  const textWidth = width - style.indent - (section.boxed ? 12 : 0);
  const headingLines = wrapRuns([{ text: section.heading, font: fonts.bold }], style.heading.size, textWidth);
  const headingHeight = headingLines.length * style.heading.leading + 5;
  const heading: Row = {
    height: style.sectionGap + headingHeight,
    keepWithNext: true,
    draw(page, top) {
      const lineTop = top - style.sectionGap;
      // The symbol stands in the margin column beside the heading and the first lines under it,
      // its top level with the heading's capitals. The text beside it says the same, so it is an artifact.
      const iconTop = lineTop - Math.max(0, (style.heading.leading - style.icon) / 2) - (style.icon > style.heading.leading ? 2 : 0);
      tree.artifact(page, () => drawIcon(page, section.icon, style.marginX, iconTop, style.icon));
      tree.tagged(page, 'H2', sect, () => drawLines(page, headingLines, textX, lineTop, style.heading, ACCENT));
    },
  };
  const items = section.items.flatMap((entry) => itemRows(entry, fonts, style, tree, sect, textX, textWidth));
  if (!section.boxed) return [heading, ...items];
  // The safety section is one piece in a tinted box, never split across pages.
  const rows = [heading, ...items];
  const height = rows.reduce((sum, row) => sum + row.height, 0) + 10;
  return [
    {
      height,
      draw(page, top) {
        tree.artifact(
          page,
          () =>
            page.drawRectangle({
              x: style.marginX - 8,
              y: top - height + 2,
              width: width + 16,
              height: height - style.sectionGap + 6,
              color: BOX_FILL,
              borderColor: ACCENT,
              borderWidth: 1,
            }),
          'Layout',
        );
        let at = top;
        for (const row of rows) {
          row.draw(page, at);
          at -= row.height;
        }
      },
    },
  ];
}

/** The runs of an item: its label in bold, its text, and its parts after dashes. */
function itemRuns(entry: SummaryItem, fonts: Fonts): Run[] {
  const runs: Run[] = [];
  const label = entry.label && printableText(entry.label);
  const text = entry.text && printableText(entry.text);
  if (label) runs.push({ text: text ? `${label}:` : label, font: fonts.bold });
  if (text) runs.push({ text, font: entry.strong ? fonts.bold : fonts.regular });
  for (const part of entry.parts ?? []) runs.push({ text: ' – ', font: fonts.regular }, ...itemRuns(part, fonts));
  return runs;
}

/** Wrapped runs as one row per line, so that a long text runs on to the next page; the lines share one P element. */
function lineRows(
  runs: Run[],
  style: Style,
  tree: StructureTree,
  parent: StructureElement,
  x: number,
  width: number,
  after: number,
  keepLast = false,
): Row[] {
  const lines = wrapRuns(runs, style.body.size, width);
  let element: StructureElement | undefined;
  return lines.map((line, index) => ({
    height: style.body.leading + (index === lines.length - 1 ? after : 0),
    keepWithNext: keepLast && index === lines.length - 1,
    draw(page, top) {
      const draw = () => drawLines(page, [line], x, top, style.body, INK);
      if (element) tree.mark(page, element, draw);
      else element = tree.tagged(page, 'P', parent, draw);
    },
  }));
}

function itemRows(entry: SummaryItem, fonts: Fonts, style: Style, tree: StructureTree, parent: StructureElement, x: number, width: number): Row[] {
  const hasSub = Boolean(entry.sub?.length);
  // A label over sub-items stays with the first of them.
  const rows = lineRows(itemRuns(entry, fonts), style, tree, parent, x, width, hasSub ? 0 : style.itemGap, hasSub);
  const subIndent = 14;
  for (const sub of entry.sub ?? []) rows.push(...itemRows(sub, fonts, style, tree, parent, x + subIndent, width - subIndent));
  return rows;
}

function drawLines(page: PDFPage, lines: RichLine[], x: number, top: number, type: { size: number; leading: number }, color: ReturnType<typeof rgb>) {
  lines.forEach((line, index) => {
    const baseline = top - type.size - index * type.leading + (type.leading - type.size) / 2 + 1;
    for (const segment of line) {
      page.drawText(segment.text, { x: round(x + segment.x), y: round(baseline), size: type.size, font: segment.font, color });
    }
  });
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A Lucide symbol (24 × 24, 2-unit stroke) with its top-left corner at (x, top). */
function drawIcon(page: PDFPage, name: IconName, x: number, top: number, size: number) {
  page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
  page.drawSvgPath(ICONS[name], { x, y: top, scale: size / 24, borderColor: ACCENT, borderWidth: 2, borderLineCap: LineCapStyle.Round });
  page.pushOperators(popGraphicsState());
}

/** The running head and the plan's date at the top of every page after the first (the first has the title). */
function drawRunningHead(page: PDFPage, summary: Summary, fonts: Fonts, style: Style, tree: StructureTree) {
  const width = A4[0] - 2 * style.marginX;
  tree.artifact(
    page,
    () => {
      const baseline = A4[1] - style.marginTop - HEAD_SIZE;
      const date = summary.dateLine ? printableText(summary.dateLine) : '';
      const dateWidth = date ? fonts.regular.widthOfTextAtSize(date, HEAD_SIZE) : 0;
      const head = wrapRuns([{ text: printableText(summary.runningHead), font: fonts.bold }], HEAD_SIZE, width - dateWidth - 16)[0]!;
      for (const segment of head)
        page.drawText(segment.text, { x: style.marginX + segment.x, y: baseline, size: HEAD_SIZE, font: segment.font, color: INK });
      if (date) page.drawText(date, { x: A4[0] - style.marginX - dateWidth, y: baseline, size: HEAD_SIZE, font: fonts.regular, color: MUTED });
      page.drawLine({
        start: { x: style.marginX, y: baseline - 6 },
        end: { x: A4[0] - style.marginX, y: baseline - 6 },
        thickness: 0.75,
        color: RULE,
      });
    },
    'Pagination',
  );
}

/** "Sida n av m" at the foot of every page. */
function drawFooter(page: PDFPage, index: number, count: number, fonts: Fonts, style: Style, tree: StructureTree) {
  const foot = `Sida ${index + 1} av ${count}`;
  tree.artifact(
    page,
    () =>
      page.drawText(foot, {
        x: A4[0] - style.marginX - fonts.regular.widthOfTextAtSize(foot, HEAD_SIZE),
        y: style.marginBottom - 14,
        size: HEAD_SIZE,
        font: fonts.regular,
        color: MUTED,
      }),
    'Pagination',
  );
}

function setSummaryMetadata(doc: PDFDocument, summary: Summary, description: string) {
  writeDocumentInfo(doc, {
    title: summary.runningHead,
    description,
    author: 'Umgängeshandboken',
    keywords: ['umgänge', 'umgängesplan', 'lättläst'],
    date: parseIsoDate(summary.date) ? new Date(`${summary.date}T00:00:00Z`) : undefined,
  });
}
