import { COST_FIELDS, type CostField, type CostFieldId, type CostInputs } from './cost-fields.ts';
import { parseSwedishNumber } from './swedish-number.ts';

/** Staff on site in a visit with a risk: the method's demand, not a figure to fill in. */
export const STAFF_IN_RISK_VISIT = 2;
export const MONTHS_PER_YEAR = 12;

export interface FieldError {
  field: CostFieldId;
  message: string;
}

export type Validated = { ok: true; inputs: CostInputs } | { ok: false; errors: FieldError[] };

export interface CostEstimate {
  /** Staff on site in an average visit: 1 plus the share of visits with a second person. */
  staffPerVisit: number;
  staffHoursPerVisit: number;
  staffCostPerVisit: number;
  roomCostPerVisit: number;
  costPerVisit: number;
  visitsPerYear: number;
  staffHoursPerYear: number;
  costPerYear: number;
  /** Full-time posts, only when the manager gave the hours of one post. */
  postsPerYear?: number;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function checkField(field: CostField, raw: string | undefined): { value?: number; error?: string } {
  const text = raw?.trim() ?? '';
  if (text === '') {
    if (field.required) return { error: `Fyll i ${field.name}.` };
    return {};
  }
  const value = parseSwedishNumber(text);
  if (value === undefined) return { error: `Skriv ${field.name} med siffror, till exempel 30 eller 1,5.` };
  if (value < 0) return { error: `${capitalized(field.name)} kan inte vara mindre än 0.` };
  if (field.positive && value === 0) return { error: `${capitalized(field.name)} måste vara mer än 0.` };
  if (field.max !== undefined && value > field.max) return { error: `${capitalized(field.name)} kan inte vara mer än ${field.max} procent.` };
  return { value };
}

/** Checks the figures as typed (strings from a form) and gives every problem at once, in Swedish. */
export function validateCostInputs(raw: Partial<Record<CostFieldId, string>>): Validated {
  const errors: FieldError[] = [];
  const values: Partial<Record<CostFieldId, number>> = {};
  for (const field of COST_FIELDS) {
    const { value, error } = checkField(field, raw[field.id]);
    if (error) errors.push({ field: field.id, message: error });
    else if (value !== undefined) values[field.id] = value;
    else if (field.id !== 'annualHoursPerPost') values[field.id] = 0;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs: values as CostInputs };
}

/**
 * Staff time and cost per visit and per year. Every figure keeps its full precision: rounding is for
 * display only, so a year is never twelve rounded months.
 */
export function estimateCost(inputs: CostInputs): CostEstimate {
  const staffPerVisit = 1 + (inputs.riskSharePercent / 100) * (STAFF_IN_RISK_VISIT - 1);
  const minutesOnSite = inputs.preparationMinutes + inputs.visitMinutes + inputs.followUpMinutes + inputs.travelMinutes;
  // One person makes the confirmation call, whether one or two are with the child.
  const staffMinutes = staffPerVisit * minutesOnSite + inputs.callMinutes;
  const staffHoursPerVisit = staffMinutes / 60;
  const weekendCallHours = (inputs.callMinutes / 60) * (inputs.weekendCallPercent / 100);
  const staffCostPerVisit = staffHoursPerVisit * inputs.hourlyCost + weekendCallHours * inputs.hourlyCost * (inputs.weekendSurchargePercent / 100);
  const roomCostPerVisit = inputs.roomCostPerMonth / inputs.visitsPerMonth;
  const visitsPerYear = inputs.visitsPerMonth * MONTHS_PER_YEAR;
  const staffHoursPerYear = staffHoursPerVisit * visitsPerYear;
  return {
    staffPerVisit,
    staffHoursPerVisit,
    staffCostPerVisit,
    roomCostPerVisit,
    costPerVisit: staffCostPerVisit + roomCostPerVisit,
    visitsPerYear,
    staffHoursPerYear,
    costPerYear: staffCostPerVisit * visitsPerYear + inputs.roomCostPerMonth * MONTHS_PER_YEAR,
    postsPerYear: inputs.annualHoursPerPost ? staffHoursPerYear / inputs.annualHoursPerPost : undefined,
  };
}

/** The defaults as the form shows them, in Swedish notation. */
export function defaultValues(): Partial<Record<CostFieldId, string>> {
  return Object.fromEntries(
    COST_FIELDS.filter((field) => field.default !== undefined).map((field) => [field.id, String(field.default).replace('.', ',')]),
  );
}
