import { PDFArray, PDFDict, PDFHexString, PDFName, type PDFNumber, PDFRef, rgb, type PDFFont, type PDFForm, type PDFTextField } from 'pdf-lib';
import type { TemplateField } from '../templates/schema.ts';
import { appliesToText, type SituationId } from '../templates/situations.ts';
import { controlsFor, signerControls, tableCells, YES_NO, DATE_FORMAT, type FormControl, type FormValues } from '../templates/form-fields.ts';
import { printableText, unprintableCharacters } from './charset.ts';
import { wrapText } from './wrap.ts';
import { continuationMarker, cutForBox } from './overflow.ts';
import { CONTINUATION_KEY } from './pdf-keys.ts';
import { appearanceShowing, createTextFieldUnchecked } from './pdf-lib-adapter.ts';
import { unprintableMessage } from '../templates/draft.ts';
import { textString, type StructureElement } from './structure.ts';
import { drawLines, FAINT, INK, lines, MUTED, RULE, TYPE, type Block, type PageWriter } from './layout.ts';
import { CONTENT_WIDTH, FIELD_PADDING, MARGIN_X, PAGE_CONTENT_HEIGHT, TABLE_ROW, TEXT_BOX, WRITING_LINE } from './geometry.ts';

/*
 * Form widgets: every template field as a measured block of label, help and controls. A filled
 * value that is longer than its box grows the box; what does not fit even on a whole page, or in
 * a box that cannot grow (signatures), goes on to a continuation page: the box ends with
 * "… fortsätter på sidan N" and its field holds only the part it shows (the rest is kept in the
 * field's dictionary for readFilledPdf). A locked copy draws the values as text instead of fields.
 */

const BOX_SIZE = 11;
const OPTION_LEADING = 17;
const FIELD_GAP = 12;
const SECTION_LEAD_ROOM = 110;

export interface Continuation {
  label: string;
  text: string;
  /** The page of the box the text comes from. */
  fromPage: number;
}

export interface WidgetContext {
  writer: PageWriter;
  form: PDFForm;
  values: FormValues;
  /** Draw values as text and make no fields, and leave out the help: the copy for signing and the case file. */
  locked: boolean;
  /** Say under a part's label which situations it applies in: the form has no situation chosen. */
  showAppliesTo: boolean;
  overflow: Continuation[];
  /** The page each continuation starts on, by its place in `overflow`, once a first layout has found them. */
  continuationPages?: number[];
  /** The lines each filled text field shows. */
  shownText: Map<PDFTextField, string>;
}

/** The value to print, or '' when there is none. A character the font lacks is an error, never a box. */
const textValue = (context: WidgetContext, name: string) => {
  const value = context.values[name];
  if (typeof value !== 'string' || value.trim() === '') return '';
  const unprintable = unprintableCharacters(value);
  if (unprintable.length) throw new Error(`${name}: ${unprintableMessage(unprintable)}`);
  return printableText(value);
};

const sameSituations = (a: readonly SituationId[] | undefined, b: readonly SituationId[] | undefined) =>
  Boolean(a && b && a.length === b.length && a.every((id) => b.includes(id)));

/**
 * A field's label, the situations it applies in and its help, then its controls. The first block
 * holds the label, so it is never left alone at a page end. The situations are said once: not
 * under a field that applies where its section does. A locked copy prints no help.
 */
