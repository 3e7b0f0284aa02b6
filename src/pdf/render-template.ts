import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, PDFPage, rgb, type PDFFont, type PDFImage, type PDFForm } from 'pdf-lib';
import type { Template, TemplateField, TemplateSection } from '../templates/schema.ts';
import { controlsFor, YES_NO, type FormValues } from '../templates/form-fields.ts';
import { StructureTree, type StructureElement } from './structure.ts';
import { wrapText } from './wrap.ts';
import { attachXmp } from './xmp.ts';

/*
 * Lays a template out on A4 pages as a tagged, fillable PDF. No coordinates come from the
 * template: every block is measured first and moved to a new page when it does not fit, so a
 * field is never split and a section heading stays with its first field.
 */

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface Branding {
  /** Municipality or organisation name printed at the top of the first page. */
  name: string;
  logo?: { bytes: Uint8Array; type: 'png' | 'jpg' };
}

export interface RenderOptions {
  fonts: FontBytes;
  values?: FormValues;
  branding?: Branding;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 56.7; // 20 mm: inside every office printer's printable area
const MARGIN_TOP = 56.7;
const MARGIN_BOTTOM = 62;
const FOOTER_Y = 30;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN_X;

const INK = rgb(0, 0, 0);
const MUTED = rgb(0.27, 0.27, 0.27);
const RULE = rgb(0.55, 0.55, 0.55);
const FAINT = rgb(0.78, 0.78, 0.78);

const TYPE = {
  title: { size: 18, leading: 23 },
  intro: { size: 10, leading: 13.5 },
  heading: { size: 13, leading: 17 },
  label: { size: 10, leading: 13 },
  help: { size: 9, leading: 11.5 },
  control: { size: 10 },
  small: { size: 8.5, leading: 10.5 },
};

const TEXT_BOX = 20;
const WRITING_LINE = 18;
const BOX_SIZE = 11;
const OPTION_LEADING = 17;
const TABLE_ROW = 20;
const FIELD_GAP = 12;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

interface Block {
  height: number;
  draw: (y: number) => void;
}

export async function renderTemplatePdf(template: Template, options: RenderOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(options.fonts.regular, { subset: true }),
    bold: await doc.embedFont(options.fonts.bold, { subset: true }),
  };
  // Form fields use the regular font, so it must hold every character a user may type later,
  // not only those printed now. pdf-lib writes a non-subset WOFF as it is, which readers reject,
  // so the "subset" is made to hold the whole character set instead.
  fonts.regular.encodeText(String.fromCodePoint(...fonts.regular.getCharacterSet().filter((code) => code >= 0x20)));
  const logo = options.branding?.logo
    ? options.branding.logo.type === 'png'
      ? await doc.embedPng(options.branding.logo.bytes)
      : await doc.embedJpg(options.branding.logo.bytes)
    : undefined;

  const writer = new PageWriter(doc, fonts);
  const form = doc.getForm();
  const values = options.values ?? {};

  writer.place(titleBlock(writer, template, options.branding, logo));
  if (template.intro) writer.place(paragraphBlock(writer, template.intro, TYPE.intro, fonts.regular, INK, 'P', writer.tree.root));

  for (const section of template.sections) {
    const sect = writer.tree.element('Sect', writer.tree.root);
    const fieldBlocks = section.fields.map((field) => fieldBlock(writer, form, field, values, sect));
    const lead = [headingBlock(writer, section, sect)];
    if (section.help) lead.push(paragraphBlock(writer, section.help, TYPE.help, fonts.regular, MUTED, 'P', sect, 6));
    writer.placeTogether([...lead, fieldBlocks[0]!]);
    fieldBlocks.slice(1).forEach((block) => writer.place(block));
  }

  writer.drawFooters(template);
  writer.tree.finish();
  form.updateFieldAppearances(fonts.regular);
  setMetadata(doc, template);
  return doc.save({ useObjectStreams: true });
}

