import type { Template, TemplateField } from '../templates/schema.ts';
import { tableCellName, type FormValues } from '../templates/form-fields.ts';
import { chosenSituation } from '../templates/copies.ts';
import { computeDeadlines, type Deadline, type DeadlineInput } from './deadlines.ts';
import type { CalendarVisit } from './calendar.ts';

/*
 * What the visitation plan's fields mean to the parts made from them: the deadlines, the calendar
 * file and the easy-to-read plans. Every value is read from the values of one copy, so a parent's
 * deadlines, calendar and "Vår plan" can only hold what that parent's copy holds.
 */

/** The table the form fills with the plan's deadlines. */
export const DEADLINE_TABLE = 'viktiga-datum';

/** The visitation plan's field ids that the derived parts read. A test checks each against templates/umgangesplan.yaml. */
export const PLAN_FIELDS = {
  planDate: 'planens-datum',
  childName: 'barnets-namn',
  childBirthDate: 'barnets-fodelsedatum',
  careStart: 'varden-paborjad',
  placementStart: 'placeringen-verkstalld',
  lastCareReview: 'senaste-overvagande',
  restrictionExists: 'begransning-finns',
  hiddenWhereabouts: 'hemlig-vistelseort',
  restrictionDecisionDate: 'begransning-beslutsdatum',
  lastRestrictionReview: 'begransning-senast-overvagd',
  movingBanDate: 'flyttningsforbud-datum',
  movingBanKind: 'flyttningsforbud-slag',
  movingBanConfirmed: 'flyttningsforbud-faststallt',
  hiddenWhereaboutsDate: 'vistelseort-beslutsdatum',
  lastHiddenWhereaboutsReview: 'vistelseort-senast-overvagd',
  lastMovingBanReview: 'flyttningsforbud-senast-overvagt',
  followUpDate: 'uppfoljning-datum',
  visits: ['planerade-umgangen'],
} as const;

/** A control's text, trimmed, or undefined when nothing was typed. */
export const text = (values: FormValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

const fieldsOf = (template: Template): Map<string, TemplateField> =>
  new Map(template.sections.flatMap((section) => section.fields.map((field) => [field.id, field] as const)));

/** True when the template (or a copy of it) has the deadline table: then the form fills it. */
export const hasDeadlines = (template: Template) => fieldsOf(template).has(DEADLINE_TABLE);

/** The deadlines' input from one copy's values. A 14 § decision counts only when the copy says there is one. */
export function deadlineInput(template: Template, values: FormValues): DeadlineInput {
  const decided = text(values, PLAN_FIELDS.restrictionExists) === 'Ja';
  return {
    situation: chosenSituation(template, values),
    childBirthDate: text(values, PLAN_FIELDS.childBirthDate),
    careStart: text(values, PLAN_FIELDS.careStart),
    placementStart: text(values, PLAN_FIELDS.placementStart),
    movingBanDate: text(values, PLAN_FIELDS.movingBanDate),
    movingBanKind: text(values, PLAN_FIELDS.movingBanKind)?.startsWith('Ett tillfälligt')
      ? 'temporary'
      : text(values, PLAN_FIELDS.movingBanKind)
        ? 'court'
        : undefined,
    movingBanConfirmed: text(values, PLAN_FIELDS.movingBanConfirmed),
    hiddenWhereaboutsDate: text(values, PLAN_FIELDS.hiddenWhereabouts) === 'Ja' ? text(values, PLAN_FIELDS.hiddenWhereaboutsDate) : undefined,
    lastHiddenWhereaboutsReview:
      text(values, PLAN_FIELDS.hiddenWhereabouts) === 'Ja' ? text(values, PLAN_FIELDS.lastHiddenWhereaboutsReview) : undefined,
    lastMovingBanReview: text(values, PLAN_FIELDS.lastMovingBanReview),
    lastCareReview: text(values, PLAN_FIELDS.lastCareReview),
    restrictionDecisionDate: decided ? text(values, PLAN_FIELDS.restrictionDecisionDate) : undefined,
    lastRestrictionReview: decided ? text(values, PLAN_FIELDS.lastRestrictionReview) : undefined,
    followUpDate: text(values, PLAN_FIELDS.followUpDate),
    asOf: text(values, PLAN_FIELDS.planDate),
  };
}

export function planDeadlines(template: Template, values: FormValues): Deadline[] {
  return computeDeadlines(deadlineInput(template, values));
}

/**
 * The values with the deadline table filled from the other fields, as many rows as the table has
 * (the rest are listed in the calendar file). Without the table, the values are returned unchanged.
 */
export function withDeadlines(template: Template, values: FormValues): FormValues {
  const table = fieldsOf(template).get(DEADLINE_TABLE);
  if (table?.type !== 'table') return values;
  const [dateColumn, whatColumn] = table.columns;
  const deadlines = planDeadlines(template, values);
  const filled: FormValues = { ...values };
  for (let row = 0; row < table.rows; row++) {
    const deadline = deadlines[row];
    filled[tableCellName(table.id, row, dateColumn!.id)] = deadline?.date ?? '';
    filled[tableCellName(table.id, row, whatColumn!.id)] = deadline ? deadline.title.replace(/^Senast: /, '') : '';
  }
  return filled;
}

/** The booked visits in the copy's visit tables: rows with a date. */
export function plannedVisits(template: Template, values: FormValues, tables: readonly string[] = PLAN_FIELDS.visits): CalendarVisit[] {
  const fields = fieldsOf(template);
  const visits: CalendarVisit[] = [];
  for (const id of tables) {
    const table = fields.get(id);
    if (table?.type !== 'table') continue;
    for (let row = 0; row < table.rows; row++) {
      const cell = (column: string) => text(values, tableCellName(id, row, column));
      const date = cell('datum');
      if (date) visits.push({ key: tableCellName(id, row, 'datum'), date, time: cell('tid'), place: cell('plats'), staff: cell('stod') });
    }
  }
  return visits.sort((a, b) => a.date.localeCompare(b.date));
}