export function fieldBlocks(context: WidgetContext, field: TemplateField, parent: StructureElement, sectionOnlyIn?: readonly SituationId[]): Block[] {
  const { bold, regular } = context.writer.fonts;
  const labelLines = lines(field.label, bold, TYPE.label.size);
  const appliesTo = context.showAppliesTo && field.onlyIn && !sameSituations(field.onlyIn, sectionOnlyIn) ? appliesToText(field.onlyIn) : undefined;
  const helpText = context.locked
    ? undefined
    : field.type === 'date'
      ? [field.help, `Skriv datum som ${DATE_FORMAT}.`].filter(Boolean).join(' ')
      : field.help;
  const helpLines = [appliesTo, helpText].filter((text): text is string => Boolean(text)).flatMap((text) => lines(text, regular, TYPE.help.size));
  const headHeight = labelLines.length * TYPE.label.leading + helpLines.length * TYPE.help.leading + 4;
  const head: Block = {
    height: headHeight,
    draw(y) {
      const { writer } = context;
      writer.tree.tagged(writer.page, 'Lbl', parent, () => drawLines(writer, labelLines, MARGIN_X, y, TYPE.label, bold));
      if (helpLines.length) {
        writer.tree.tagged(writer.page, 'P', parent, () =>
          drawLines(writer, helpLines, MARGIN_X, y - labelLines.length * TYPE.label.leading, TYPE.help, regular, MUTED),
        );
      }
    },
  };
  // A grown box may take a page, less its label and room for a section heading with help above it.
  const body = controlBlocks(context, field, parent, PAGE_CONTENT_HEIGHT - headHeight - FIELD_GAP - SECTION_LEAD_ROOM);
  body[body.length - 1] = withGap(body[body.length - 1]!, FIELD_GAP);
  const [first, ...rest] = body;
  return [join(head, first!), ...rest];
}

function join(a: Block, b: Block): Block {
  return {
    height: a.height + b.height,
    draw(y) {
      a.draw(y);
      b.draw(y - a.height);
    },
  };
}

function withGap(block: Block, gap: number): Block {
  return { height: block.height + gap, draw: block.draw };
}

function controlBlocks(context: WidgetContext, field: TemplateField, parent: StructureElement, maxHeight: number): Block[] {
  const [first] = controlsFor(field);
  switch (field.type) {
    case 'text':
      return [textBlock(context, first!, CONTENT_WIDTH, TEXT_BOX, parent, { grow: true, maxHeight })];
    case 'date':
      return [textBlock(context, first!, 150, TEXT_BOX, parent, { grow: false })];
    case 'textarea':
      return [textBlock(context, first!, CONTENT_WIDTH, field.lines * WRITING_LINE + 4, parent, { grow: true, maxHeight, ruled: true })];
    case 'yesno':
      return [radioBlock(context, first!, YES_NO, parent, true)];
    case 'choice':
      return [radioBlock(context, first!, field.options, parent, false)];
    case 'multichoice':
      return [checkboxBlock(context, field.options, controlsFor(field), parent)];
    case 'table':
      return tableBlocks(context, field, parent);
    case 'signature':
      return [signatureBlock(context, field, parent)];
  }
}

/**
 * How a value lays out in a box of the given width, with pdf-lib's line height. The lines are
 * broken here, in one pass, and handed to pdf-lib's appearance as they are: its own line breaking
 * measures the whole remaining text once per word and takes minutes for a long text.
 */
function layoutValue(font: PDFFont, text: string, width: number) {
  const innerWidth = width - 2 * FIELD_PADDING - 0.5;
  return {
    lines: wrapText(text, font, TYPE.control.size, innerWidth),
    lineHeight: font.heightAtSize(TYPE.control.size) * 1.2,
    innerWidth,
  };
}

/** Makes the appearance of every filled text field from its broken lines; call after all fields exist. */
export function updateTextAppearances(context: WidgetContext, font: PDFFont) {
  for (const [field, shown] of context.shownText) field.updateAppearances(font, appearanceShowing(shown));
}

interface Fit {
  height: number;
  multiline: boolean;
  /** The lines the box shows, with the continuation marker when the text goes on. */
  shown: string[];
  /** What the field holds: the whole text, or the part the box shows when the rest is on a continuation page. */
  value: string;
  /** The text after `value`, when it goes on to a continuation page. */
  rest?: string;
  continuation?: Continuation;
}

/**
 * The box a value needs. A box that may grow becomes as tall as the text, up to `maxHeight`;
 * what the box cannot show goes to a continuation page, and the box says on which.
 */