function setMetadata(doc: PDFDocument, template: Template) {
  const fields = {
    title: template.title,
    description: template.description,
    language: 'sv-SE',
    creator: 'Umgängeshandboken',
    producer: 'Umgängeshandboken (pdf-lib)',
    keywords: ['umgänge', 'placerade barn', 'socialtjänst', template.id],
    date: new Date(`${template.version}T00:00:00Z`),
  };
  doc.setTitle(fields.title, { showInWindowTitleBar: true });
  doc.setSubject(fields.description);
  doc.setAuthor(fields.creator);
  doc.setCreator(fields.creator);
  doc.setProducer(fields.producer);
  doc.setKeywords(fields.keywords);
  doc.setLanguage(fields.language);
  doc.setCreationDate(fields.date);
  doc.setModificationDate(fields.date);
  attachXmp(doc, fields);
}

/** Keeps the current page and cursor, and starts a new page when a block does not fit. */
class PageWriter {
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

  place(block: Block) {
    this.placeTogether([block]);
  }

  /** Places blocks on one page, moving all of them to the next page if they do not fit together. */
  placeTogether(blocks: Block[]) {
    const total = blocks.reduce((sum, block) => sum + block.height, 0);
    if (this.y - total < MARGIN_BOTTOM && this.y < A4[1] - MARGIN_TOP) this.newPage();
    for (const block of blocks) {
      block.draw(this.y);
      this.y -= block.height;
    }
  }

  drawFooters(template: Template) {
    const { regular } = this.fonts;
    const left = `${template.title} · version ${template.version} · Umgängeshandboken`;
    this.pages.forEach((page, index) => {
      const right = `Sida ${index + 1} av ${this.pages.length}`;
      this.tree.artifact(
        page,
        () => {
          page.drawLine({ start: { x: MARGIN_X, y: FOOTER_Y + 12 }, end: { x: A4[0] - MARGIN_X, y: FOOTER_Y + 12 }, thickness: 0.5, color: FAINT });
          page.drawText(left, { x: MARGIN_X, y: FOOTER_Y, size: TYPE.small.size, font: regular, color: MUTED });
          page.drawText(right, {
            x: A4[0] - MARGIN_X - regular.widthOfTextAtSize(right, TYPE.small.size),
            y: FOOTER_Y,
            size: TYPE.small.size,
            font: regular,
            color: MUTED,
          });
        },
        'Pagination',
      );
    });
  }
}

function lines(text: string, font: PDFFont, size: number, width = CONTENT_WIDTH) {
  return wrapText(text, font, size, width);
}

function drawLines(writer: PageWriter, text: string[], x: number, top: number, style: { size: number; leading: number }, font: PDFFont, color = INK) {
  text.forEach((line, index) => {
    writer.page.drawText(line, { x, y: top - style.size - index * style.leading + 2, size: style.size, font, color });
  });
}

function titleBlock(writer: PageWriter, template: Template, branding: Branding | undefined, logo: PDFImage | undefined): Block {
  const { bold, regular } = writer.fonts;
  const titleLines = lines(template.title, bold, TYPE.title.size);
  const logoHeight = logo ? 36 : 0;
  const brandHeight = branding ? Math.max(logoHeight, TYPE.label.leading) + 10 : 0;
  const titleHeight = titleLines.length * TYPE.title.leading;
  const version = `Version ${template.version}`;
  return {
    height: brandHeight + titleHeight + TYPE.help.leading + 12,
    draw(y) {
      const page = writer.page;
      if (branding) {
        writer.tree.tagged(page, 'P', writer.tree.root, () => {
          page.drawText(branding.name, { x: MARGIN_X, y: y - TYPE.label.size, size: TYPE.label.size + 1, font: bold, color: INK });
        });
        if (logo) {
          const scaled = logo.scaleToFit(140, logoHeight);
          writer.tree.artifact(page, () =>
            page.drawImage(logo, { x: A4[0] - MARGIN_X - scaled.width, y: y - scaled.height, width: scaled.width, height: scaled.height }),
          );
        }
      }
      const top = y - brandHeight;
      writer.tree.tagged(page, 'H1', writer.tree.root, () => drawLines(writer, titleLines, MARGIN_X, top, TYPE.title, bold));
      writer.tree.tagged(page, 'P', writer.tree.root, () =>
        drawLines(writer, [version], MARGIN_X, top - titleHeight - 2, TYPE.help, regular, MUTED),
      );
    },
  };
}

