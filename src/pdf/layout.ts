import { rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { StructureTree, type StructureElement } from './structure.ts';
import { wrapText } from './wrap.ts';
import { A4, CONTENT_WIDTH, FOOTER_Y, HEADER_Y, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_CONTENT_HEIGHT } from './geometry.ts';

/*
 * Page layout: A4 pages, the cursor, blocks that are measured before they are drawn, and the
 * running header and footer. No coordinates come from the template.
 */

export const INK = rgb(0, 0, 0);
export const MUTED = rgb(0.27, 0.27, 0.27);
export const RULE = rgb(0.55, 0.55, 0.55);
export const FAINT = rgb(0.78, 0.78, 0.78);

export const TYPE = {
  title: { size: 18, leading: 23 },
  intro: { size: 10, leading: 13.5 },
  heading: { size: 13, leading: 17 },
  label: { size: 10, leading: 13 },
  help: { size: 9, leading: 11.5 },
  control: { size: 10, leading: 13.5 },
  small: { size: 8.5, leading: 10.5 },
};

export type TextStyle = { size: number; leading: number };

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface Block {
  height: number;
  draw: (y: number) => void;
}

/** The running header: who the document is about, its date and the municipality; empty parts are left out. */
export interface RunningHeader {
  municipality?: string;
  caseLine?: string;
  /** Whose copy this is: "Exemplar för: Förälder 1", under the case line. */
  copyLine?: string;
  /** The first page shows the municipality in its title block. */
  brandedFirstPage?: boolean;
}

/** Keeps the current page and cursor, and starts a new page when a block does not fit. */
export class PageWriter {
  readonly tree: StructureTree;
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;

  readonly doc: PDFDocument;
  readonly fonts: Fonts;

  constructor(doc: PDFDocument, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
    this.tree = new StructureTree(doc);
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN_TOP;
  }

  get atPageTop() {
    return this.y >= A4[1] - MARGIN_TOP;
  }

  place(block: Block) {
    this.placeTogether([block]);
  }

  /** Places blocks on one page, moving all of them to the next page if they do not fit together. */
  placeTogether(blocks: Block[]) {
    const total = blocks.reduce((sum, block) => sum + block.height, 0);
    if (this.y - total < MARGIN_BOTTOM && !this.atPageTop) this.newPage();
    for (const block of blocks) {
      block.draw(this.y);
      this.y -= block.height;
    }
  }

  /** Footer on every page (title, version, page number) and, when there is one, the running header. */
  drawRunningText(footerLeft: string, header: RunningHeader) {
    const { regular } = this.fonts;
    const size = TYPE.small.size;
    const half = CONTENT_WIDTH / 2 - 6;
    const municipality = limit(
      header.municipality ? wrapText(header.municipality, regular, size, header.caseLine || header.copyLine ? half : CONTENT_WIDTH) : [],
      3,
    );
    const { bold } = this.fonts;
    const rightWidth = header.municipality ? half : CONTENT_WIDTH;
    // The right column, from the top: the case line, then whose copy this is, in bold.
    const right = [
      ...limit(header.caseLine ? wrapText(header.caseLine, regular, size, rightWidth) : [], 2).map((text) => ({ text, font: regular })),
      ...limit(header.copyLine ? wrapText(header.copyLine, bold, size, rightWidth) : [], 1).map((text) => ({ text, font: bold })),
    ];
    this.pages.forEach((page, index) => {
      const pageNumber = `Sida ${index + 1} av ${this.pages.length}`;
      this.tree.artifact(
        page,
        () => {
          page.drawLine({ start: { x: MARGIN_X, y: FOOTER_Y + 12 }, end: { x: A4[0] - MARGIN_X, y: FOOTER_Y + 12 }, thickness: 0.5, color: FAINT });
          page.drawText(footerLeft, { x: MARGIN_X, y: FOOTER_Y, size, font: regular, color: MUTED });
          page.drawText(pageNumber, {
            x: A4[0] - MARGIN_X - regular.widthOfTextAtSize(pageNumber, size),
            y: FOOTER_Y,
            size,
            font: regular,
            color: MUTED,
          });
          // The header grows upwards from a fixed line, so a long name wraps into the top margin, never into the content.
          // Page 1 names the municipality above the title already.
          (index === 0 && header.brandedFirstPage ? [] : municipality).forEach((line, row) =>
            page.drawText(line, {
              x: MARGIN_X,
              y: HEADER_Y + (municipality.length - 1 - row) * TYPE.small.leading,
              size,
              font: regular,
              color: MUTED,
            }),
          );
          right.forEach((line, row) =>
            page.drawText(line.text, {
              x: A4[0] - MARGIN_X - line.font.widthOfTextAtSize(line.text, size),
              y: HEADER_Y + (right.length - 1 - row) * TYPE.small.leading,
              size,
              font: line.font,
              color: line.font === bold ? INK : MUTED,
            }),
          );
        },
        'Pagination',
      );
    });
  }
}

/** At most `count` lines, the last one marked with … when text was left out: the header never grows into the content. */
function limit(text: string[], count: number): string[] {
  return text.length <= count ? text : [...text.slice(0, count - 1), `${text[count - 1]} …`];
}

/** To a hundredth of a point: finer is invisible and only makes the content streams longer. */
export const round = (value: number) => Math.round(value * 100) / 100;

export function lines(text: string, font: PDFFont, size: number, width = CONTENT_WIDTH) {
  return wrapText(text, font, size, width);
}

export function drawLines(writer: PageWriter, text: string[], x: number, top: number, style: TextStyle, font: PDFFont, color = INK) {
  text.forEach((line, index) => {
    writer.page.drawText(line, { x: round(x), y: round(top - style.size - index * style.leading + 2), size: style.size, font, color });
  });
}

export function paragraphBlock(
  writer: PageWriter,
  text: string | string[],
  style: TextStyle,
  font: PDFFont,
  color: ReturnType<typeof rgb>,
  type: 'P' | 'Lbl' | 'H2',
  parent: StructureElement,
  after = 8,
): Block {
  const wrapped = typeof text === 'string' ? lines(text, font, style.size) : text;
  return {
    height: wrapped.length * style.leading + after,
    draw(y) {
      writer.tree.tagged(writer.page, type, parent, () => drawLines(writer, wrapped, MARGIN_X, y, style, font, color));
    },
  };
}

/**
 * Long text as blocks of at most a page each, so that it can run over several pages. The first
 * block takes at most `firstRoom` (what is left of the current page), so that a heading placed
 * with it does not leave the rest of its page empty.
 */
export function paragraphBlocks(
  writer: PageWriter,
  text: string,
  style: TextStyle,
  font: PDFFont,
  parent: StructureElement,
  firstRoom = PAGE_CONTENT_HEIGHT,
): Block[] {
  const wrapped = lines(text, font, style.size);
  const perPage = Math.max(1, Math.floor((PAGE_CONTENT_HEIGHT - 8) / style.leading));
  const first = Math.floor((firstRoom - 8) / style.leading);
  const blocks: Block[] = [];
  // Fewer than three lines under a heading at the foot of a page: the heading goes on with the text instead.
  let start = 0;
  let size = first >= 3 ? Math.min(first, perPage) : perPage;
  while (start < wrapped.length) {
    const last = start + size >= wrapped.length;
    blocks.push(paragraphBlock(writer, wrapped.slice(start, start + size), style, font, INK, 'P', parent, last ? 8 : 0));
    start += size;
    size = perPage;
  }
  if (!blocks.length) blocks.push(paragraphBlock(writer, [''], style, font, INK, 'P', parent));
  return blocks;
}

export function headingBlock(writer: PageWriter, title: string, parent: StructureElement): Block {
  const { bold } = writer.fonts;
  const wrapped = lines(title, bold, TYPE.heading.size);
  const before = 10;
  return {
    height: before + wrapped.length * TYPE.heading.leading + 6,
    draw(y) {
      const page = writer.page;
      writer.tree.artifact(page, () =>
        page.drawLine({ start: { x: MARGIN_X, y: y - 3 }, end: { x: A4[0] - MARGIN_X, y: y - 3 }, thickness: 0.75, color: RULE }),
      );
      writer.tree.tagged(page, 'H2', parent, () => drawLines(writer, wrapped, MARGIN_X, y - before, TYPE.heading, bold));
    },
  };
}

export interface Branding {
  /** Municipality or organisation name printed at the top of every page and in the metadata. */
  name: string;
  logo?: { bytes: Uint8Array; type: 'png' | 'jpg' };
}

const LOGO_BOX = { width: 140, height: 36 };

export function titleBlock(writer: PageWriter, title: string, version: string, branding: Branding | undefined, logo: PDFImage | undefined): Block {
  const { bold, regular } = writer.fonts;
  const titleLines = lines(title, bold, TYPE.title.size);
  const logoSize = logo ? logo.scaleToFit(LOGO_BOX.width, LOGO_BOX.height) : undefined;
  // A long name wraps beside the logo instead of running under it.
  const brandStyle = { size: TYPE.label.size + 1, leading: TYPE.label.leading + 1 };
  const brandLines = branding ? lines(branding.name, bold, brandStyle.size, CONTENT_WIDTH - (logoSize ? logoSize.width + 16 : 0)) : [];
  const brandHeight = branding ? Math.max(logoSize?.height ?? 0, brandLines.length * brandStyle.leading) + 10 : 0;
  const titleHeight = titleLines.length * TYPE.title.leading;
  const versionLine = `Version ${version}`;
  return {
    height: brandHeight + titleHeight + TYPE.help.leading + 12,
    draw(y) {
      const page = writer.page;
      if (branding) {
        writer.tree.tagged(page, 'P', writer.tree.root, () => drawLines(writer, brandLines, MARGIN_X, y + 2, brandStyle, bold));
        if (logo && logoSize) {
          writer.tree.artifact(page, () =>
            page.drawImage(logo, { x: A4[0] - MARGIN_X - logoSize.width, y: y - logoSize.height, width: logoSize.width, height: logoSize.height }),
          );
        }
      }
      const top = y - brandHeight;
      writer.tree.tagged(page, 'H1', writer.tree.root, () => drawLines(writer, titleLines, MARGIN_X, top, TYPE.title, bold));
      writer.tree.tagged(page, 'P', writer.tree.root, () =>
        drawLines(writer, [versionLine], MARGIN_X, top - titleHeight - 2, TYPE.help, regular, MUTED),
      );
    },
  };
}
