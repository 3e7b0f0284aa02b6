import { z } from 'astro/zod';
import { readRules, withRuleText } from '../rules/read-rules.ts';

/*
 * The template format: one YAML file per template in templates/, the single source of both
 * the template's web page and its PDF. Layout is never given here; the renderers lay it out.
 */

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { message: 'id får bara innehålla a–z, 0–9 och bindestreck och ska börja med en bokstav' });

/**
 * A text printed in the template. A rule from content/regler is written as {{regel:<id>}}, so that the
 * template states it in the same words as every page, and a correction made once reaches it.
 */
const printedText = z
  .string()
  .min(1)
  .transform((text, ctx) => {
    if (!text.includes('{{regel:')) return text;
    const { text: resolved, unknown } = withRuleText(text, readRules());
    for (const id of unknown) ctx.issues.push({ code: 'custom', input: text, message: `okänd regel {{regel:${id}}}: det finns ingen fil content/regler/${id}.yaml` });
    return resolved;
  });

const label = z.string({ error: 'label saknas' }).trim().min(1, { message: 'label saknas' });

const fieldBase = {
  id,
  label,
  /** Short help shown under the label on the web and printed in the PDF. */
  help: printedText.optional(),
  /**
   * Contact details that go only to some recipients: the value is printed only when the template's
   * recipient field holds one of these options, or when the user has chosen to include contacts.
   */
  printFor: z.array(z.string().trim().min(1)).min(1).optional(),
};

const textField = z.object({ ...fieldBase, type: z.literal('text') }).strict();
const longTextField = z
  .object({
    ...fieldBase,
    type: z.literal('textarea'),
    /** Handwriting lines reserved on paper. */
    lines: z.number().int().min(2).max(20).default(4),
  })
  .strict();
const dateField = z.object({ ...fieldBase, type: z.literal('date') }).strict();
const yesNoField = z.object({ ...fieldBase, type: z.literal('yesno') }).strict();

const options = z
  .array(z.string().trim().min(1))
  .min(2, { message: 'ett valfält behöver minst två alternativ' })
  .refine((list) => new Set(list).size === list.length, { message: 'alternativen måste vara olika' });

const choiceField = z.object({ ...fieldBase, type: z.literal('choice'), options }).strict();
const multiChoiceField = z.object({ ...fieldBase, type: z.literal('multichoice'), options }).strict();

const tableField = z
  .object({
    ...fieldBase,
    type: z.literal('table'),
    columns: z
      .array(z.object({ id, label, width: z.number().positive().default(1) }).strict())
      .min(1, { message: 'en tabell behöver minst en kolumn' }),
    rows: z.number().int().min(1).max(30),
  })
  .strict();

const signatureField = z
  .object({
    ...fieldBase,
    type: z.literal('signature'),
    /** Who signs, e.g. "Förälder", "Familjehem". One block each. */
    signers: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

export const fieldSchema = z.discriminatedUnion(
  'type',
  [textField, longTextField, dateField, yesNoField, choiceField, multiChoiceField, tableField, signatureField],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'okänd fälttyp: använd text, textarea, date, yesno, choice, multichoice, table eller signature'
        : undefined,
  },
);

export const sectionSchema = z
  .object({
    id,
    title: z.string({ error: 'title saknas' }).trim().min(1, { message: 'title saknas' }),
    /** Printed under the section heading and shown on the web. */
    help: printedText.optional(),
    /** Longer guidance for the web page only. */
    guidance: printedText.optional(),
    fields: z.array(fieldSchema).min(1, { message: 'en sektion behöver minst ett fält' }),
  })
  .strict();

export const templateSchema = z
  .object({
    id,
    title: z.string().trim().min(1),
    /** Version date, printed in the footer. */
    version: z.iso.date({ message: 'version ska vara ett datum som 2026-11-25' }),
    description: z.string().min(20),
    purpose: printedText.pipe(z.string().min(20)),
    whenToUse: printedText.pipe(z.string().min(20)),
    whoUses: printedText.pipe(z.string().min(5)),
    /** Handbook or manual pages that explain the work, as site paths like /handboken/umgangesplanen/. */
    related: z.array(z.string().regex(/^\/[a-z0-9/-]+\/$/, { message: 'related ska vara en sökväg som /handboken/umgangesplanen/' })).default([]),
    /** Printed at the top of the first page. */
    intro: printedText.optional(),
    sections: z.array(sectionSchema).min(1),
    /** Printed in the header of every page of a filled PDF: the case (initials or case number) and the document's date. */
    caseIdentity: z.object({ case: id, date: id }).strict().optional(),
    /** Who the document goes to (a choice field) and whether restricted contact details are included anyway (a yesno field). */
    recipient: z.object({ field: id, includeContacts: id }).strict().optional(),
  })
  .strict()
  .superRefine((template, ctx) => {
    const fields = new Map(template.sections.flatMap((section) => section.fields.map((field) => [field.id, field] as const)));
    const expectField = (path: (string | number)[], fieldId: string, types: string[]) => {
      const field = fields.get(fieldId);
      if (!field || !types.includes(field.type)) {
        ctx.addIssue({ code: 'custom', path, message: `"${fieldId}" ska vara ett fält av typen ${types.join(' eller ')} i mallen` });
      }
      return field;
    };
    if (template.caseIdentity) {
      expectField(['caseIdentity', 'case'], template.caseIdentity.case, ['text']);
      expectField(['caseIdentity', 'date'], template.caseIdentity.date, ['date']);
    }
    const recipientField = template.recipient ? expectField(['recipient', 'field'], template.recipient.field, ['choice']) : undefined;
    if (template.recipient) expectField(['recipient', 'includeContacts'], template.recipient.includeContacts, ['yesno']);
    template.sections.forEach((section, s) => {
      section.fields.forEach((field, f) => {
        if (!field.printFor) return;
        const options = recipientField?.type === 'choice' ? recipientField.options : [];
        for (const option of field.printFor) {
          if (!options.includes(option)) {
            ctx.addIssue({
              code: 'custom',
              path: ['sections', s, 'fields', f, 'printFor'],
              message: `printFor "${option}" är inget alternativ i mallens mottagarfält (recipient.field)`,
            });
          }
        }
      });
    });
    const seen = new Map<string, string>();
    template.sections.forEach((section, s) => {
      section.fields.forEach((field, f) => {
        const where = `sections[${s}].fields[${f}]`;
        const previous = seen.get(field.id);
        if (previous) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'fields', f, 'id'],
            message: `fält-id "${field.id}" finns redan (${previous})`,
          });
        } else {
          seen.set(field.id, where);
        }
      });
    });
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateSection = z.infer<typeof sectionSchema>;
export type TemplateField = z.infer<typeof fieldSchema>;
export type FieldType = TemplateField['type'];