function fitValue(
  context: WidgetContext,
  control: FormControl,
  text: string,
  width: number,
  height: number,
  multiline: boolean,
  grow: boolean,
  maxHeight = height,
): Fit {
  if (!text) return { height, multiline, shown: [], value: '' };
  const font = context.writer.fonts.regular;
  const { lines: wrapped, lineHeight, innerWidth } = layoutValue(font, text, width);
  const singleFits = wrapped.length === 1 && !multiline;
  if (singleFits) return { height, multiline, shown: wrapped, value: text };
  const needed = wrapped.length * lineHeight + 2 * FIELD_PADDING + 3;
  const boxHeight = grow ? Math.min(Math.max(height, needed), Math.max(height, maxHeight)) : height;
  const visible = multiline || grow ? Math.max(1, Math.floor((boxHeight - 2 * FIELD_PADDING - 3) / lineHeight)) : 1;
  if (wrapped.length <= visible) return { height: boxHeight, multiline: multiline || grow, shown: wrapped, value: text };
  const marker = continuationMarker(context.continuationPages?.[context.overflow.length]);
  const cut = cutForBox(text, font, TYPE.control.size, innerWidth, visible, marker);
  const continuation: Continuation = { label: control.tooltip, text: cut.rest.replace(/^\s+/, ''), fromPage: 0 };
  context.overflow.push(continuation);
  return { height: boxHeight, multiline: true, shown: cut.lines, value: cut.held, rest: cut.rest, continuation };
}

function textBlock(
  context: WidgetContext,
  control: FormControl,
  width: number,
  height: number,
  parent: StructureElement,
  options: { grow: boolean; maxHeight?: number; ruled?: boolean },
): Block {
  const text = textValue(context, control.name);
  const fit = fitValue(context, control, text, width, height, Boolean(options.ruled), options.grow, options.maxHeight);
  return {
    height: fit.height,
    draw(y) {
      addTextField(context, control, text, fit, MARGIN_X, y - fit.height, width, parent, { ruled: options.ruled });
    },
  };
}

function addTextField(
  context: WidgetContext,
  control: FormControl,
  text: string,
  fit: Fit,
  x: number,
  y: number,
  width: number,
  parent: StructureElement,
  options: { ruled?: boolean; border?: boolean } = {},
) {
  const { writer } = context;
  const page = writer.page;
  const height = fit.height;
  if (fit.continuation) fit.continuation.fromPage = writer.pages.length;
  writer.tree.artifact(page, () => {
    if (options.border !== false) page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.75 });
    // Writing lines are for a pen; they would not match the lines of a typed value.
    if (options.ruled && !text) {
      for (let lineY = y + height - WRITING_LINE - 2; lineY > y + 4; lineY -= WRITING_LINE) {
        page.drawLine({ start: { x: x + 6, y: lineY }, end: { x: x + width - 6, y: lineY }, thickness: 0.4, color: FAINT });
      }
    }
  });
  if (context.locked) {
    if (fit.shown.length) {
      const { lineHeight } = layoutValue(writer.fonts.regular, 'x', width);
      const top = fit.multiline ? y + height - 3 : y + height / 2 + TYPE.control.size / 2 + 1;
      writer.tree.tagged(page, 'P', parent, () =>
        drawLines(writer, fit.shown, x + 2, top, { size: TYPE.control.size, leading: lineHeight }, writer.fonts.regular),
      );
    }
    return;
  }
  const field = createTextFieldUnchecked(context.writer.doc, context.form, control.name);
  if (fit.multiline) field.enableMultiline();
  field.addToPage(page, { x, y, width, height, font: writer.fonts.regular, borderWidth: 0, backgroundColor: undefined, borderColor: undefined });
  // After addToPage, which draws an appearance at once with pdf-lib's slow line breaking.
  if (fit.value) field.setText(fit.value);
  if (fit.shown.length) context.shownText.set(field, fit.shown.join('\n'));
  if (fit.rest) field.acroField.dict.set(PDFName.of(CONTINUATION_KEY), PDFHexString.fromText(fit.rest));
  field.setFontSize(TYPE.control.size);
  setTooltip(field.acroField.dict, control.tooltip);
  tagWidgets(context, field.acroField.getWidgets(), parent, control.tooltip);
}

const BOX_STYLE = { borderColor: INK, borderWidth: 0.75, backgroundColor: rgb(1, 1, 1) };

