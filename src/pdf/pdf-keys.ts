/*
 * The keys the renderer writes and readFilledPdf reads: which template, version and copy a PDF
 * was made from (in the document information dictionary), and the rest of an answer that went
 * on to a continuation page (in its field's dictionary). Readers ignore keys they do not know.
 */

export const INFO_KEYS = {
  template: 'UmgTemplate',
  version: 'UmgVersion',
  copy: 'UmgCopy',
} as const;

/** In a text field's dictionary: the text after the part the field holds, printed on a continuation page. */
export const CONTINUATION_KEY = 'UmgContinuation';
