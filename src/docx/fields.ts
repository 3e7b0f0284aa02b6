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
import { YES_NO } from '../templates/form-fields.ts';
import { COLOR, CONTENT_WIDTH, STYLE } from './styles.ts';

/*
 * One template field as Word content: its label and help, then a place to answer. The docx
 * package has content controls for checkboxes but not for plain text, so text answers go in
 * shaded, bordered boxes (one-cell tables whose row grows as the user types), and options get
 * Word checkbox controls that are ticked with a click.
 */

type Block = Paragraph | Table;

const TEXT_ROW = 400; // 20 pt, as the PDF's text boxes
const WRITING_LINE = 360; // 18 pt a handwriting line
const DATE_WIDTH = 3000; // about 53 mm, room for ÅÅÅÅ-MM-DD by hand

const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const boxBorders: ITableCellBorders = { top: line, bottom: line, left: line, right: line };

export function fieldBlocks(field: TemplateField): Block[] {
  const help = field.type === 'date' ? [field.help, 'Skriv datum som ÅÅÅÅ-MM-DD.'].filter(Boolean).join(' ') : field.help;
  const head: Block[] = [new Paragraph({ style: STYLE.label, text: field.label })];
  if (help) head.push(new Paragraph({ style: STYLE.help, text: help }));
  return [...head, ...answer(field)];
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
      return [new Paragraph({ style: STYLE.option, children: YES_NO.flatMap((option, index) => [...(index ? [new TextRun('\u2003\u2003')] : []), ...checkbox(field.label, option)]) })];
    case 'choice':
    case 'multichoice':
      return field.options.map((option) => new Paragraph({ style: STYLE.option, indent: { left: 340, hanging: 340 }, children: checkbox(field.label, option) }));
    case 'table':
      return [answerTable(field)];
    case 'signature':
      return [signatures(field)];
  }
}

function checkbox(label: string, option: string) {
  return [new CheckBox({ alias: `${label}: ${option}` }), new TextRun(`\u00a0${option}`)];
}

/** A shaded, bordered box to write in: a one-cell table, at least as tall as the PDF's field. */
function answerBox(width: number, height: number): Table {
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
            children: [new Paragraph({ style: STYLE.answer })],
          }),
        ],
      }),
    ],
  });
}

function answerTable(field: Extract<TemplateField, { type: 'table' }>): Table {
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
  const rows = Array.from(
    { length: field.rows },
    () =>
      new TableRow({
        cantSplit: true,
        height: { value: TEXT_ROW, rule: HeightRule.ATLEAST },
        children: widths.map((width) => cell(width, [new Paragraph({ style: STYLE.answer })])),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

/** Two signers side by side, each with lines for signature, name clarification and date. */
function signatures(field: Extract<TemplateField, { type: 'signature' }>): Table {
  const gap = 360;
  const width = Math.floor((CONTENT_WIDTH - gap) / 2);
  const writeOn = (before: number) =>
    new Paragraph({ style: STYLE.answer, spacing: { before, after: 0 }, keepNext: true, border: { bottom: { ...line, color: COLOR.ink, size: 6, space: 1 } } });
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
  for (let index = 0; index < field.signers.length; index += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [signerCell(field.signers[index], gap), signerCell(field.signers[index + 1], 0)] }));
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [width + gap, width],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows,
  });
}
