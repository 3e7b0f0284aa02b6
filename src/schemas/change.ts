import { z } from 'astro/zod';

/*
 * A change entry: what changed in a page or a template, on which day, in plain Swedish. The editors
 * write one with every edit, in the file they edit; "Vad är nytt" and its feed collect them all.
 */

// Frontmatter YAML reads 2026-12-02 as a date, a template's YAML as text when it is quoted: both are a day.
const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'date ska vara ett datum som 2026-12-02' }),
);

export const changeSchema = z
  .object({
    date: isoDay,
    /** What changed, for a reader who knows the earlier text: one or two plain sentences. */
    summary: z
      .string({ error: 'summary saknas: skriv vad som ändrades' })
      .trim()
      .min(20, { message: 'summary är för kort: skriv vad som ändrades, med en hel mening' })
      .max(400, { message: 'summary är för lång: högst 400 tecken, skriv det viktigaste' }),
    /** True when the change is about the law: a new or amended provision, or a rule stated differently. */
    law: z.boolean({ error: 'law ska vara true eller false' }).default(false),
  })
  .strict();

export type Change = z.infer<typeof changeSchema>;

/** A list of changes, newest first. Whether the newest is after the review date or version is checked where both are known. */
export function changesSchema() {
  return z
    .array(changeSchema, { error: 'changes ska vara en lista med date, summary och law' })
    .default([])
    .superRefine((changes, ctx) => {
      changes.forEach((change, index) => {
        const previous = changes[index - 1];
        if (previous && previous.date < change.date) {
          ctx.addIssue({ code: 'custom', path: [index, 'date'], message: 'skriv ändringarna med den nyaste först' });
        }
      });
    });
}

/** The day a list's newest change was made, or undefined for a list without changes. */
export const newestChange = (changes: readonly Change[]) => changes[0]?.date;

/** The heading of a blank form's change list, the same in the PDF and the Word document. */
export const TEMPLATE_CHANGES_HEADING = 'Ändringar i mallen';

/** The message for a page whose newest change is dated after its review date, or undefined when the dates agree. */
export function changeAfterReview(file: string, reviewed: Date, changes: readonly Change[]): string | undefined {
  const day = reviewed.toISOString().slice(0, 10);
  const newest = changes[0]?.date;
  return newest && newest > day ? `${file}: ändringen ${newest} är gjord efter sidans granskningsdatum ${day}: uppdatera reviewed` : undefined;
}
