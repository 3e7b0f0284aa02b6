import { z } from 'astro/zod';
import { withoutSectionNumbers } from './rule.ts';

const RULE_ID = /^[a-z0-9-]+$/;

/**
 * content/regler-oversattningar/<locale>.yaml: each rule's easy-to-read wording (`lattlast`) in one
 * language, by rule id, so that a translated page states the same rule as the Swedish one.
 */
export const ruleTranslationsSchema = z
  .record(
    z.string(),
    z
      .string()
      .trim()
      .min(20, { message: 'översättningen ska vara regeln i hela meningar' })
      .refine(withoutSectionNumbers, { message: 'översättningen får inte innehålla paragrafnummer (§, kap., stycket)' }),
  )
  .superRefine((translations, ctx) => {
    for (const key of Object.keys(translations)) {
      if (!RULE_ID.test(key))
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" är inget regel-id: skriv nycklar som barnets-ratt-till-umgange` });
    }
  });