/** Option texts wrapped beside their boxes, and the height each one takes. */
function optionRows(context: WidgetContext, options: string[]) {
  const wrapped = options.map((option) => lines(option, context.writer.fonts.regular, TYPE.control.size, CONTENT_WIDTH - BOX_SIZE - 7));
  const heights = wrapped.map((rows) => Math.max(1, rows.length) * OPTION_LEADING);
  return { wrapped, heights, total: heights.reduce((sum, height) => sum + height, 0) };
}

/** The option's text beside its box; in a locked copy the box is drawn and, when chosen, marked with an X. */
function drawOption(context: WidgetContext, parent: StructureElement, text: string[], x: number, top: number, chosen: boolean) {
  const { writer } = context;
  const page = writer.page;
  const boxY = top - BOX_SIZE - 2;
  if (context.locked) writer.tree.artifact(page, () => page.drawRectangle({ x, y: boxY, width: BOX_SIZE, height: BOX_SIZE, ...BOX_STYLE }));
  writer.tree.tagged(page, 'Lbl', parent, () => {
    if (context.locked && chosen) page.drawText('X', { x: x + 2.4, y: boxY + 2.2, size: 9, font: writer.fonts.bold, color: INK });
    drawLines(writer, text, x + BOX_SIZE + 6, top - 2.5, { size: TYPE.control.size, leading: OPTION_LEADING }, writer.fonts.regular);
  });
}

function radioBlock(context: WidgetContext, control: FormControl, options: string[], parent: StructureElement, inline: boolean): Block {
  const rows = optionRows(context, options);
  const raw = context.values[control.name];
  const value = typeof raw === 'string' && options.includes(raw) ? raw : undefined;
  return {
    height: inline ? OPTION_LEADING : rows.total,
    draw(y) {
      const { writer, form } = context;
      const page = writer.page;
      const group = context.locked ? undefined : form.createRadioGroup(control.name);
      if (group) setTooltip(group.acroField.dict, control.tooltip);
      let x = MARGIN_X;
      let top = y;
      options.forEach((option, index) => {
        if (group) {
          group.addOptionToPage(option, page, { x, y: top - BOX_SIZE - 2, width: BOX_SIZE, height: BOX_SIZE, ...BOX_STYLE });
          const widgets = group.acroField.getWidgets();
          tagWidgets(context, [widgets[widgets.length - 1]!], parent, `${control.tooltip}: ${option}`);
        }
        drawOption(context, parent, rows.wrapped[index]!, x, top, option === value);
        if (inline) x += BOX_SIZE + 12 + writer.fonts.regular.widthOfTextAtSize(option, TYPE.control.size) + 24;
        else top -= rows.heights[index]!;
      });
      if (group && value) group.select(value);
    },
  };
}

function checkboxBlock(context: WidgetContext, options: string[], controls: FormControl[], parent: StructureElement): Block {
  const rows = optionRows(context, options);
  return {
    height: rows.total,
    draw(y) {
      const { writer, form } = context;
      const page = writer.page;
      let top = y;
      controls.forEach((control, index) => {
        const checked = context.values[control.name] === true;
        if (!context.locked) {
          const box = form.createCheckBox(control.name);
          box.addToPage(page, { x: MARGIN_X, y: top - BOX_SIZE - 2, width: BOX_SIZE, height: BOX_SIZE, ...BOX_STYLE });
          if (checked) box.check();
          setTooltip(box.acroField.dict, control.tooltip);
          tagWidgets(context, box.acroField.getWidgets(), parent, control.tooltip);
        }
        drawOption(context, parent, rows.wrapped[index]!, MARGIN_X, top, checked);
        top -= rows.heights[index]!;
      });
    },
  };
}

/**
 * A table as one block per row, so a long table runs over pages; the header stays with the first
 * row. A row grows to its tallest cell. In the structure tree: a header row of TH with column
 * scope, then rows of TD that hold the fields.
 */
