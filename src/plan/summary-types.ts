import { z } from 'astro/zod';

/*
 * The input of the two short versions of a visitation plan (umgängesplan): "Vår plan" for one
 * parent and "Min träffplan" for the child. Every text is printed as the user typed it; an empty
 * or missing text leaves its line out.
 */

const text = z.string();

export const ParentVisitSchema = z.object({
  date: text,
  time: text.optional(),
  place: text.optional(),
  staff: text.optional(),
});

export const ParentPlanSchema = z.object({
  /** The copy's recipient, e.g. "Förälder 1". */
  forWhom: text,
  childName: text.optional(),
  parentName: text.optional(),
  planDate: text.optional(),
  /** This parent's booked visits. */
  visits: z.array(ParentVisitSchema),
  frequency: text.optional(),
  duration: text.optional(),
  place: text.optional(),
  /** Chosen options such as "Stöttat umgänge" or "Telefon". */
  forms: z.array(text),
  staff: text.optional(),
  others: text.optional(),
  contacts: z.array(z.object({ role: text, text })),
  /** The number to call outside office hours. */
  outOfHours: text.optional(),
  /** When the parent arrives and when the child leaves. */
  arrival: text.optional(),
  ifLate: text.optional(),
  ifNotComing: text.optional(),
  cancel: text.optional(),
  ifUnwell: text.optional(),
  /** What happens if the child does not want to go. */
  ifChildSaysNo: text.optional(),
  /** Preparation before and support after each visit. */
  support: z.object({ before: text.optional(), after: text.optional() }).optional(),
  /** Contact between the visits: calls, letters, pictures. */
  between: text.optional(),
  /** Who pays fares and other costs. */
  costs: text.optional(),
  /** True when the other parent must not know when and where the visits are. */
  protectedFromOtherParent: z.boolean().optional(),
  /** What applies during the visit, e.g. not asking the child where the other parent lives. */
  rules: text.optional(),
  /** A decision under LVU on how contact is exercised, and how to appeal it. */
  decision: z.object({ how: text.optional(), howLong: text.optional(), appeal: text.optional() }).optional(),
  /** "Så kan umgänget bli mer". */
  more: z.object({ needs: text.optional(), howWeSee: text.optional(), nextStep: text.optional(), when: text.optional() }),
  deadlines: z.array(z.object({ title: text, date: text })),
});

export const ChildVisitSchema = z.object({
  date: text,
  time: text.optional(),
  place: text.optional(),
});

export const AgeBandSchema = z.enum(['7-12', '13-17']);

export const ChildPlanSchema = z.object({
  /** The wording: simpler and warmer for 7–12, more direct for 13–17. */
  ageBand: AgeBandSchema,
  childName: text.optional(),
  parentName: text.optional(),
  /** Printed at the top of every page, like the parent's copy. */
  planDate: text.optional(),
  visits: z.array(ChildVisitSchema),
  frequency: text.optional(),
  place: text.optional(),
  forms: z.array(text),
  /** Who is with the child at the visit. */
  withMe: text.optional(),
  /** Who the child can talk to before and after. */
  talkTo: text.optional(),
  /** The child's social worker, name and phone. */
  socialWorker: text.optional(),
  /** What the child will be told if a visit is cancelled. */
  ifCancelled: text.optional(),
  /** Contact between visits (phone, letters). */
  between: text.optional(),
  /** What the child said they want, in their own words. */
  myWords: text.optional(),
  /** True when the other parent must not know when and where the visits are: the plan stays in the foster home. */
  protectedFromOtherParent: z.boolean().optional(),
});

export type ParentPlan = z.infer<typeof ParentPlanSchema>;
export type ChildPlan = z.infer<typeof ChildPlanSchema>;
export type AgeBand = z.infer<typeof AgeBandSchema>;