function paragraphBlock(
  writer: PageWriter,
  text: string,
  style: { size: number; leading: number },
  font: PDFFont,
  color: ReturnType<typeof rgb>,
  type: 'P' | 'Lbl',
  parent: StructureElement,
  after = 8,
): Block {
  const wrapped = lines(text, font, style.size);
  return {
    height: wrapped.length * style.leading + after,
    draw(y) {
      writer.tree.tagged(writer.page, type, parent, () => drawLines(writer, wrapped, MARGIN_X, y, style, font, color));
    },
  };
}

function headingBlock(writer: PageWriter, section: TemplateSection, parent: StructureElement): Block {
  const { bold } = writer.fonts;
  const wrapped = lines(section.title, bold, TYPE.heading.size);
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

/** A field's label and help, then its controls; measured as one block so it is never split. */
function fieldBlock(writer: PageWriter, form: PDFForm, field: TemplateField, values: FormValues, parent: StructureElement): Block {
  const { bold, regular } = writer.fonts;
  const labelLines = lines(field.label, bold, TYPE.label.size);
  const helpText = field.type === 'date' ? [field.help, 'Skriv datum som ÅÅÅÅ-MM-DD.'].filter(Boolean).join(' ') : field.help;
  const helpLines = helpText ? lines(helpText, regular, TYPE.help.size) : [];
  const head = labelLines.length * TYPE.label.leading + helpLines.length * TYPE.help.leading + 4;
  const body = controlsBlock(writer, form, field, values, parent);
  return {
    height: head + body.height + FIELD_GAP,
    draw(y) {
      const page = writer.page;
      writer.tree.tagged(page, 'Lbl', parent, () => drawLines(writer, labelLines, MARGIN_X, y, TYPE.label, bold));
      if (helpLines.length) {
        writer.tree.tagged(page, 'P', parent, () =>
          drawLines(writer, helpLines, MARGIN_X, y - labelLines.length * TYPE.label.leading, TYPE.help, regular, MUTED),
        );
      }
      body.draw(y - head);
    },
  };
}

function controlsBlock(writer: PageWriter, form: PDFForm, field: TemplateField, values: FormValues, parent: StructureElement): Block {
  const [first] = controlsFor(field);
  switch (field.type) {
    case 'text':
      return textBlock(writer, form, first!.name, first!.tooltip, CONTENT_WIDTH, TEXT_BOX, values, parent);
    case 'date':
      return textBlock(writer, form, first!.name, first!.tooltip, 150, TEXT_BOX, values, parent);
    case 'textarea':
      return textBlock(writer, form, first!.name, first!.tooltip, CONTENT_WIDTH, field.lines * WRITING_LINE + 4, values, parent, true);
    case 'yesno':
      return radioBlock(writer, form, first!.name, first!.tooltip, YES_NO, values, parent, true);
    case 'choice':
      return radioBlock(writer, form, first!.name, first!.tooltip, field.options, values, parent, false);
    case 'multichoice':
      return checkboxBlock(writer, form, field.options, controlsFor(field), values, parent);
    case 'table':
      return tableBlock(writer, form, field, values, parent);
    case 'signature':
      return signatureBlock(writer, form, field, values, parent);
  }
}

function textBlock(
  writer: PageWriter,
  form: PDFForm,
  name: string,
  tooltip: string,
  width: number,
  height: number,
  values: FormValues,
  parent: StructureElement,
  multiline = false,
): Block {
  return {
    height,
    draw(y) {
      addTextField(writer, form, name, tooltip, MARGIN_X, y - height, width, height, values, parent, multiline);
    },
  };
}

function addTextField(
  writer: PageWriter,
  form: PDFForm,
  name: string,
  tooltip: string,
  x: number,
  y: number,
  width: number,
  height: number,
  values: FormValues,
  parent: StructureElement,
  multiline = false,
  border = true,
) {
  const page = writer.page;
  writer.tree.artifact(page, () => {
    if (border) page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.75 });
    if (multiline) {
      for (let lineY = y + height - WRITING_LINE - 2; lineY > y + 4; lineY -= WRITING_LINE) {
        page.drawLine({ start: { x: x + 6, y: lineY }, end: { x: x + width - 6, y: lineY }, thickness: 0.4, color: FAINT });
      }
    }
  });
  const field = form.createTextField(name);
  if (multiline) field.enableMultiline();
  const value = values[name];
  if (typeof value === 'string' && value !== '') field.setText(value);
  field.addToPage(page, { x, y, width, height, font: writer.fonts.regular, borderWidth: 0, backgroundColor: undefined, borderColor: undefined });
  field.setFontSize(TYPE.control.size);
  setTooltip(field.acroField.dict, tooltip);
  tagWidgets(writer, field.acroField.getWidgets(), parent, tooltip);
}