function tableBlocks(context: WidgetContext, field: Extract<TemplateField, { type: 'table' }>, parent: StructureElement): Block[] {
  const { bold } = context.writer.fonts;
  const totalWeight = field.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = field.columns.map((column) => (CONTENT_WIDTH * column.width) / totalWeight);
  const headerLines = field.columns.map((column, index) => lines(column.label, bold, TYPE.help.size, widths[index]! - 8));
  const headerHeight = Math.max(...headerLines.map((wrapped) => wrapped.length)) * TYPE.help.leading + 8;
  const maxRow = PAGE_CONTENT_HEIGHT - headerHeight - SECTION_LEAD_ROOM - 60;
  let table: StructureElement | undefined;
  const tableElement = () => (table ??= context.writer.tree.element('Table', parent));

  const header: Block = {
    height: headerHeight,
    draw(y) {
      const { writer } = context;
      const page = writer.page;
      const headerRow = writer.tree.element('TR', tableElement());
      let x = MARGIN_X;
      field.columns.forEach((_, index) => {
        writer.tree.artifact(page, () =>
          page.drawRectangle({
            x,
            y: y - headerHeight,
            width: widths[index]!,
            height: headerHeight,
            color: rgb(0.93, 0.93, 0.93),
            borderColor: RULE,
            borderWidth: 0.75,
          }),
        );
        const th = writer.tree.tagged(page, 'TH', headerRow, () =>
          drawLines(writer, headerLines[index]!, x + 4, y - 4, { size: TYPE.help.size, leading: TYPE.help.leading }, bold),
        );
        writer.tree.setAttributes(th, { O: 'Table', Scope: 'Column' });
        x += widths[index]!;
      });
    },
  };

  const rows = tableCells(field).map((cells): Block => {
    const texts = cells.map((cell) => (cell.kind === 'select' ? chosenOption(context, cell) : textValue(context, cell.name)));
    const fits = cells.map((cell, column) => fitValue(context, cell, texts[column]!, widths[column]!, TABLE_ROW, false, true, maxRow));
    const height = Math.max(...fits.map((fit) => fit.height));
    return {
      height,
      draw(y) {
        const { writer } = context;
        const tableRow = writer.tree.element('TR', tableElement());
        let cellX = MARGIN_X;
        cells.forEach((cell, column) => {
          const td = writer.tree.element('TD', tableRow);
          const fit = { ...fits[column]!, height, multiline: fits[column]!.multiline || height > TABLE_ROW };
          if (cell.kind === 'select' && !context.locked) addDropdown(context, cell, texts[column]!, cellX, y - height, widths[column]!, height, td);
          else addTextField(context, cell, texts[column]!, fit, cellX, y - height, widths[column]!, td);
          cellX += widths[column]!;
        });
      },
    };
  });
  // A table that fits on a page is kept whole; a longer one runs over pages row by row.
  const whole = rows.reduce(join, header);
  if (whole.height <= PAGE_CONTENT_HEIGHT - SECTION_LEAD_ROOM - 60) return [whole];
  const [firstRow, ...rest] = rows;
  return [join(header, firstRow!), ...rest];
}

/** A drop-down's value when it is one of its options, else ''. */
function chosenOption(context: WidgetContext, control: FormControl): string {
  const value = textValue(context, control.name);
  return control.options?.includes(value) ? value : '';
}

/** A table cell with a fixed list to choose from: a drop-down (combo box) in its cell's frame. */
function addDropdown(
  context: WidgetContext,
  control: FormControl,
  value: string,
  x: number,
  y: number,
  width: number,
  height: number,
  parent: StructureElement,
) {
  const { writer } = context;
  const page = writer.page;
  writer.tree.artifact(page, () => page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.75 }));
  const dropdown = context.form.createDropdown(control.name);
  dropdown.setOptions(control.options ?? []);
  if (value) dropdown.select(value);
  dropdown.addToPage(page, { x, y, width, height, font: writer.fonts.regular, borderWidth: 0, backgroundColor: undefined, borderColor: undefined });
  dropdown.setFontSize(TYPE.control.size);
  setTooltip(dropdown.acroField.dict, control.tooltip);
  tagWidgets(context, dropdown.acroField.getWidgets(), parent, control.tooltip);
}

