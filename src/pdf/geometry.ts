/*
 * The measures of the PDF page and of its boxes, in points. Kept apart from pdf-lib, so that the
 * web form can size its fields like the PDF without loading the PDF library.
 */

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN_X = 56.7; // 20 mm: inside every office printer's printable area
export const MARGIN_TOP = 56.7;
export const MARGIN_BOTTOM = 62;
export const FOOTER_Y = 30;
export const HEADER_Y = A4[1] - 34;
export const CONTENT_WIDTH = A4[0] - 2 * MARGIN_X;
/** The most a single block may take: a whole page between the margins. */
export const PAGE_CONTENT_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM;

export const TEXT_BOX = 20;
export const WRITING_LINE = 18;
export const TABLE_ROW = 20;
/** pdf-lib's inner padding of a borderless text field. */
export const FIELD_PADDING = 1;