const BOX_STYLE = { borderColor: INK, borderWidth: 0.75, backgroundColor: rgb(1, 1, 1) };

/** Option texts wrapped beside their boxes, and the height each one takes. */
function optionRows(writer: PageWriter, options: string[]) {
  const wrapped = options.map((option) => lines(option, writer.fonts.regular, TYPE.control.size, CONTENT_WIDTH - BOX_SIZE - 7));
  const heights = wrapped.map((rows) => Math.max(1, rows.length) * OPTION_LEADING);
  return { wrapped, heights, total: heights.reduce((sum, height) => sum + height, 0) };
}

function drawOptionLabel(writer: PageWriter, parent: StructureElement, text: string[], x: number, top: number) {
  writer.tree.tagged(writer.page, 'Lbl', parent, () =>
    drawLines(writer, text, x + BOX_SIZE + 6, top - 2.5, { size: TYPE.control.size, leading: OPTION_LEADING }, writer.fonts.regular),
  );
}

function radioBlock(
  writer: PageWriter,
  form: PDFForm,
  name: string,
  tooltip: string,
  options: string[],
  values: FormValues,
  parent: StructureElement,
  inline: boolean,
): Block {
  const rows = optionRows(writer, options);
  return {
    height: inline ? OPTION_LEADING : rows.total,
    draw(y) {
      const page = writer.page;
      const group = form.createRadioGroup(name);
      setTooltip(group.acroField.dict, tooltip);
      let x = MARGIN_X;
      let top = y;
      options.forEach((option, index) => {
        group.addOptionToPage(option, page, { x, y: top - BOX_SIZE - 2, width: BOX_SIZE, height: BOX_SIZE, ...BOX_STYLE });
        const widgets = group.acroField.getWidgets();
        tagWidgets(writer, [widgets[widgets.length - 1]!], parent, `${tooltip}: ${option}`);
        drawOptionLabel(writer, parent, rows.wrapped[index]!, x, top);
        if (inline) x += BOX_SIZE + 12 + writer.fonts.regular.widthOfTextAtSize(option, TYPE.control.size) + 24;
        else top -= rows.heights[index]!;
      });
      const value = values[name];
      if (typeof value === 'string' && options.includes(value)) group.select(value);
    },
  };
}

function checkboxBlock(
  writer: PageWriter,
  form: PDFForm,
  options: string[],
  controls: ReturnType<typeof controlsFor>,
  values: FormValues,
  parent: StructureElement,
): Block {
  const rows = optionRows(writer, options);
  return {
    height: rows.total,
    draw(y) {
      const page = writer.page;
      let top = y;
      controls.forEach((control, index) => {
        const box = form.createCheckBox(control.name);
        box.addToPage(page, { x: MARGIN_X, y: top - BOX_SIZE - 2, width: BOX_SIZE, height: BOX_SIZE, ...BOX_STYLE });
        if (values[control.name] === true) box.check();
        setTooltip(box.acroField.dict, control.tooltip);
        tagWidgets(writer, box.acroField.getWidgets(), parent, control.tooltip);
        drawOptionLabel(writer, parent, rows.wrapped[index]!, MARGIN_X, top);
        top -= rows.heights[index]!;
      });
    },
  };
}

