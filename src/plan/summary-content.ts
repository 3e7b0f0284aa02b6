import type { IconName } from './icons.ts';
import type { AgeBand, ChildPlan, ParentPlan } from './summary-types.ts';
import { longSwedishDate } from './iso-date.ts';

/*
 * What "Vår plan" and "Min träffplan" say, in order: the PDF and the HTML both lay out this
 * model, so the two read the same. The fixed wording is here and nowhere else; tests hold it to
 * the site's easy-to-read limits.
 */

export interface SummaryItem {
  /** Printed in bold before the text, followed by a colon when there is text. */
  label?: string;
  text?: string;
  /** Printed in bold on its own: the safety lines. */
  strong?: boolean;
  /** Indented items under this one: the booked visits under "Bokade träffar". */
  sub?: SummaryItem[];
  /** Printed after the label on the same line, each after a dash: a visit's place and staff. */
  parts?: SummaryItem[];
}

export interface SummarySection {
  icon: IconName;
  heading: string;
  items: SummaryItem[];
  /** Drawn in a box: the section that is always there, about safety. */
  boxed?: boolean;
}

export interface Summary {
  audience: 'parent' | 'child';
  /** The document's title (H1) and the line at the top of every page. */
  title: string;
  runningHead: string;
  dateLine?: string;
  /** The plan's date as YYYY-MM-DD, for the document's metadata; the date line is written out in words. */
  date?: string;
  facts: SummaryItem[];
  intro: string[];
  sections: SummarySection[];
}

/** Trimmed text, or undefined when nothing was typed: an empty part is left out. */
const given = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);

function item(label: string | undefined, value: string | undefined): SummaryItem[] {
  const text = given(value);
  return text === undefined ? [] : [{ label, text }];
}

function section(icon: IconName, heading: string, items: SummaryItem[], boxed = false): SummarySection[] {
  return items.length ? [{ icon, heading, items, boxed }] : [];
}

const list = (values: string[]) => values.map((value) => value.trim()).filter(Boolean);

/** "2026-12-12, 10.00–12.00": the date and time as typed. */
const when = (date: string, time?: string) => list([longSwedishDate(date), time ?? '']).join(', ');

export const PARENT_WORDING = {
  title: 'Vår plan',
  runningHead: (forWhom: string) => `Vår plan – exemplar för ${forWhom}`,
  dateLine: (date: string) => `Planen gjordes ${longSwedishDate(date)}`,
  child: 'Barnet',
  parent: 'Förälder',
  intro: ['Här står det viktigaste om era träffar. Allt står i umgängesplanen.', 'Fråga socialtjänsten om något är oklart.'],
  when: 'När och var ses vi?',
  frequency: 'Hur ofta',
  duration: 'Hur länge',
  visits: 'Bokade träffar',
  place: 'Plats',
  forms: 'Så ses vi',
  staff: 'Personal',
  who: 'Vem är med?',
  others: 'Andra som är med',
  call: 'Vem ringer jag?',
  outOfHours: 'Utanför kontorstid',
  wrong: 'Om något går fel',
  ifLate: 'Om du blir sen',
  ifNotComing: 'Om du inte kommer',
  cancel: 'Så avbokar du',
  ifUnwell: 'Om träffen måste avbrytas',
  ifChildSaysNo: 'Om barnet inte vill',
  arrival: 'När du kommer och går',
  decision: 'Beslut om umgänget',
  appealFallback:
    'Du kan överklaga beslutet till förvaltningsrätten. Ditt överklagande ska ha kommit in till nämnden inom tre veckor från den dag du fick del av beslutet.',
  support: 'Stöd, kontakt och resor',
  before: 'Stöd före träffen',
  after: 'Stöd efter träffen',
  between: 'Mellan träffarna',
  costs: 'Resor och pengar',
  protected: [
    'Den andra föräldern får inte veta när och var ni ses.',
    'Tror du att hen vet? Ring barnets socialsekreterare eller socialjouren direkt.',
  ],
  rules: 'Det här gäller under träffen',
  decisionHow: 'Det här har nämnden beslutat',
  decisionHowLong: 'Så länge gäller beslutet',
  appeal: 'Så överklagar du',
  danger: 'Ring 112 om någon är i fara.',
  more: 'Så kan vi ses mer',
  needs: 'Det här behöver hända',
  howWeSee: 'Så ser vi att det går bra',
  nextStep: 'Nästa steg',
  moreWhen: 'När',
  dates: 'Viktiga datum',
};

