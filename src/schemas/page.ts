import { z } from 'astro/zod';
import { audienceSchema } from './audience.ts';
import { changesSchema } from './change.ts';

/**
 * Fields every handbook page adds to Starlight's frontmatter. `sourceRef` is Astro's
 * `reference('kallor')` in the site build and a plain id schema in unit tests.
 */
export function pageFields<R extends z.ZodType>(sourceRef: R) {
  return z.object({
    description: z.string({ error: 'description saknas: skriv en mening om vad sidan ger läsaren' }).min(20, {
      message: 'description är för kort: skriv en hel mening om vad sidan ger läsaren',
    }),
    audience: audienceSchema,
    reviewed: z.coerce.date({ error: 'reviewed ska vara ett datum som 2026-11-25' }),
    sources: z.array(sourceRef).optional(),
    /** `compact` prints in smaller type, for handouts that must fit one A4 page. */
    print: z.enum(['normal', 'compact'], { error: 'print ska vara normal eller compact' }).default('normal'),
    /**
     * Shows the "Lämna sidan" quick exit. Pages for parents, children and young people always have it;
     * set it on other pages that someone living with violence may read, such as the chapters on violence.
     */
    quickExit: z.boolean({ error: 'quickExit ska vara true eller false' }).optional(),
    /** On Lättläst pages: the handbook chapters a professional reads on the same subject. They link back. */
    handbook: z
      .array(z.string().regex(/^\/handboken\/[a-z0-9-]+\/$/, { message: 'handbook ska vara sökvägar som /handboken/umgangesplanen/' }))
      .optional(),
    /**
     * On a translated page: the review date of the Swedish page it was translated from. The page says
     * so when the Swedish page has changed since.
     */
    translatedFrom: z.coerce.date({ error: 'translatedFrom ska vara ett datum som 2026-12-01: den svenska sidans granskningsdatum' }).optional(),
    /** The page's change history, newest first. */
    changes: changesSchema(),
  });
}
