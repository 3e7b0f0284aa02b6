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

/**
 * The envelope a draft file must have: its format, the template it belongs to and the values. The
 * values themselves are read leniently by parseDraft, because a draft saved from an older version
 * of the template may name fields or options that no longer exist.
 */
export const draftEnvelopeSchema = z
  .object({
    format: z.literal(DRAFT_FORMAT, { error: 'filen är inte ett utkast från Umgängeshandboken' }),
    template: z.string({ error: 'template saknas' }),
    version: z.string({ error: 'version saknas' }),
    savedAt: z.string({ error: 'savedAt saknas' }),
    values: z.record(z.string(), z.union([z.string(), z.boolean()], { error: 'ska vara text' }), { error: 'values saknas' }),
  })
  .loose();

export type Draft = { format: typeof DRAFT_FORMAT; template: string; version: string; savedAt: string; values: FormValues };

export function createDraft(template: Template, values: FormValues, savedAt: Date): Draft {
  return { format: DRAFT_FORMAT, template: template.id, version: template.version, savedAt: savedAt.toISOString(), values };
}

/** A value from a draft that the current version of the template has no place for, kept so the user can copy it. */
export interface LeftOver {
  /** The field's label when the control still exists, otherwise the control's name in the draft. */
  label: string;
  value: string;
  reason: 'removed' | 'option' | 'kind';
}

export interface OpenedDraft {
  draft: Draft;
  /** Values that could not be put back in the form. */
  leftOvers: LeftOver[];
  /** True when the draft was saved from another version of the template. */
  otherVersion: boolean;
}

/**
 * Parses a draft file's text; throws an Error with a Swedish message when the file is not a draft of
 * this template. Whatever the form can hold is put back, whatever its length; a value the current
 * version has no place for (a removed field, an option that is gone) is returned as a left-over.
 */
export function parseDraft(template: Template, text: string): OpenedDraft {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('Filen går inte att läsa som ett utkast. Välj en fil som du har sparat med knappen Spara utkast.');
  }
  const result = draftEnvelopeSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 1 && issue.path[0] === 'values' ? ` (fältet ${String(issue.path[1])})` : '';
    throw new Error(`Utkastet kunde inte öppnas: ${issue.message}${where}. Formuläret har inte ändrats.`);
  }
  if (result.data.template !== template.id) {
    throw new Error(`Utkastet kunde inte öppnas: utkastet hör till en annan mall än "${template.title}". Formuläret har inte ändrats.`);
  }
  const controls = new Map(templateControls(template).map((control) => [control.name, control] as const));
  const values: FormValues = {};
  const leftOvers: LeftOver[] = [];
  for (const [name, value] of Object.entries(result.data.values)) {
    const control = controls.get(name);
    const shown = typeof value === 'boolean' ? (value ? 'ikryssad' : 'inte ikryssad') : value;
    if (!control) {
      if (value !== '' && value !== false) leftOvers.push({ label: name, value: shown, reason: 'removed' });
      continue;
    }
    const fits =
      control.kind === 'checkbox' ? typeof value === 'boolean' : typeof value === 'string' && (!control.options || value === '' || control.options.includes(value));
    if (fits) values[name] = value;
    else leftOvers.push({ label: control.tooltip, value: shown, reason: control.options && typeof value === 'string' ? 'option' : 'kind' });
  }
  const draft: Draft = { format: DRAFT_FORMAT, template: template.id, version: result.data.version, savedAt: result.data.savedAt, values };
  return { draft, leftOvers, otherVersion: result.data.version !== template.version };
}

/** What the form says when a draft opened with values it could not put back. */
export function leftOverMessage(opened: OpenedDraft): string | undefined {
  if (opened.leftOvers.length === 0) return undefined;
  const version = opened.otherVersion ? ` Utkastet sparades med version ${opened.draft.version} av mallen, och mallen har ändrats sedan dess.` : '';
  return `Utkastet är öppnat, men ${opened.leftOvers.length === 1 ? 'en uppgift' : `${opened.leftOvers.length} uppgifter`} får inte plats i formuläret.${version} Texten står nedan. Kopiera den dit den hör hemma innan du sparar.`;
}
