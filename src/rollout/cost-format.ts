import type { CostEstimate } from './cost-estimate.ts';

const hours = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kronor = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const posts = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Hours with one decimal: 1,5 timmar. */
export const formatHours = (value: number) => `${hours.format(value)} timmar`;
/** Whole kronor with sv-SE grouping: 12 345 kr. */
export const formatKronor = (value: number) => `${kronor.format(value)} kr`;

export interface ResultLine {
  id: keyof CostEstimate;
  label: string;
  value: string;
}

/** The results in reading order, formatted for the page and its printout. */
export function resultLines(estimate: CostEstimate): ResultLine[] {
  const lines: ResultLine[] = [
    { id: 'staffPerVisit', label: 'Personal per umgänge, i genomsnitt', value: count.format(estimate.staffPerVisit) },
    { id: 'staffHoursPerVisit', label: 'Personaltid per umgänge', value: formatHours(estimate.staffHoursPerVisit) },
    { id: 'costPerVisit', label: 'Kostnad per umgänge', value: formatKronor(estimate.costPerVisit) },
    { id: 'visitsPerYear', label: 'Umgängen per år', value: count.format(estimate.visitsPerYear) },
    { id: 'staffHoursPerYear', label: 'Personaltid per år', value: formatHours(estimate.staffHoursPerYear) },
    { id: 'costPerYear', label: 'Kostnad per år', value: formatKronor(estimate.costPerYear) },
  ];
  if (estimate.postsPerYear !== undefined) lines.push({ id: 'postsPerYear', label: 'Heltidstjänster', value: posts.format(estimate.postsPerYear) });
  return lines;
}
