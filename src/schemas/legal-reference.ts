import { z } from 'astro/zod';

/**
 * One provision in the legal-reference registry (content/lagrum/<id>.yaml).
 * Pages cite law only through these entries, so each one records where it was checked.
 */
export const legalReferenceSchema = z
  .object({
    /** Full name of the statute, e.g. "Lag (1990:52) med särskilda bestämmelser om vård av unga". */
    law: z.string().min(1),
    /** Short name used in running text, e.g. "LVU". */
    shortName: z.string().min(1),
    /** SFS number of the statute, e.g. "1990:52". */
    sfs: z.string().regex(/^\d{4}:\d+$/, { message: 'sfs ska skrivas som år:nummer, till exempel 1990:52' }),
    /** Chapter, for statutes divided into chapters. */
    chapter: z.string().regex(/^\d+( [a-z])?$/).optional(),
    /** Section(s) as written in the statute without "§", e.g. "14", "14 a", "14 a–14 c". */
    section: z.string().min(1).optional(),
    /** Article, for conventions. */
    article: z.string().min(1).optional(),
    /** Plain-language summary written by us. */
    summary: z.string().min(20, { message: 'summary ska vara en sammanfattning på klarspråk' }),
    /** Official text of the statute. */
    url: z.url(),
    /** In force from, where it matters to the reader. */
    inForce: z.coerce.date().optional(),
    /** The date the provision was last checked against the official text. */
    checked: z.coerce.date({ error: 'checked ska vara ett datum som 2026-11-25' }),
    status: z.enum(['verified', 'needs-review']),
    /** What remains to check; required when status is needs-review. */
    reviewNote: z.string().optional(),
  })
  .strict()
  .refine((entry) => entry.status !== 'needs-review' || !!entry.reviewNote, {
    message: 'reviewNote krävs när status är needs-review',
    path: ['reviewNote'],
  });

export type LegalReference = z.infer<typeof legalReferenceSchema>;
