import {
  BorderStyle,
  CheckBox,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { TemplateField } from '../templates/schema.ts';
import { controlsFor, DATE_FORMAT, signerControls, tableCells, YES_NO, type FormControl } from '../templates/form-fields.ts';
import { appliesToText } from '../templates/situations.ts';
import { DropDownParagraph } from './drop-down.ts';
import { COLOR, CONTENT_WIDTH, STYLE } from './styles.ts';

/*
 * One template field as Word content: its label and help, then a place to answer. The docx
 * package has content controls for checkboxes but not for plain text, so text answers go in
 * shaded, bordered boxes (one-cell tables whose row grows as the user types). A single choice
 * is one drop-down list, with its options also printed as text so a paper copy can be filled in
 * by hand; a multiple choice gets a Word checkbox per option, ticked with a click.
 */

type Block = Paragraph | Table;

const TEXT_ROW = 400; // 20 pt, as the PDF's text boxes
const WRITING_LINE = 360; // 18 pt a handwriting line
const DATE_WIDTH = 3000; // about 53 mm, room for ÅÅÅÅ-MM-DD by hand
/** Options this long in all are printed on one line; longer lists get a line each. */
const ONE_LINE_OPTIONS = 70;

export const CHOOSE_PLACEHOLDER = 'Välj ett alternativ';
/** A table cell is narrow: the drop-down in it says only this until a choice is made. */
export const CELL_PLACEHOLDER = 'Välj';

const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const boxBorders: ITableCellBorders = { top: line, bottom: line, left: line, right: line };

export function fieldBlocks(field: TemplateField): Block[] {
  const help = field.type === 'date' ? [field.help, `Skriv datum som ${DATE_FORMAT}.`].filter(Boolean).join(' ') : field.help;
  const head: Block[] = [new Paragraph({ style: STYLE.label, text: field.label })];
  if (field.onlyIn) head.push(appliesToParagraph(field.onlyIn));
  if (help) head.push(new Paragraph({ style: STYLE.help, text: help }));
  return [...head, ...answer(field)];
}

/** Under the heading or label of a part that applies only in some situations, on a blank form. */
export function appliesToParagraph(onlyIn: Parameters<typeof appliesToText>[0]): Paragraph {
  return new Paragraph({ style: STYLE.help, children: [new TextRun({ text: appliesToText(onlyIn), bold: true })] });
}

function answer(field: TemplateField): Block[] {
  switch (field.type) {
    case 'text':
      return [answerBox(CONTENT_WIDTH, TEXT_ROW)];
    case 'date':
      return [answerBox(DATE_WIDTH, TEXT_ROW)];
    case 'textarea':
      return [answerBox(CONTENT_WIDTH, field.lines * WRITING_LINE + 80)];
    case 'yesno':
      return choice(controlsFor(field)[0]!, YES_NO, DATE_WIDTH);
    case 'choice':
      return choice(controlsFor(field)[0]!, field.options, CONTENT_WIDTH);
    case 'multichoice':
      return field.options.map(
        (option) => new Paragraph({ style: STYLE.option, indent: { left: 340, hanging: 340 }, children: checkbox(field.label, option) }),
      );
    case 'table':
      return answerTable(field);
    case 'signature':
      return [signatures(field)];
  }
}

/** One drop-down list in an answer box, then its options as text: on paper the reader circles one. */
function choice(control: FormControl, options: string[], width: number): Block[] {
  const list = new DropDownParagraph(
    { style: STYLE.answer, keepNext: true },
    { alias: control.tooltip, tag: control.name, options, placeholder: CHOOSE_PLACEHOLDER },
  );
  return [answerBox(width, TEXT_ROW, list), optionsText('Alternativ', options)];
}

/** "Alternativ: Ja / Nej", or one option a line when they are long. */
function optionsText(lead: string, options: readonly string[], keepNext = false): Paragraph {
  const oneLine = options.join(' / ').length <= ONE_LINE_OPTIONS;
  const children = oneLine
    ? [new TextRun(`${lead}: ${options.join(' / ')}`)]
    : [new TextRun(`${lead}:`), ...options.map((option) => new TextRun({ text: `\u2013 ${option}`, break: 1 }))];
  return new Paragraph({ style: STYLE.choices, keepNext, children });
}

function checkbox(label: string, option: string) {
  return [new CheckBox({ alias: `${label}: ${option}` }), new TextRun(`\u00a0${option}`)];
}

/** A shaded, bordered box to write in: a one-cell table, at least as tall as the PDF's field. */
function answerBox(width: number, height: number, content = new Paragraph({ style: STYLE.answer })): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: height, rule: HeightRule.ATLEAST },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: boxBorders,
            shading: { fill: COLOR.answerFill, type: 'clear', color: 'auto' },
            children: [content],
          }),
        ],
      }),
    ],
  });
}

