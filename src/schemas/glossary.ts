import { z } from 'astro/zod';

/** One term in the glossary (content/ordlista/<id>.yaml). */
export const glossaryTermSchema = z
  .object({
    term: z.string().min(1),
    /** The words an abbreviation stands for, e.g. "Lag med särskilda bestämmelser om vård av unga". */
    expansion: z.string().min(1).optional(),
    /** The language of the expansion when it is not Swedish, e.g. "en" for WCAG, so screen readers pronounce it right. */
    expansionLang: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'expansionLang ska vara en språkkod som en eller en-GB' })
      .optional(),
    definition: z.string({ error: 'definition saknas' }).min(10, { message: 'definition är för kort: förklara termen i en hel mening' }),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
