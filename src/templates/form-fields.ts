import type { Template, TemplateField } from './schema.ts';

/*
 * The concrete form controls a template field becomes. The PDF renderer, the web form and the
 * tests all name controls through this one mapping, so a field is called the same everywhere.
 */

export type ControlKind = 'text' | 'multiline' | 'date' | 'checkbox' | 'radio';

export interface FormControl {
  /** Field name in the PDF and `name` in the HTML form. */
  name: string;
  kind: ControlKind;
  /** Accessible name: the PDF tooltip (/TU) and the HTML label. */
  tooltip: string;
  /** Radio groups: the options, in order. */
  options?: string[];
}

export const YES_NO = ['Ja', 'Nej'];

export function controlsFor(field: TemplateField): FormControl[] {
  switch (field.type) {
    case 'text':
      return [{ name: field.id, kind: 'text', tooltip: field.label }];
    case 'date':
      return [{ name: field.id, kind: 'date', tooltip: field.label }];
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
      return Array.from({ length: field.rows }, (_, row) =>
        field.columns.map((column) => ({
          name: tableCellName(field.id, row, column.id),
          kind: 'text' as const,
          tooltip: `${field.label}, rad ${row + 1}: ${column.label}`,
        })),
      ).flat();
    case 'signature':
      return field.signers.flatMap((signer, index) => [
        { name: `${field.id}-${index + 1}-namn`, kind: 'text' as const, tooltip: `${field.label}, ${signer}: namnförtydligande` },
        { name: `${field.id}-${index + 1}-datum`, kind: 'date' as const, tooltip: `${field.label}, ${signer}: datum` },
      ]);
  }
}

export function tableCellName(fieldId: string, row: number, columnId: string): string {
  return `${fieldId}-r${row + 1}-${columnId}`;
}

export function templateControls(template: Template): FormControl[] {
  return template.sections.flatMap((section) => section.fields.flatMap(controlsFor));
}

/** Values a user has entered, by control name: text for text, date and radio controls, true for a ticked checkbox. */
export type FormValues = Record<string, string | boolean>;
