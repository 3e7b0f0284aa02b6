import { z } from 'astro/zod';
import type { Template } from './schema.ts';
import { templateControls, type FormValues } from './form-fields.ts';
import { unprintableCharacters } from '../pdf/charset.ts';

/** A draft a user saved to their own computer: the template it belongs to and the values typed so far. */
export const DRAFT_FORMAT = 'umgangeshandboken-utkast';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DATE_MESSAGE = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.';

/** Names characters the PDF's font does not have, with their Unicode numbers, so that none is silently replaced by a box. */
export function unprintableMessage(characters: string[]): string {
  const named = characters.map((character) => `”${character}” (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return `${named.length === 1 ? 'Tecknet' : 'Tecknen'} ${named.join(', ')} går inte att skriva ut i PDF:en. Byt ut ${named.length === 1 ? 'det' : 'dem'}, eller skriv för hand på utskriften.`;
}

/** The problems with the values in a form, by control name, in Swedish. Empty fields are allowed. */
export function validateValues(template: Template, values: FormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const control of templateControls(template)) {
    const value = values[control.name];
    if (control.kind === 'date' && typeof value === 'string' && value.trim() !== '' && !isIsoDate(value.trim())) {
      problems[control.name] = DATE_MESSAGE;
    } else if (typeof value === 'string') {
      const unprintable = unprintableCharacters(value);
      if (unprintable.length) problems[control.name] = unprintableMessage(unprintable);
    }
  }
  return problems;
}

/** The schema a draft file must follow for this template: the same control names and kinds as the form. */
export function draftSchemaFor(template: Template) {
  const shape: Record<string, z.ZodType> = {};
  for (const control of templateControls(template)) {
    if (control.kind === 'checkbox') shape[control.name] = z.boolean({ error: 'ska vara ikryssad eller inte' }).optional();
    else if (control.kind === 'radio') {
      shape[control.name] = z.enum(['', ...control.options!] as [string, ...string[]], { error: 'är inget av alternativen' }).optional();
    } else if (control.kind === 'date') {
      shape[control.name] = z
        .string({ error: 'ska vara text' })
        .max(10, { message: DATE_MESSAGE })
        .refine((value) => value === '' || isIsoDate(value), { message: DATE_MESSAGE })
        .optional();
    } else shape[control.name] = z.string({ error: 'ska vara text' }).max(20_000, { message: 'är för lång' }).optional();
  }
  return z
    .object({
      format: z.literal(DRAFT_FORMAT, { error: 'filen är inte ett utkast från Umgängeshandboken' }),
      template: z.literal(template.id, { error: `utkastet hör till en annan mall än "${template.title}"` }),
      version: z.string({ error: 'version saknas' }),
      savedAt: z.string({ error: 'savedAt saknas' }),
      values: z.strictObject(shape, {
        error: (issue) => (issue.code === 'unrecognized_keys' ? `okänt fält ${issue.keys.join(', ')}` : 'values saknas'),
      }),
    })
    .loose();
}

export type Draft = { format: typeof DRAFT_FORMAT; template: string; version: string; savedAt: string; values: FormValues };

export function createDraft(template: Template, values: FormValues, savedAt: Date): Draft {
  return { format: DRAFT_FORMAT, template: template.id, version: template.version, savedAt: savedAt.toISOString(), values };
}

/** Parses a draft file's text; throws an Error with a Swedish message that says what is wrong. */
export function parseDraft(template: Template, text: string): Draft {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('Filen går inte att läsa som ett utkast. Välj en fil som du har sparat med knappen Spara utkast.');
  }
  const result = draftSchemaFor(template).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 1 && issue.path[0] === 'values' ? ` (fältet ${String(issue.path[1])})` : '';
    throw new Error(`Utkastet kunde inte öppnas: ${issue.message}${where}. Formuläret har inte ändrats.`);
  }
  return result.data as Draft;
}
