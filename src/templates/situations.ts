import { z } from 'astro/zod';

/*
 * The case's situation, chosen first in a template that asks for it: it decides which sections,
 * fields and rules the form, the copies and the help show. The labels are what the user reads.
 */

export const SITUATIONS = {
  sol: 'Placering enligt socialtjänstlagen (SoL), med samtycke',
  flyttningsforbud: 'Placering enligt SoL med flyttningsförbud eller tillfälligt flyttningsförbud (LVU)',
  'lvu-2': 'Vård enligt LVU, 2 § (förhållanden i hemmet)',
  'lvu-3': 'Vård enligt LVU, 3 § (den unges eget beteende)',
  'lvu-2-3': 'Vård enligt LVU, både 2 § och 3 §',
  'lvu-6': 'Omedelbart omhändertagande enligt 6 § LVU',
  'vardnad-overflyttad': 'Vårdnaden har flyttats över till familjehemsföräldrarna',
} as const;

export const situationIdSchema = z.enum(Object.keys(SITUATIONS) as [keyof typeof SITUATIONS, ...(keyof typeof SITUATIONS)[]], {
  error: `okänd situation: använd ${Object.keys(SITUATIONS).join(', ')}`,
});
export type SituationId = z.infer<typeof situationIdSchema>;

export const SITUATION_LABELS: string[] = Object.values(SITUATIONS);

/** The situation whose label a form value holds, or undefined when none (or an old label) is chosen. */
export function situationFromLabel(label: unknown): SituationId | undefined {
  const entry = Object.entries(SITUATIONS).find(([, text]) => text === label);
  return entry ? (entry[0] as SituationId) : undefined;
}

/** "Gäller vid vård enligt LVU": how a blank form marks a part that applies only in some situations. */
export function appliesToText(onlyIn: readonly SituationId[]): string {
  const lvu = ['lvu-2', 'lvu-3', 'lvu-2-3', 'lvu-6'] as const;
  if (lvu.every((id) => onlyIn.includes(id)) && onlyIn.length === lvu.length)
    return 'Gäller bara vid vård enligt LVU, också vid omedelbart omhändertagande.';
  return `Gäller bara vid: ${onlyIn.map((id) => SITUATIONS[id].replace(/ \(.*\)$/, '')).join('; ')}.`;
}