function answerTable(field: Extract<TemplateField, { type: 'table' }>): Block[] {
  const total = field.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = field.columns.map((column) => Math.floor((CONTENT_WIDTH * column.width) / total));
  const cell = (width: number, children: Paragraph[], header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: boxBorders,
      ...(header ? { shading: { fill: COLOR.headerFill, type: 'clear' as const, color: 'auto' } } : {}),
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: field.columns.map((column, index) => cell(widths[index]!, [new Paragraph({ style: STYLE.tableHeader, text: column.label })], true)),
  });
  const rows = tableCells(field).map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        height: { value: TEXT_ROW, rule: HeightRule.ATLEAST },
        children: cells.map((control, index) => cell(widths[index]!, [cellAnswer(control)])),
      }),
  );
  // On paper the drop-downs show only their placeholder, so the lists are printed above the table.
  const lists = field.columns.flatMap((column) =>
    column.options ? [optionsText(`Alternativ i kolumnen ${column.label}`, column.options, true)] : [],
  );
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
  return [...lists, table];
}

function cellAnswer(control: FormControl): Paragraph {
  if (control.kind !== 'select') return new Paragraph({ style: STYLE.answer });
  return new DropDownParagraph(
    { style: STYLE.answer },
    { alias: control.tooltip, tag: control.name, options: control.options ?? [], placeholder: CELL_PLACEHOLDER },
  );
}

/** Two signers side by side, each with lines for signature, name clarification and date, named as in the PDF. */
function signatures(field: Extract<TemplateField, { type: 'signature' }>): Table {
  const gap = 360;
  const width = Math.floor((CONTENT_WIDTH - gap) / 2);
  const writeOn = (before: number) =>
    new Paragraph({
      style: STYLE.answer,
      spacing: { before, after: 0 },
      keepNext: true,
      border: { bottom: { ...line, color: COLOR.ink, size: 6, space: 1 } },
    });
  const caption = (text: string) => new Paragraph({ style: STYLE.help, text, spacing: { before: 20, after: 60 } });
  const signerCell = (signer: string | undefined, margin: number) =>
    new TableCell({
      width: { size: width + margin, type: WidthType.DXA },
      borders: { top: none, bottom: none, left: none, right: none },
      margins: { left: 0, right: margin, top: 0, bottom: 120 },
      children: signer
        ? [
            new Paragraph({ style: STYLE.label, text: signer, spacing: { before: 120 } }),
            writeOn(560),
            caption(`Underskrift: ${signer}`),
            writeOn(200),
            caption('Namnförtydligande'),
            writeOn(200),
            caption('Datum'),
          ]
        : [new Paragraph({})],
    });
  const rows: TableRow[] = [];
  const parties = signerControls(field).map((signer) => signer.party);
  for (let index = 0; index < parties.length; index += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [signerCell(parties[index], gap), signerCell(parties[index + 1], 0)] }));
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [width + gap, width],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows,
  });
}
