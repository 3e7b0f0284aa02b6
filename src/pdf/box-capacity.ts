import type { TemplateField } from '../templates/schema.ts';
import { controlsFor, signerControls, tableCells } from '../templates/form-fields.ts';
import { CONTENT_WIDTH, FIELD_PADDING, TABLE_ROW, TEXT_BOX, WRITING_LINE } from './geometry.ts';

/** Average width of a character of Swedish text in Noto Sans at the control size, in points. */
const AVERAGE_CHARACTER = 5.3;
/** pdf-lib's line height for the control size in Noto Sans (1.2 × the font's height). */
const CONTROL_LINE_HEIGHT = 16.3;

/**
 * About how many characters each text control of a field holds on the blank form: the web form
 * warns past this. The filled PDF measures exactly and grows the box or continues the text.
 */
export function boxCapacity(field: TemplateField): Map<string, number> {
  const capacity = (width: number, height: number) =>
    Math.floor((width - 2 * FIELD_PADDING) / AVERAGE_CHARACTER) * Math.max(1, Math.floor((height - 2 * FIELD_PADDING - 3) / CONTROL_LINE_HEIGHT));
  const result = new Map<string, number>();
  const [first] = controlsFor(field);
  if (field.type === 'text') result.set(first!.name, capacity(CONTENT_WIDTH, TEXT_BOX));
  if (field.type === 'textarea') result.set(first!.name, capacity(CONTENT_WIDTH, field.lines * WRITING_LINE + 4));
  if (field.type === 'table') {
    const totalWeight = field.columns.reduce((sum, column) => sum + column.width, 0);
    for (const cells of tableCells(field)) {
      cells.forEach((cell, column) => result.set(cell.name, capacity((CONTENT_WIDTH * field.columns[column]!.width) / totalWeight, TABLE_ROW)));
    }
  }
  if (field.type === 'signature') {
    for (const signer of signerControls(field)) result.set(signer.name.name, capacity((CONTENT_WIDTH - 24) / 2 - 110, TEXT_BOX));
  }
  return result;
}