export function parentSummary(plan: ParentPlan): Summary {
  const w = PARENT_WORDING;
  const visits = plan.visits.filter((visit) => given(visit.date) || given(visit.time) || given(visit.place) || given(visit.staff));
  // A visit's place and staff are left out when they are the plan's own, which is printed once below.
  const same = (a: string | undefined, b: string | undefined) => given(a) !== undefined && given(a) === given(b);
  const visitItems: SummaryItem[] = visits.map((visit) => ({
    label: when(visit.date, visit.time),
    parts: [
      ...(same(visit.place, plan.place) ? [] : item(undefined, visit.place)),
      ...(same(visit.staff, plan.staff) ? [] : item(w.staff, visit.staff)),
    ],
  }));
  const forms = list(plan.forms);
  const deadlines = plan.deadlines.filter((deadline) => given(deadline.title) || given(deadline.date));
  return {
    audience: 'parent',
    title: w.title,
    runningHead: w.runningHead(plan.forWhom.trim()),
    dateLine: given(plan.planDate) && w.dateLine(given(plan.planDate)!),
    date: given(plan.planDate),
    facts: [...item(w.child, plan.childName), ...item(w.parent, plan.parentName)],
    intro: w.intro,
    sections: [
      ...section('calendar', w.when, [
        ...item(w.frequency, plan.frequency),
        ...item(w.duration, plan.duration),
        ...item(w.place, plan.place),
        ...item(w.forms, forms.join(', ')),
        ...item(w.arrival, plan.arrival),
        ...(visitItems.length ? [{ label: w.visits, sub: visitItems }] : []),
        ...(plan.protectedFromOtherParent ? w.protected.map((text) => ({ text, strong: true })) : []),
      ]),
      ...section('users', w.who, [...item(w.staff, plan.staff), ...item(w.others, plan.others)]),
      ...section('phone', w.call, [
        ...plan.contacts.flatMap((contact) => item(given(contact.role), contact.text)),
        ...item(w.outOfHours, plan.outOfHours),
      ]),
      ...section('triangle-alert', w.wrong, [
        ...item(w.rules, plan.rules),
        ...item(w.ifLate, plan.ifLate),
        ...item(w.ifNotComing, plan.ifNotComing),
        ...item(w.cancel, plan.cancel),
        ...item(w.ifUnwell, plan.ifUnwell),
        ...item(w.ifChildSaysNo, plan.ifChildSaysNo),
        { text: w.danger, strong: true },
      ]),
      ...section('scale', w.decision, [
        ...item(w.decisionHow, plan.decision?.how),
        ...item(w.decisionHowLong, plan.decision?.howLong),
        ...(plan.decision
          ? given(plan.decision.appeal)
            ? item(w.appeal, plan.decision.appeal)
            : [{ label: w.appeal, text: w.appealFallback }]
          : []),
      ]),
      ...section('heart', w.support, [
        ...item(w.before, plan.support?.before),
        ...item(w.after, plan.support?.after),
        ...item(w.between, plan.between),
        ...item(w.costs, plan.costs),
      ]),
      ...section('trending-up', w.more, [
        ...item(w.needs, plan.more.needs),
        ...item(w.howWeSee, plan.more.howWeSee),
        ...item(w.nextStep, plan.more.nextStep),
        ...item(w.moreWhen, plan.more.when),
      ]),
      ...section(
        'calendar-clock',
        w.dates,
        deadlines.map((deadline) =>
          given(deadline.date) ? { label: longSwedishDate(deadline.date.trim()), text: given(deadline.title) } : { text: deadline.title.trim() },
        ),
      ),
    ],
  };
}

interface ChildWording {
  intro: (parentName: string | undefined) => string[];
  me: string;
  when: string;
  frequency: string;
  where: string;
  place: string;
  forms: string;
  who: string;
  talk: string;
  talkTo: string;
  cancelled: string;
  ifCancelled: string;
  notYourFault: string;
  /** Said when times and places are kept from the other parent. */
  keepAtHome: string;
  socialWorker: string;
  notWanting: string[];
  between: string;
  myWords: string;
  wrong: string;
  safety: string[];
}

