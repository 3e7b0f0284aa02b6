import { z } from 'astro/zod';
import { readYamlFile } from './read-yaml-file.ts';

/**
 * A site path with the anchor of a heading, "/handboken/under-umganget/#avbryt-umganget-direkt": the
 * section of the handbook or a manual that an answer comes from. Whether the anchor exists is checked
 * against content/published-links.json by tests/unit/knowledge-check/links.test.ts.
 */
export const sectionLinkSchema = z
  .object({
    href: z.string().regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*\/#[a-z0-9-]+$/, {
      message: 'href ska vara en sökväg på webbplatsen med ankare, till exempel /handboken/under-umganget/#avsnitt',
    }),
    text: z.string().trim().min(5, { message: 'text ska säga vilket avsnitt länken går till' }),
  })
  .strict();

const optionSchema = z
  .object({
    text: z.string().trim().min(2, { message: 'text ska vara svarsalternativet' }),
    correct: z.boolean().default(false),
    /** Why this option is right or wrong, in whole sentences. */
    explanation: z.string().trim().min(20, { message: 'explanation ska förklara i hela meningar varför alternativet är rätt eller fel' }),
  })
  .strict();

const questionSchema = z
  .object({
    text: z.string().trim().min(10, { message: 'text ska vara frågan i en hel mening' }),
    options: z
      .array(optionSchema)
      .min(2, { message: 'options ska ha minst 2 svarsalternativ' })
      .max(4, { message: 'options får ha högst 4 svarsalternativ' }),
    link: sectionLinkSchema,
  })
  .strict()
  .refine((question) => question.options.some((option) => option.correct), {
    message: 'minst ett svarsalternativ ska ha correct: true',
    path: ['options'],
  });

/** content/kunskapskoll/<id>.yaml: the knowledge check at the end of one course module. */
export const knowledgeCheckSchema = z
  .object({
    /** The module page the check belongs on, for editors: "/utbildning/modul-4-fore-under-efter/". */
    module: z.string().regex(/^\/utbildning\/modul-\d+-[a-z0-9-]+\/$/, {
      message: 'module ska vara sökvägen till modulens sida, till exempel /utbildning/modul-4-fore-under-efter/',
    }),
    questions: z.array(questionSchema).min(5, { message: 'questions ska ha minst 5 frågor' }).max(7, { message: 'questions får ha högst 7 frågor' }),
  })
  .strict();

export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type Question = KnowledgeCheck['questions'][number];

const choiceFields = {
  text: z.string().trim().min(2, { message: 'text ska vara det du väljer att göra' }),
  /** True when this is what the handbook says you should do. */
  recommended: z.boolean().default(false),
  /** What happens next, for the child and the parent. */
  outcome: z.string().trim().min(20, { message: 'outcome ska beskriva i hela meningar vad som händer' }),
  /** The handbook's answer and why. */
  answer: z.string().trim().min(20, { message: 'answer ska vara handbokens svar och varför, i hela meningar' }),
  link: sectionLinkSchema,
};

const atLeastOneRecommended = <T extends { choices: { recommended: boolean }[] }>(step: T) => step.choices.some((choice) => choice.recommended);
const recommendedMessage = { message: 'minst ett val ska ha recommended: true: det handboken säger att du ska göra', path: ['choices'] };

const choicesArray = <T extends z.ZodType>(choice: T) =>
  z.array(choice).min(2, { message: 'choices ska ha minst 2 val' }).max(4, { message: 'choices får ha högst 4 val' });

const nextStepSchema = z
  .object({
    question: z.string().trim().min(10, { message: 'question ska vara frågan i en hel mening' }),
    choices: choicesArray(
      z
        .object({
          ...choiceFields,
          next: z.never({ error: 'next får bara stå på första nivån: ett övningsfall har högst två nivåer av val' }).optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .refine(atLeastOneRecommended, recommendedMessage);

/** content/ovningsfall/<id>.yaml: a fictional case in two levels of choices, with the handbook's answers. */
export const practiceCaseSchema = z
  .object({
    module: knowledgeCheckSchema.shape.module,
    title: z.string().trim().min(10, { message: 'title ska säga vad fallet handlar om' }),
    situation: z.string().trim().min(40, { message: 'situation ska beskriva utgångsläget i hela meningar' }),
    question: z.string().trim().min(10, { message: 'question ska vara frågan i en hel mening' }),
    choices: choicesArray(z.object({ ...choiceFields, next: nextStepSchema.optional() }).strict()),
  })
  .strict()
  .refine(atLeastOneRecommended, recommendedMessage);

export type PracticeCase = z.infer<typeof practiceCaseSchema>;
export type Choice = PracticeCase['choices'][number];

export class KnowledgeCheckError extends Error {
  override name = 'KnowledgeCheckError';
}

/** Reads one file outside Astro's content layer; every problem names the file (see read-yaml-file.ts). */
export const readKnowledgeCheck = (file: string) => readYamlFile(file, knowledgeCheckSchema, 'kunskapskollen', KnowledgeCheckError);
export const readPracticeCase = (file: string) => readYamlFile(file, practiceCaseSchema, 'övningsfallet', KnowledgeCheckError);
