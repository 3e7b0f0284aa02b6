import { z } from 'astro/zod';
import { readRules, withRuleText } from '../rules/read-rules.ts';
import { SITUATION_LABELS, situationIdSchema } from './situations.ts';
import { changesSchema } from '../schemas/change.ts';

/*
 * The template format: one YAML file per template in templates/, the single source of both
 * the template's web page and its PDF. Layout is never given here; the renderers lay it out.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'id får bara innehålla a–z, 0–9 och bindestreck och ska börja med en bokstav' });

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
    for (const id of unknown)
      ctx.issues.push({ code: 'custom', input: text, message: `okänd regel {{regel:${id}}}: det finns ingen fil content/regler/${id}.yaml` });
    return resolved;
  });

const label = z.string({ error: 'label saknas' }).trim().min(1, { message: 'label saknas' });

const fieldBase = {
  id,
  label,
  /** Short help shown under the label on the web and printed in the PDF. */
  help: printedText.optional(),
  /** The situations in which the field applies; without it, the field applies in every situation. */
  onlyIn: z.array(situationIdSchema).min(1).optional(),
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

const choiceField = z
  .object({
    ...fieldBase,
    type: z.literal('choice'),
    options,
    /** The case's situation (written `type: situation` in a template): its options are the situations. */
    situation: z.literal(true).optional(),
  })
  .strict();
const multiChoiceField = z.object({ ...fieldBase, type: z.literal('multichoice'), options }).strict();

