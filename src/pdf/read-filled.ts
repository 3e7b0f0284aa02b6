import {
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFDropdown,
  PDFHexString,
  PDFName,
  PDFRadioGroup,
  PDFString,
  PDFTextField,
  type PDFField,
} from 'pdf-lib';
import type { Template } from '../templates/schema.ts';
import { templateControls, type FormControl, type FormValues } from '../templates/form-fields.ts';
import { CONTINUATION_KEY, INFO_KEYS } from './pdf-keys.ts';

/*
 * Reads a fillable PDF made by renderTemplatePdf, and filled in a PDF reader or not, back into
 * form values. pdf-lib only, so it runs in the browser. An answer that went on to a continuation
 * page is put back whole: the field holds the box's part and its dictionary the rest.
 */

export interface FilledPdf {
  /** Values by control name: text for text, date, radio and drop-down controls, true for a ticked checkbox. Empty ones are left out. */
  values: FormValues;
  /** The copy the PDF was made as, when it was made as one. */
  copy?: string;
  /** The template version the PDF was made from. */
  version?: string;
}

/** A PDF text string's text. UTF-16 is decoded here: pdf-lib's decoder overflows the stack on a long answer. */
function textOf(value: unknown): string | undefined {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  const bytes = value.asBytes();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return value.decodeText();
}

function readControl(field: PDFField, control: FormControl): string | boolean | undefined {
  if (control.kind === 'checkbox') return field instanceof PDFCheckBox && field.isChecked() ? true : undefined;
  if (control.kind === 'radio') return field instanceof PDFRadioGroup ? field.getSelected() : undefined;
  if (control.kind === 'select') return field instanceof PDFDropdown ? field.getSelected()[0] : undefined;
  if (!(field instanceof PDFTextField)) return undefined;
  const rest = textOf(field.acroField.dict.lookup(PDFName.of(CONTINUATION_KEY)));
  return `${field.getText() ?? ''}${rest ?? ''}`;
}

/**
 * The values of a filled PDF of `template`. Throws an Error with a Swedish message when the file
 * is not a PDF, is a PDF of another template, or is a locked copy (which has no fields).
 */
export async function readFilledPdf(template: Template, bytes: Uint8Array): Promise<FilledPdf> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    throw new Error('Filen går inte att läsa som en PDF. Välj den ifyllbara PDF:en som du har laddat ner härifrån.');
  }
  const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
  const entry = (key: string) => textOf(info?.lookup(PDFName.of(key)));
  if (entry(INFO_KEYS.template) !== template.id) throw new Error(`PDF:en är inte en ifylld blankett av mallen ${template.title}.`);
  const fields = new Map(
    doc
      .getForm()
      .getFields()
      .map((field) => [field.getName(), field] as const),
  );
  if (fields.size === 0) throw new Error('PDF:en är en låst kopia och har inga fält att läsa. Välj den ifyllbara PDF:en.');
  const values: FormValues = {};
  for (const control of templateControls(template)) {
    const field = fields.get(control.name);
    const value = field && readControl(field, control);
    if (value !== undefined && value !== '') values[control.name] = value;
  }
  const copy = entry(INFO_KEYS.copy);
  const version = entry(INFO_KEYS.version);
  return { values, ...(copy ? { copy } : {}), ...(version ? { version } : {}) };
}
