import { z } from 'astro/zod';

/** Paragraph numbers have no place in the plain wording that children, young people and parents read. */
export const withoutSectionNumbers = (text: string) => !/§|\bkap\.|\bstycket\b/.test(text);

/**
 * One rule that the site states in several places (content/regler/<id>.yaml), written once with the
 * provisions it rests on, so that a correction made here reaches every page and template that states it.
 */
const ruleFields = {
  /** What the rule is about, for editors and the list of rules. */
  title: z.string().trim().min(5, { message: 'title ska säga vad regeln gäller' }),
  /** The wording for professionals: handbook, manuals, course modules and templates. Plain text. */
  text: z.string().trim().min(20, { message: 'text ska vara regeln i hela meningar' }),
  /** The same rule in plain words, without paragraph numbers, for easy-to-read, children's and youth pages. */
  lattlast: z
    .string()
    .trim()
    .min(20, { message: 'lattlast ska vara regeln i hela meningar' })
    .refine(withoutSectionNumbers, {
      message: 'lattlast får inte innehålla paragrafnummer (§, kap., stycket): de står i rutan för vuxna i slutet av sidan',
    })
    .optional(),
};

/** A rule's provisions are registry ids (content/lagrum/<id>.yaml); readRule checks that each one exists. */
export const ruleSchema = z
  .object({
    ...ruleFields,
    lagrum: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1, { message: 'lagrum ska lista minst ett lagrum som regeln bygger på' }),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;