/** One block per signer: who signs (the party, numbered when a party signs twice), the line, and fields for name and date. */
function signatureBlock(context: WidgetContext, field: Extract<TemplateField, { type: 'signature' }>, parent: StructureElement): Block {
  const { bold, regular } = context.writer.fonts;
  const columnWidth = (CONTENT_WIDTH - 24) / 2;
  const cellHeight = 112;
  const signers = signerControls(field);
  const rowCount = Math.ceil(signers.length / 2);
  const boxes = signers.map((signer) => {
    const nameText = textValue(context, signer.name.name);
    const dateText = textValue(context, signer.date.name);
    return {
      nameText,
      dateText,
      name: fitValue(context, signer.name, nameText, columnWidth - 110, TEXT_BOX, false, false),
      date: fitValue(context, signer.date, dateText, 100, TEXT_BOX, false, false),
    };
  });
  return {
    height: rowCount * cellHeight,
    draw(y) {
      const { writer } = context;
      const page = writer.page;
      signers.forEach((signer, index) => {
        const x = MARGIN_X + (index % 2) * (columnWidth + 24);
        const top = y - Math.floor(index / 2) * cellHeight;
        const box = boxes[index]!;
        const block = writer.tree.element('Div', parent);
        writer.tree.tagged(page, 'Lbl', block, () => drawLines(writer, [signer.party], x, top, TYPE.label, bold));
        const lineY = top - 48;
        writer.tree.artifact(page, () =>
          page.drawLine({ start: { x, y: lineY }, end: { x: x + columnWidth, y: lineY }, thickness: 0.75, color: INK }),
        );
        writer.tree.tagged(page, 'P', block, () => drawLines(writer, [`Underskrift: ${signer.party}`], x, lineY - 4, TYPE.help, regular, MUTED));
        writer.tree.tagged(page, 'Lbl', block, () => drawLines(writer, ['Namnförtydligande'], x, lineY - 18, TYPE.help, regular, MUTED));
        addTextField(context, signer.name, box.nameText, box.name, x, lineY - 52, columnWidth - 110, block);
        writer.tree.tagged(page, 'Lbl', block, () => drawLines(writer, ['Datum'], x + columnWidth - 100, lineY - 18, TYPE.help, regular, MUTED));
        addTextField(context, signer.date, box.dateText, box.date, x + columnWidth - 100, lineY - 52, 100, block);
      });
    },
  };
}

/** The field's accessible name, and its name written as a literal string rather than UTF-16. */
function setTooltip(dict: PDFDict, tooltip: string) {
  dict.set(PDFName.of('TU'), textString(tooltip));
  const name = dict.lookupMaybe(PDFName.of('T'), PDFHexString);
  if (name) dict.set(PDFName.of('T'), textString(name.decodeText()));
}

/** The reference of a widget just added to the page: the last annotation (PDFContext.getObjectRef searches every object). */
function lastAnnotation(writer: PageWriter, dict: PDFDict): PDFRef | undefined {
  const annots = writer.page.node.Annots();
  const ref = annots?.get(annots.size() - 1);
  return ref instanceof PDFRef && writer.doc.context.lookup(ref) === dict ? ref : undefined;
}

function tagWidgets(context: WidgetContext, widgets: { dict: PDFDict }[], parent: StructureElement, name: string) {
  const { writer } = context;
  for (const widget of widgets) {
    // pdf.js reads the accessible name from the widget, not from its parent field. PDF/UA asks
    // no /Contents of a widget: its Form element's /Alt and the field's /TU name it.
    widget.dict.set(PDFName.of('TU'), textString(name));
    // Smaller dictionaries: coordinates to a hundredth of a point, no empty appearance characteristics.
    const rect = widget.dict.lookup(PDFName.of('Rect'), PDFArray);
    widget.dict.set(
      PDFName.of('Rect'),
      writer.doc.context.obj(rect.asArray().map((value) => Math.round((value as PDFNumber).asNumber() * 100) / 100)),
    );
    const mk = widget.dict.lookupMaybe(PDFName.of('MK'), PDFDict);
    if (mk && mk.keys().length === 1 && mk.has(PDFName.of('R'))) widget.dict.delete(PDFName.of('MK'));
    writer.tree.formField(writer.page, widget.dict, parent, name, lastAnnotation(writer, widget.dict));
  }
}