function tableBlock(writer: PageWriter, form: PDFForm, field: Extract<TemplateField, { type: 'table' }>, values: FormValues, parent: StructureElement): Block {
  const { bold } = writer.fonts;
  const totalWeight = field.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = field.columns.map((column) => (CONTENT_WIDTH * column.width) / totalWeight);
  const headerLines = field.columns.map((column, index) => lines(column.label, bold, TYPE.help.size, widths[index]! - 8));
  const headerHeight = Math.max(...headerLines.map((wrapped) => wrapped.length)) * TYPE.help.leading + 8;
  const controls = controlsFor(field);
  return {
    height: headerHeight + field.rows * TABLE_ROW,
    draw(y) {
      const page = writer.page;
      // A real table in the structure tree: a header row of TH, then rows of TD that hold the fields.
      const table = writer.tree.element('Table', parent);
      const headerRow = writer.tree.element('TR', table);
      let x = MARGIN_X;
      field.columns.forEach((_, index) => {
        writer.tree.artifact(page, () =>
          page.drawRectangle({ x, y: y - headerHeight, width: widths[index]!, height: headerHeight, color: rgb(0.93, 0.93, 0.93), borderColor: RULE, borderWidth: 0.75 }),
        );
        writer.tree.tagged(page, 'TH', headerRow, () =>
          drawLines(writer, headerLines[index]!, x + 4, y - 4, { size: TYPE.help.size, leading: TYPE.help.leading }, bold),
        );
        x += widths[index]!;
      });
      for (let row = 0; row < field.rows; row++) {
        const tableRow = writer.tree.element('TR', table);
        let cellX = MARGIN_X;
        const cellY = y - headerHeight - (row + 1) * TABLE_ROW;
        field.columns.forEach((_, column) => {
          const control = controls[row * field.columns.length + column]!;
          const cell = writer.tree.element('TD', tableRow);
          addTextField(writer, form, control.name, control.tooltip, cellX, cellY, widths[column]!, TABLE_ROW, values, cell);
          cellX += widths[column]!;
        });
      }
    },
  };
}

function signatureBlock(writer: PageWriter, form: PDFForm, field: Extract<TemplateField, { type: 'signature' }>, values: FormValues, parent: StructureElement): Block {
  const { bold, regular } = writer.fonts;
  const columnWidth = (CONTENT_WIDTH - 24) / 2;
  const cellHeight = 112;
  const rows = Math.ceil(field.signers.length / 2);
  const controls = controlsFor(field);
  return {
    height: rows * cellHeight,
    draw(y) {
      const page = writer.page;
      field.signers.forEach((signer, index) => {
        const x = MARGIN_X + (index % 2) * (columnWidth + 24);
        const top = y - Math.floor(index / 2) * cellHeight;
        const [nameControl, dateControl] = [controls[index * 2]!, controls[index * 2 + 1]!];
        writer.tree.tagged(page, 'Lbl', parent, () => drawLines(writer, [signer], x, top, TYPE.label, bold));
        const lineY = top - 48;
        writer.tree.artifact(page, () =>
          page.drawLine({ start: { x, y: lineY }, end: { x: x + columnWidth, y: lineY }, thickness: 0.75, color: INK }),
        );
        writer.tree.tagged(page, 'P', parent, () =>
          drawLines(writer, [`Underskrift: ${signer}`], x, lineY - 2, TYPE.help, regular, MUTED),
        );
        writer.tree.tagged(page, 'Lbl', parent, () => drawLines(writer, ['Namnförtydligande'], x, lineY - 18, TYPE.help, regular, MUTED));
        addTextField(writer, form, nameControl.name, nameControl.tooltip, x, lineY - 52, columnWidth - 110, TEXT_BOX, values, parent);
        writer.tree.tagged(page, 'Lbl', parent, () => drawLines(writer, ['Datum'], x + columnWidth - 100, lineY - 18, TYPE.help, regular, MUTED));
        addTextField(writer, form, dateControl.name, dateControl.tooltip, x + columnWidth - 100, lineY - 52, 100, TEXT_BOX, values, parent);
      });
    },
  };
}

function setTooltip(dict: import('pdf-lib').PDFDict, tooltip: string) {
  dict.set(PDFName.of('TU'), PDFHexString.fromText(tooltip));
}

function tagWidgets(writer: PageWriter, widgets: { dict: import('pdf-lib').PDFDict }[], parent: StructureElement, name: string) {
  for (const widget of widgets) {
    // pdf.js reads the accessible name from the widget, not from its parent field.
    widget.dict.set(PDFName.of('TU'), PDFHexString.fromText(name));
    widget.dict.set(PDFName.of('Contents'), PDFHexString.fromText(name));
    writer.tree.formField(writer.page, widget.dict, parent, name);
  }
}