const tableField = z
  .object({
    ...fieldBase,
    type: z.literal('table'),
    columns: z
      .array(
        z
          .object({
            id,
            label,
            width: z.number().positive().default(1),
            /** A fixed list to choose from in every row (a drop-down), instead of free text. */
            options: options.optional(),
          })
          .strict(),
      )
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

/** `type: situation` is a choice of the case's situation, with the situations as its options. */
const asSituationChoice = (raw: unknown) =>
  raw && typeof raw === 'object' && (raw as { type?: unknown }).type === 'situation'
    ? { ...raw, type: 'choice', situation: true, options: SITUATION_LABELS }
    : raw;

export const fieldSchema = z.preprocess(
  asSituationChoice,
  z.discriminatedUnion('type', [textField, longTextField, dateField, yesNoField, choiceField, multiChoiceField, tableField, signatureField], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'okänd fälttyp: använd text, textarea, date, yesno, choice, multichoice, table, signature eller situation'
        : undefined,
  }),
);

export const sectionSchema = z
  .object({
    id,
    title: z.string({ error: 'title saknas' }).trim().min(1, { message: 'title saknas' }),
    /** Printed under the section heading and shown on the web. */
    help: printedText.optional(),
    /** Longer guidance for the web page only. */
    guidance: printedText.optional(),
    /** The situations in which the section applies; without it, the section applies in every situation. */
    onlyIn: z.array(situationIdSchema).min(1).optional(),
    /** Ids the section had before, kept as anchors so that a published link to its guidance still works. */
    formerIds: z.array(id).optional(),
    fields: z.array(fieldSchema).min(1, { message: 'en sektion behöver minst ett fält' }),
  })
  .strict();

/** The case file's copy: the only one that may hold every field without listing them. */
export const CASE_FILE_COPY = 'akten';

/**
 * One copy of the document and the fields it holds: a list of what goes in, so that a field added
 * later stays out of every copy but the case file's until someone puts it on the list.
 */
export const copySchema = z
  .object({
    id,
    /** Whom the copy is for, as printed on every page: "Förälder 1", "Familjehemmet", "Socialtjänstens akt". */
    for: z.string({ error: 'for saknas' }).trim().min(1, { message: 'for saknas' }),
    fields: z.union([z.literal('alla'), z.array(id).min(1, { message: 'fields behöver minst ett fält' })], {
      error: 'fields ska vara en lista med fält-id, eller alla (bara för akten)',
    }),
    /** The copy is also, or only, given as an easy-to-read summary: "Vår plan" or "Min träffplan". */
    summary: z.enum(['var-plan', 'min-traffplan']).optional(),
    /** False when the recipient gets only the summary, never the form itself. */
    form: z.boolean().default(true),
    /** The copy is offered for a filled plan only when this yes/no or choice field has this answer, e.g. the child has turned 15. */
    onlyWhen: z
      .object({ field: id, is: z.string().trim().min(1) })
      .strict()
      .optional(),
    /** A field whose value follows the recipient on every page, so that two parents' copies are never mixed up: "Föräldern, Maria Andersson". */
    named: id.optional(),
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
    /** What changed in each version, newest first; the newest change is this version. Printed in the files. */
    changes: changesSchema(),
    /** The copies the document is made in, each with the fields it holds. The first is the one the old address serves. */
    copies: z.array(copySchema, { error: 'copies saknas: ange vilka exemplar mallen har och vilka fält varje exemplar innehåller' }).min(1),
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
    const newest = template.changes[0]?.date;
    if (newest && newest !== template.version) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', 0, 'date'],
        message: `den nyaste ändringen (${newest}) ska ha samma datum som version (${template.version})`,
      });
    }
    const situationFields = [...fields.values()].filter((field) => field.type === 'choice' && field.situation);
    for (const field of situationFields) {
      if (field.type === 'choice' && field.options.join('\n') !== SITUATION_LABELS.join('\n')) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          message: `fältet "${field.id}" är en situation: skriv type: situation och inga egna alternativ`,
        });
      }
    }
    if (situationFields.length > 1) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'mallen får bara ha ett fält av typen situation' });
    template.sections.forEach((section, s) => {
      const where = (f?: number) => (f === undefined ? ['sections', s, 'onlyIn'] : ['sections', s, 'fields', f, 'onlyIn']);
      if (section.onlyIn && situationFields.length === 0)
        ctx.addIssue({ code: 'custom', path: where(), message: 'onlyIn kräver ett fält av typen situation i mallen' });
      section.fields.forEach((field, f) => {
        if (field.onlyIn && situationFields.length === 0)
          ctx.addIssue({ code: 'custom', path: where(f), message: 'onlyIn kräver ett fält av typen situation i mallen' });
        if (field.type === 'choice' && field.situation && (field.onlyIn || section.onlyIn)) {
          ctx.addIssue({
            code: 'custom',
            path: where(field.onlyIn ? f : undefined),
            message: 'fältet för situationen måste gälla i alla situationer',
          });
        }
      });
    });
    const copyIds = new Set<string>();
    template.copies.forEach((copy, c) => {
      if (copy.onlyWhen) {
        const field = fields.get(copy.onlyWhen.field);
        const answers = field?.type === 'yesno' ? ['Ja', 'Nej'] : field?.type === 'choice' ? field.options : undefined;
        if (!answers)
          ctx.addIssue({
            code: 'custom',
            path: ['copies', c, 'onlyWhen', 'field'],
            message: `onlyWhen.field "${copy.onlyWhen.field}" ska vara ett fält av typen yesno eller choice i mallen`,
          });
        else if (!answers.includes(copy.onlyWhen.is))
          ctx.addIssue({
            code: 'custom',
            path: ['copies', c, 'onlyWhen', 'is'],
            message: `onlyWhen.is "${copy.onlyWhen.is}" är inget svar på fältet "${copy.onlyWhen.field}"`,
          });
      }
      if (copy.named && fields.get(copy.named)?.type !== 'text') {
        ctx.addIssue({ code: 'custom', path: ['copies', c, 'named'], message: `named "${copy.named}" ska vara ett textfält i mallen` });
      }
      if (copyIds.has(copy.id)) ctx.addIssue({ code: 'custom', path: ['copies', c, 'id'], message: `exemplaret "${copy.id}" finns redan` });
      copyIds.add(copy.id);
      if (copy.fields === 'alla') {
        if (copy.id !== CASE_FILE_COPY)
          ctx.addIssue({
            code: 'custom',
            path: ['copies', c, 'fields'],
            message: `bara akten får ha fields: alla; lista fälten som exemplaret "${copy.id}" ska innehålla`,
          });
        return;
      }
      const listed = new Set<string>();
      copy.fields.forEach((fieldId, i) => {
        if (!fields.has(fieldId))
          ctx.addIssue({ code: 'custom', path: ['copies', c, 'fields', i], message: `fältet "${fieldId}" finns inte i mallen` });
        if (listed.has(fieldId)) ctx.addIssue({ code: 'custom', path: ['copies', c, 'fields', i], message: `fältet "${fieldId}" står två gånger` });
        listed.add(fieldId);
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
export type TemplateCopy = z.infer<typeof copySchema>;
