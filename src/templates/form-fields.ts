import { z } from 'astro/zod';
import type { Template, TemplateField } from './schema.ts';

/*
 * The concrete form controls a template field becomes: one typed model shared by the PDF
 * renderer, the web form and the tests, so a control is named and found the same way everywhere
 * (table cells by row and column, signature controls by signer) and never by index arithmetic.
 */

export const controlKindSchema = z.enum(['text', 'multiline', 'date', 'checkbox', 'radio', 'select']);
export type ControlKind = z.infer<typeof controlKindSchema>;

export const formControlSchema = z.object({
  /** Field name in the PDF and `name` in the HTML form. */
  name: z.string(),
  kind: controlKindSchema,
  /** Accessible name: the PDF tooltip (/TU) and the HTML label. Date controls state their format. */
  tooltip: z.string(),
  /** Radio groups and drop-downs: the options, in order. */
  options: z.array(z.string()).optional(),
});
export type FormControl = z.infer<typeof formControlSchema>;

export const signerControlsSchema = z.object({
  /** The party as written in the template, e.g. "Förälder". */
  signer: z.string(),
  /** The party as printed: numbered when the template names the same party twice ("Förälder 1"). */
  party: z.string(),
  name: formControlSchema,
  date: formControlSchema,
});
export type SignerControls = z.infer<typeof signerControlsSchema>;

/** Values a user has entered, by control name: text for text, date and radio controls, true for a ticked checkbox. */
export const formValuesSchema = z.record(z.string(), z.union([z.string(), z.boolean()]));
export type FormValues = z.infer<typeof formValuesSchema>;

export const YES_NO = ['Ja', 'Nej'];
export const DATE_FORMAT = 'ÅÅÅÅ-MM-DD';

type TableField = Extract<TemplateField, { type: 'table' }>;
type SignatureField = Extract<TemplateField, { type: 'signature' }>;

const dateTooltip = (label: string) => `${label} (${DATE_FORMAT})`;

/** A table's text controls, by row and then column. */
export function tableCells(field: TableField): FormControl[][] {
  return Array.from({ length: field.rows }, (_, row) =>
    field.columns.map(
      (column): FormControl => ({
        name: tableCellName(field.id, row, column.id),
        tooltip: `${field.label}, rad ${row + 1}: ${column.label}`,
        ...(column.options ? { kind: 'select', options: column.options } : { kind: 'text' }),
      }),
    ),
  );
}

/** One name and one date control per signer. */
export function signerControls(field: SignatureField): SignerControls[] {
  const count = (signer: string) => field.signers.filter((candidate) => candidate === signer).length;
  const seen = new Map<string, number>();
  return field.signers.map((signer, index) => {
    const nth = (seen.get(signer) ?? 0) + 1;
    seen.set(signer, nth);
    const party = count(signer) > 1 ? `${signer} ${nth}` : signer;
    return {
      signer,
      party,
      name: { name: `${field.id}-${index + 1}-namn`, kind: 'text' as const, tooltip: `${field.label}, ${party}: namnförtydligande` },
      date: { name: `${field.id}-${index + 1}-datum`, kind: 'date' as const, tooltip: dateTooltip(`${field.label}, ${party}: datum`) },
    };
  });
}

export function controlsFor(field: TemplateField): FormControl[] {
  switch (field.type) {
    case 'text':
      return [{ name: field.id, kind: 'text', tooltip: field.label }];
    case 'date':
      return [{ name: field.id, kind: 'date', tooltip: dateTooltip(field.label) }];
    case 'textarea':
      return [{ name: field.id, kind: 'multiline', tooltip: field.label }];
    case 'yesno':
      return [{ name: field.id, kind: 'radio', tooltip: field.label, options: YES_NO }];
    case 'choice':
      return [{ name: field.id, kind: 'radio', tooltip: field.label, options: field.options }];
    case 'multichoice':
      return field.options.map((option, index) => ({
        name: `${field.id}-${index + 1}`,
        kind: 'checkbox' as const,
        tooltip: `${field.label}: ${option}`,
      }));
    case 'table':
      return tableCells(field).flat();
    case 'signature':
      return signerControls(field).flatMap((signer) => [signer.name, signer.date]);
  }
}

export function tableCellName(fieldId: string, row: number, columnId: string): string {
  return `${fieldId}-r${row + 1}-${columnId}`;
}

export function templateControls(template: Template): FormControl[] {
  return template.sections.flatMap((section) => section.fields.flatMap(controlsFor));
}