/** Phone numbers are written with a no-break space, so that a number never breaks over two lines. */
export const CHILD_WORDING: Record<AgeBand, ChildWording> = {
  '7-12': {
    intro: (parent) => [`Här ser du när du kan träffa ${parent ?? 'din mamma eller pappa'}.`, 'Fråga en vuxen om det är något du undrar över.'],
    keepAtHome: 'Planen är din. Den stannar hemma i familjehemmet.',
    me: 'Mitt namn',
    when: 'När ses vi?',
    frequency: 'Så ofta ses ni',
    where: 'Var ses vi?',
    place: 'Här ses ni',
    forms: 'Så här ses ni',
    who: 'Vem är med?',
    talk: 'Vem kan jag prata med?',
    talkTo: 'Före och efter en träff kan du prata med',
    cancelled: 'Om en träff blir inställd',
    ifCancelled: 'Det här får du veta',
    notYourFault: 'Det är aldrig ditt fel.',
    socialWorker: 'Din socialsekreterare',
    notWanting: ['Vill du inte gå? Säg det till en vuxen.', 'Ingen får tvinga dig.'],
    between: 'Mellan träffarna',
    myWords: 'Det här vill jag',
    wrong: 'Om något känns fel',
    safety: [
      'Du kan alltid säga till en vuxen som du litar på om något känns fel.',
      'Det är de vuxnas jobb att hjälpa dig.',
      'Ring Bris på 116\u00a0111. Det är gratis.',
      'Är någon i fara? Ring 112.',
    ],
  },
  '13-17': {
    intro: (parent) => [
      `Det här är planen för dina träffar med ${parent ?? 'din mamma eller pappa'}.`,
      'Vill du ändra något? Säg det till din socialsekreterare.',
    ],
    me: 'Namn',
    when: 'När ses vi?',
    frequency: 'Hur ofta',
    where: 'Var?',
    place: 'Plats',
    forms: 'Så ses ni',
    who: 'Vem är med?',
    talk: 'Vem kan jag prata med?',
    talkTo: 'Före och efter en träff',
    cancelled: 'Om en träff ställs in',
    ifCancelled: 'Då får du veta',
    notYourFault: 'Det är aldrig ditt fel att en träff ställs in.',
    keepAtHome: 'Planen är din. Låt den stanna hemma i familjehemmet, och visa den inte för någon annan.',
    socialWorker: 'Din socialsekreterare',
    notWanting: ['Vill du inte gå på en träff? Säg det till din socialsekreterare.', 'Ingen får tvinga dig.'],
    between: 'Kontakt mellan träffarna',
    myWords: 'Det här har du sagt',
    wrong: 'Om något känns fel',
    safety: [
      'Känns något fel? Säg det till en vuxen du litar på, direkt eller efteråt.',
      'Du gör inget fel när du säger till.',
      'Bris svarar dygnet runt på 116\u00a0111.',
      'Är du eller någon annan i fara? Ring 112.',
    ],
  },
};

export const CHILD_TITLE = 'Min träffplan';

export function childSummary(plan: ChildPlan): Summary {
  const w = CHILD_WORDING[plan.ageBand];
  const visits = plan.visits.filter((visit) => given(visit.date) || given(visit.time) || given(visit.place));
  const forms = list(plan.forms);
  return {
    audience: 'child',
    title: CHILD_TITLE,
    runningHead: CHILD_TITLE,
    dateLine: given(plan.planDate) && PARENT_WORDING.dateLine(given(plan.planDate)!),
    date: given(plan.planDate),
    facts: item(w.me, plan.childName),
    intro: w.intro(given(plan.parentName)),
    sections: [
      ...section('calendar', w.when, [
        ...item(w.frequency, plan.frequency),
        ...visits.map((visit) => ({ label: when(visit.date, visit.time), parts: item(undefined, visit.place) })),
        ...(plan.protectedFromOtherParent ? [{ text: w.keepAtHome, strong: true }] : []),
      ]),
      ...section('house', w.where, [...item(w.place, plan.place), ...item(w.forms, forms.join(', '))]),
      ...section('users', w.who, item(undefined, plan.withMe)),
      ...section('message-circle', w.talk, [
        ...item(w.talkTo, plan.talkTo),
        ...item(w.socialWorker, plan.socialWorker),
        ...w.notWanting.map((text, index) => ({ text, strong: index === 1 })),
      ]),
      ...section('calendar-x', w.cancelled, [...item(w.ifCancelled, plan.ifCancelled), { text: w.notYourFault, strong: true }]),
      ...section('mail', w.between, item(undefined, plan.between)),
      ...section('message-square-heart', w.myWords, item(undefined, plan.myWords)),
      ...section(
        'heart',
        w.wrong,
        w.safety.map((text, index) => ({ text, strong: index === 0 })),
        true,
      ),
    ],
  };
}

/** Every fixed sentence, heading and label of a summary, for the readability tests. */
export function fixedWording(audience: 'parent' | AgeBand): string[] {
  const values = audience === 'parent' ? PARENT_WORDING : CHILD_WORDING[audience];
  return Object.values(values).flatMap((value) => {
    if (typeof value === 'function') return (value as (name: string) => string | string[])('Maria');
    return value;
  });
}
