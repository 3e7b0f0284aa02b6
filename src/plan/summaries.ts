import type { Template } from '../templates/schema.ts';
import type { FormValues } from '../templates/form-fields.ts';
import { controlsFor } from '../templates/form-fields.ts';
import type { CopyInfo } from '../templates/copies.ts';
import { parseIsoDate } from './iso-date.ts';
import { planDeadlines, plannedVisits, text } from './visitation-plan.ts';
import type { Deadline } from './deadlines.ts';
import type { AgeBand, ChildPlan, ParentPlan } from './summary-types.ts';

/*
 * "Vår plan" and "Min träffplan" from the visitation plan: each is made from the values of one
 * copy (the parent's, or the child's), so it can only say what that copy holds.
 */

/** The ticked options of a multichoice field, in the template's order. */
function ticked(template: Template, values: FormValues, fieldId: string): string[] {
  const field = template.sections.flatMap((section) => section.fields).find((candidate) => candidate.id === fieldId);
  if (field?.type !== 'multichoice') return [];
  return controlsFor(field).flatMap((control, index) => (values[control.name] === true ? [field.options[index]!] : []));
}

/** How a deadline reads in a parent's "Vår plan": what happens, in plain words. */
const PARENT_DEADLINE_TITLES: Record<string, string> = {
  'overvagande-umgangesbeslut': 'Nämnden ska titta igen på beslutet om umgänget',
  'overvagande-flyttningsforbud': 'Nämnden ska titta igen på om flyttningsförbudet behövs',
  'overvagande-vistelseort': 'Nämnden ska titta igen på beslutet om att du inte får veta var barnet bor',
  'understall-tillfalligt-flyttningsforbud': 'Nämnden ska lämna det tillfälliga flyttningsförbudet till förvaltningsrätten',
  'ansok-om-flyttningsforbud': 'Nämnden ska ansöka om flyttningsförbud hos förvaltningsrätten',
  'overvagande-av-varden': 'Nämnden ska titta igen på om vården behövs och hur den ska vara',
  'provning-av-om-varden-ska-upphora': 'Nämnden ska pröva om vården ska upphöra',
  'overvagande-av-vardnadsoverflyttning': 'Nämnden ska tänka igenom om vårdnaden ska flyttas över till familjehemmet',
  'barnet-fyller-15-ar': 'Barnet fyller 15 år och får då föra sin egen talan',
  'uppfoljning-av-umgangesplanen': 'Uppföljning av planen',
};

/** The parent's "Vår plan", from the parent's copy and its values. An overdue consideration is the social worker's to put right, not the parent's to read. */
export function parentPlanFrom(template: Template, values: FormValues, copy: CopyInfo): ParentPlan {
  const contacts = [
    { role: 'Barnets socialsekreterare', text: text(values, 'barnets-socialsekreterare') },
    { role: 'Din socialsekreterare eller behandlare', text: text(values, 'foralderns-behandlare') },
    { role: 'Din stödperson', text: text(values, 'foralderns-stodperson') },
  ].flatMap((contact) => (contact.text ? [{ role: contact.role, text: contact.text }] : []));
  const lvuDecision = text(values, 'begransning-finns') === 'Ja';
  const banDecision = text(values, 'flyttningsforbud-umgangesbeslut') === 'Ja';
  const decision = lvuDecision
    ? { how: text(values, 'begransning-hur'), howLong: text(values, 'begransning-hur-lange'), appeal: text(values, 'overklagande') }
    : banDecision
      ? { how: text(values, 'flyttningsforbud-umgangesbeslut-hur'), appeal: text(values, 'flyttningsforbud-overklagande') }
      : undefined;
  return {
    forWhom: copy.for,
    childName: text(values, 'barnets-namn'),
    parentName: text(values, 'foralder-namn'),
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
    ifLate: text(values, 'om-foralder-blir-sen'),
    ifNotComing: text(values, 'om-foralder-inte-kommer'),
    cancel: text(values, 'avbokning'),
    ifUnwell: text(values, 'om-foralder-verkar-paverkad'),
    ifChildSaysNo: text(values, 'om-barnet-inte-vill'),
    rules: text(values, 'regler-vid-umganget'),
    decision,
    support: { before: text(values, 'forbereda-foraldern'), after: text(values, 'stod-foraldern-efter') },
    between: text(values, 'kontakt-mellan-umgangen'),
    costs: text(values, 'kostnader'),
    protectedFromOtherParent: text(values, 'andra-foraldern-far-inte-veta') === 'Ja',
    more: {
      needs: text(values, 'mer-vad-behover-handa'),
      howWeSee: text(values, 'mer-hur-vi-ser-det'),
      nextStep: text(values, 'mer-nasta-steg'),
      when: text(values, 'mer-nar-pratar-vi'),
    },
    deadlines: parentDeadlines(template, values).map(({ title, date }) => ({ title, date })),
  };
}

/**
 * The deadlines as a parent reads them, in "Vår plan" and in the parent's calendar file: in plain words,
 * and without a consideration that is overdue, which is the social worker's to put right.
 */
export function parentDeadlines(template: Template, values: FormValues): Deadline[] {
  return planDeadlines(template, values)
    .filter((deadline) => !deadline.title.startsWith('Försenat'))
    .map((deadline) => ({ ...deadline, title: PARENT_DEADLINE_TITLES[deadline.id] ?? deadline.title.replace(/^Senast: /, '') }));
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

/** The child's "Min träffplan", from the child's copy and its values: never the child's words about the plan, only what the child wants in it. */
export function childPlanFrom(template: Template, values: FormValues, ageBand: AgeBand): ChildPlan {
  const hidden = text(values, 'andra-foraldern-far-inte-veta') === 'Ja';
  return {
    ageBand,
    childName: text(values, 'barnets-namn'),
    parentName: text(values, 'barnet-kallar-foraldern') ?? text(values, 'foralder-namn'),
    planDate: text(values, 'planens-datum'),
    visits: plannedVisits(template, values).map(({ date, time, place }) => ({ date, time, place: hidden ? undefined : place })),
    frequency: text(values, 'hur-ofta'),
    // When times and places are kept from the other parent, the child's plan names no place: it may travel to that parent's visits.
    place: hidden ? undefined : text(values, 'plats'),
    protectedFromOtherParent: hidden,
    forms: ticked(template, values, 'umgangesform').map((option) => CHILD_FORMS[option] ?? option),
    withMe: [text(values, 'stod-vid-umganget'), text(values, 'andra-som-deltar')].filter(Boolean).join('. ') || undefined,
    talkTo: text(values, 'stod-barnet-efter'),
    socialWorker: text(values, 'barnets-socialsekreterare'),
    ifCancelled: text(values, 'vad-barnet-far-veta'),
    between: text(values, 'kontakt-mellan-umgangen'),
    myWords: text(values, 'barnets-ord-i-traffplanen'),
  };
}
