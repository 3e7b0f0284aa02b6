import type { Template } from '../templates/schema.ts';
import type { FormValues } from '../templates/form-fields.ts';
import { controlsFor } from '../templates/form-fields.ts';
import type { CopyInfo } from '../templates/copies.ts';
import { parseIsoDate } from './iso-date.ts';
import { planDeadlines, plannedVisits } from './visitation-plan.ts';
import type { AgeBand, ChildPlan, ParentPlan } from './summary-types.ts';

/*
 * "Vår plan" and "Min träffplan" from the visitation plan: each is made from the values of one
 * copy (the parent's, or the child's), so it can only say what that copy holds.
 */

export type ParentNumber = 1 | 2;

const text = (values: FormValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** The ticked options of a multichoice field, in the template's order. */
function ticked(template: Template, values: FormValues, fieldId: string): string[] {
  const field = template.sections.flatMap((section) => section.fields).find((candidate) => candidate.id === fieldId);
  if (!field || field.type !== 'multichoice') return [];
  return controlsFor(field).flatMap((control, index) => (values[control.name] === true ? [field.options[index]!] : []));
}

/** Which parent a copy is for: "forelder-2" → 2. */
export function parentOfCopy(copyId: string): ParentNumber | undefined {
  const match = /^forelder-([12])$/.exec(copyId);
  return match ? (Number(match[1]) as ParentNumber) : undefined;
}

/** A parent's "Vår plan", from that parent's copy and its values. */
export function parentPlanFrom(template: Template, values: FormValues, copy: CopyInfo): ParentPlan {
  const parent = parentOfCopy(copy.id);
  const own = (suffix: string) => (parent ? text(values, `foralder-${parent}-${suffix}`) : undefined);
  const contacts = [
    { role: 'Barnets socialsekreterare', text: text(values, 'barnets-socialsekreterare') },
    { role: 'Din socialsekreterare eller behandlare', text: own('behandlare') },
    { role: 'Din stödperson', text: own('stodperson') },
  ].flatMap((contact) => (contact.text ? [{ role: contact.role, text: contact.text }] : []));
  const decided = text(values, 'begransning-finns') === 'Ja';
  return {
    forWhom: copy.for,
    childName: text(values, 'barnets-namn'),
    parentName: own('namn'),
    planDate: text(values, 'planens-datum'),
    visits: plannedVisits(template, values),
    frequency: text(values, 'hur-ofta'),
    duration: text(values, 'hur-lange'),
    place: text(values, 'plats'),
    forms: ticked(template, values, 'umgangesform'),
    staff: text(values, 'stod-vid-umganget'),
    others: text(values, 'andra-som-deltar'),
    contacts,
    outOfHours: text(values, 'utanfor-kontorstid'),
    arrival: text(values, 'ankomst-och-avfard'),
    ifNotComing: text(values, 'om-foralder-inte-kommer'),
    cancel: text(values, 'avbokning'),
    ifUnwell: text(values, 'om-foralder-verkar-paverkad'),
    ifChildSaysNo: text(values, 'om-barnet-inte-vill'),
    decision: decided
      ? { how: text(values, 'begransning-hur'), howLong: text(values, 'begransning-hur-lange'), appeal: text(values, 'overklagande') }
      : undefined,
    more: {
      needs: text(values, 'mer-vad-behover-handa'),
      howWeSee: text(values, 'mer-hur-vi-ser-det'),
      nextStep: text(values, 'mer-nasta-steg'),
      when: text(values, 'mer-nar-pratar-vi'),
    },
    deadlines: planDeadlines(template, values).map((deadline) => ({ title: deadline.title.replace(/^Senast: /, ''), date: deadline.date })),
  };
}

/** How the plan's forms read to a child: what happens, not the social services' term. */
const CHILD_FORMS: Record<string, string> = {
  'I familjehemmet': 'Hemma i familjehemmet',
  'På neutral plats': 'På ett ställe där ingen av er bor',
  'Stöttat umgänge': 'En vuxen från kommunen är med och hjälper till',
  'Bevakat umgänge': 'En vuxen från kommunen är med hela tiden',
  Telefon: 'I telefon',
  Video: 'I video',
  'Umgängesstöd enligt föräldrabalken': 'En vuxen som kommunen har valt är med',
};

/** 7–12 or 13–17 on the plan's date, or undefined when a date is missing or the child is outside both. */
export function ageBandOn(birthDate: string | undefined, onDate: string | undefined): AgeBand | undefined {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (!birth || !on) return undefined;
  const age = on.year - birth.year - (on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? 1 : 0);
  if (age >= 13 && age <= 17) return '13-17';
  if (age >= 0 && age <= 12) return '7-12';
  return undefined;
}

/** The child's "Min träffplan" about the visits with one parent, from the child's copy and its values. */
export function childPlanFrom(template: Template, values: FormValues, parent: ParentNumber, ageBand: AgeBand): ChildPlan {
  const visitsWith = plannedVisits(template, values, [`umgangen-forelder-${parent}`]);
  return {
    ageBand,
    childName: text(values, 'barnets-namn'),
    parentName: text(values, `foralder-${parent}-namn`),
    planDate: text(values, 'planens-datum'),
    visits: visitsWith.map(({ date, time, place }) => ({ date, time, place })),
    frequency: text(values, 'hur-ofta'),
    place: text(values, 'plats'),
    forms: ticked(template, values, 'umgangesform').map((option) => CHILD_FORMS[option] ?? option),
    withMe: [text(values, 'stod-vid-umganget'), text(values, 'andra-som-deltar')].filter(Boolean).join('. ') || undefined,
    talkTo: text(values, 'stod-barnet-efter'),
    ifCancelled: text(values, 'vad-barnet-far-veta'),
    between: text(values, 'kontakt-mellan-umgangen'),
    myWords: text(values, 'barnets-tankar'),
  };
}
