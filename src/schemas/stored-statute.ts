import { z } from 'astro/zod';

const isoDate = z.iso.date({ message: 'skriv datumet som 2026-01-02' });
const sfs = z.string().regex(/^\d{4}:\d+$/, { message: 'sfs ska skrivas som år:nummer, till exempel 1990:52' });

const storedProvision = z
  .object({
    /** "30" for a chapter; left out for a statute without chapters. */
    chapter: z
      .string()
      .regex(/^\d+( ?[a-z])?$/)
      .optional(),
    /** "14", "32 a". */
    section: z.string().regex(/^\d+( [a-z])?$/, { message: 'section ska vara paragrafens nummer, till exempel "14" eller "32 a"' }),
    /** The stycken as read; the points of a list stand on their own lines within their stycke. */
    paragraphs: z.array(z.string().min(1)).min(1, { message: 'paragraphs ska innehålla paragrafens stycken' }),
    /** The amending act named at the end of the section in the consolidated text. */
    lastAmendedBy: sfs.optional(),
    /** When this wording came into force, where the consolidated text says so. */
    inForceFrom: isoDate.optional(),
    /** A newer wording already enacted, with the day it comes into force. */
    upcoming: z
      .object({ inForceFrom: isoDate, paragraphs: z.array(z.string().min(1)).min(1) })
      .strict()
      .optional(),
  })
  .strict();

/**
 * content/lagtext/sfs-<year>-<number>.yaml: the provisions the registry cites, copied word for word
 * from one consolidated text, with the facts that say which consolidation it was.
 */
export const storedStatuteSchema = z
  .object({
    sfs,
    /** The statute's title as the consolidated text gives it. */
    title: z.string().min(1),
    /** Where the consolidated text comes from, in Swedish. */
    source: z.string().min(1),
    /** The official address of the statute. */
    url: z.url(),
    /** The day the consolidated text was published. */
    published: isoDate,
    /** The latest amending act the consolidated text includes, when it lists them. */
    amendedThrough: sfs.optional(),
    /** The day the provisions were copied and read. */
    stored: isoDate,
    provisions: z.array(storedProvision).min(1),
  })
  .strict();

export type StoredStatute = z.infer<typeof storedStatuteSchema>;
export type StoredProvision = z.infer<typeof storedProvision>;
