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

/** Characters that text pasted from a web page or a word processor brings along unseen: removed. */
const INVISIBLE: Record<number, string> = {
  0x200b: 'nollbreddsmellanslag',
  0x200c: 'nollbredds icke-sammanfogare',
  0x200d: 'nollbreddssammanfogare',
  0x2060: 'ordsammanfogare',
  0x00ad: 'mjukt bindestreck',
  0xfeff: 'byteordningsmarkering',
  0x200e: 'vänster-till-höger-markering',
  0x200f: 'höger-till-vänster-markering',
  0x202a: 'vänster-till-höger-inbäddning',
  0x202b: 'höger-till-vänster-inbäddning',
  0x202c: 'slut på riktningsformatering',
  0x202d: 'vänster-till-höger-åsidosättning',
  0x202e: 'höger-till-vänster-åsidosättning',
  0x2066: 'vänster-till-höger-isolering',
  0x2067: 'höger-till-vänster-isolering',
  0x2068: 'första starka isolering',
  0x2069: 'slut på riktningsisolering',
};

/** Spaces of other kinds, and tabs: each becomes an ordinary space. */
const SPACES: Record<number, string> = {
  0x00a0: 'hårt mellanslag',
  0x202f: 'smalt hårt mellanslag',
  0x0009: 'tabb',
};

const INVISIBLE_OR_SPACE = /[\u200b-\u200d\u2060\u00ad\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u00a0\u202f\t]/;
const EVERY_INVISIBLE_OR_SPACE = new RegExp(INVISIBLE_OR_SPACE.source, 'g');

const unicodeNumber = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** A change cleanInvisible made to one control's value, in Swedish. */
export interface InvisibleChange {
  name: string;
  description: string;
}

/**
 * Removes the invisible characters that pasted text brings along (zero-width spaces and joiners,
 * soft hyphens, byte order marks, directional marks) and makes no-break spaces and tabs ordinary
 * spaces, so that none of them stops the PDF. Each kind of character changed in a value is
 * described once, with how many there were: "2 osynliga tecken togs bort (nollbreddsmellanslag U+200B)".
 */
export function cleanInvisible(values: FormValues): { values: FormValues; changes: InvisibleChange[] } {
  const cleaned: FormValues = {};
  const changes: InvisibleChange[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !INVISIBLE_OR_SPACE.test(value)) {
      cleaned[name] = value;
      continue;
    }
    const counts = new Map<number, number>();
    cleaned[name] = value.replace(EVERY_INVISIBLE_OR_SPACE, (character) => {
      const code = character.codePointAt(0)!;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      return code in SPACES ? ' ' : '';
    });
    for (const [code, count] of counts) {
      const description =
        code in SPACES
          ? `${count} tecken byttes mot ${count === 1 ? 'ett vanligt mellanslag' : 'vanliga mellanslag'} (${SPACES[code]} ${unicodeNumber(code)})`
          : `${count} ${count === 1 ? 'osynligt tecken togs' : 'osynliga tecken togs'} bort (${INVISIBLE[code]} ${unicodeNumber(code)})`;
      changes.push({ name, description });
    }
  }
  return { values: cleaned, changes };
}

/**
 * The problems with the values in a form, by control name, in Swedish. Empty fields are allowed.
 * Invisible characters are not problems: cleanInvisible removes them before the PDF is made.
 */
export function validateValues(template: Template, rawValues: FormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const { values } = cleanInvisible(rawValues);
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

/** A draft as it is written and as parseDraft returns it: exactly these keys. */
const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT, { error: 'filen är inte ett utkast från Umgängeshandboken' }),
  template: z.string({ error: 'template saknas' }),
  version: z.string({ error: 'version saknas' }),
  savedAt: z.string({ error: 'savedAt saknas' }),
  values: z.record(z.string(), z.union([z.string(), z.boolean()], { error: 'ska vara text' }), { error: 'values saknas' }),
});

/**
 * The envelope a draft file must have: its format, the template it belongs to and the values; other
 * keys are let through. The values themselves are read leniently by parseDraft, because a draft
 * saved from an older version of the template may name fields or options that no longer exist.
 */
export const draftEnvelopeSchema = draftSchema.loose();

/**
 * Inferred from draftSchema rather than the loose envelope: parseDraft rebuilds the draft from the
 * known keys, so a Draft never carries the envelope's unknown ones, and its type has no index
 * signature that would hide a misspelt key. `values` is FormValues.
 */
export type Draft = z.output<typeof draftSchema>;

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
      control.kind === 'checkbox'
        ? typeof value === 'boolean'
        : typeof value === 'string' && (!control.options || value === '' || control.options.includes(value));
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
