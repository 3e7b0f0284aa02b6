import { z } from 'astro/zod';

/** A field that must be present, with a message that says what to write when it is not. */
const requiredText = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : `${missing} (texten måste vara en sträng)`) })
    .trim()
    .min(1, { error: missing });

const readDate = z.coerce.date({ error: 'reading.read ska vara datumet då texten lästes, till exempel 2026-11-26' });
const readUrl = (level: string) => z.url({ error: `reading.url krävs när level är ${level}: ange adressen där texten lästes` });

/** Read in the statute's own words: the SFS print or a consolidated text. */
const lagtext = z
  .object({
    level: z.literal('lagtext'),
    source: z.enum(['sfs', 'konsoliderad'], {
      error: 'reading.source ska vara sfs eller konsoliderad när level är lagtext: bara lagtextens egen lydelse räcker',
    }),
    url: readUrl('lagtext'),
    read: readDate,
    quote: requiredText('reading.quote krävs när level är lagtext: citera lagtextens egna ord'),
    note: z.string().optional(),
  })
  .strict();

/** Read only in the bill's law proposal or the committee report: the final wording or numbering may differ. */
const forarbete = z
  .object({
    level: z.literal('forarbete'),
    source: z.enum(['proposition', 'betankande'], {
      error: 'reading.source ska vara proposition eller betankande när level är forarbete',
    }),
    url: readUrl('forarbete'),
    read: readDate,
    quote: requiredText('reading.quote krävs när level är forarbete: citera lagförslagets egna ord'),
    note: requiredText('reading.note krävs när level är forarbete: skriv vad som kan skilja sig från lagtexten'),
  })
  .strict();

/** Not read against any statute text: the note says what remains to check. */
const ejLast = z
  .object({
    level: z.literal('ej-last'),
    source: z.enum(['sfs', 'konsoliderad', 'proposition', 'betankande', 'jo', 'domstol', 'sekundar']).optional(),
    url: z.url().optional(),
    read: readDate,
    quote: z.string().optional(),
    note: requiredText('reading.note krävs när level är ej-last: skriv vad som återstår att kontrollera'),
  })
  .strict();

export const readingLevels = ['lagtext', 'forarbete', 'ej-last'] as const;

export const readingSchema = z.discriminatedUnion('level', [lagtext, forarbete, ejLast], {
  error: (issue) =>
    issue.input === undefined
      ? 'reading saknas: skriv var och när lydelsen lästes (level, url, read, quote)'
      : 'reading.level ska vara lagtext, forarbete eller ej-last',
});

/**
 * One provision in the legal-reference registry (content/lagrum/<id>.yaml).
 * Pages cite law only through these entries, so each one records where its wording was read.
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
    chapter: z
      .string()
      .regex(/^\d+( [a-z])?$/)
      .optional(),
    /** Section(s) as written in the statute without "§", e.g. "14", "14 a", "14 a–14 c". */
    section: z.string().min(1).optional(),
    /** The stycke (paragraph) or stycken the entry rests on, when not the whole section: "2" or "2–3". */
    paragraph: z
      .string()
      .regex(/^\d+(–\d+)?$/, { message: 'paragraph ska vara styckets nummer, till exempel "2" eller "2–3" (med tankstreck)' })
      .optional(),
    /** Article, for conventions. */
    article: z.string().min(1).optional(),
    /** Plain-language summary written by us. It never adds a duty or a power that the provision does not state. */
    summary: z.string().min(20, { message: 'summary ska vara en sammanfattning på klarspråk' }),
    /** The official SFS page of the statute. */
    url: z.url(),
    /** In force from, where it matters to the reader. */
    inForce: z.coerce.date().optional(),
    /** The provision of the old socialtjänstlag (2001:453) or other earlier rule that this one replaces. */
    formerProvision: z.string().min(1).optional(),
    /** Where, when and how far the wording was read. */
    reading: readingSchema,
  })
  .strict();

export type LegalReference = z.infer<typeof legalReferenceSchema>;
export type Reading = LegalReference['reading'];
export type ReadingLevel = Reading['level'];
