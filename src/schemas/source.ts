import { z } from 'astro/zod';

export const sourceKinds = {
  rapport: 'Rapport',
  artikel: 'Artikel',
  webbsida: 'Webbsida',
  beslut: 'Beslut',
  forarbete: 'Förarbete',
  kunskapsstod: 'Kunskapsstöd',
} as const;

/** One entry in the source registry (content/kallor/<id>.yaml). */
export const sourceSchema = z
  .object({
    title: z.string().min(1),
    /**
     * The language of the title, author and publisher when it is not Swedish (BCP 47, e.g. "en"), so that
     * a screen reader pronounces them right and the page still declares its Swedish text as Swedish.
     */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'lang ska vara en språkkod som en eller nb' })
      .optional(),
    author: z.string().min(1).optional(),
    publisher: z.string().min(1),
    /** Publication year, or "u.å." (utan år) when it cannot be established; never a guess. */
    year: z.union([z.number().int().min(1900).max(2100), z.literal('u.å.')], {
      error: 'year saknas: skriv utgivningsåret, eller u.å. om det inte går att ta reda på',
    }),
    kind: z.enum(Object.keys(sourceKinds) as [keyof typeof sourceKinds, ...(keyof typeof sourceKinds)[]]),
    url: z.url().optional(),
    /** What the handbook uses the source for, in one or two sentences. */
    note: z.string().min(1),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
