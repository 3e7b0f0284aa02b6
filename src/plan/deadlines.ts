/**
 * The legal deadlines a visitation plan (umgängesplan) prints, computed from the dates in the plan.
 * Pure: no I/O, so the same module runs in the browser form and in Node.
 *
 * Each deadline follows the statute's own words (LVU 1990:52 and socialtjänstlagen 2025:400) and the
 * written rule in content/regler named by `rule`. A deadline whose input is missing or not a real date
 * is left out rather than guessed.
 */
import { addDays, addMonths, parseIsoDate } from './iso-date.ts';

export { addMonths } from './iso-date.ts';

import type { SituationId } from '../templates/situations.ts';
export type { SituationId };

export interface DeadlineInput {
  situation?: SituationId;
  /** YYYY-MM-DD strings; any may be missing or malformed (then that deadline is simply not computed). */
  childBirthDate?: string;
  /** The day the care or placement began: the child was placed outside the home on the decision (10 § LVU). */
  careStart?: string;
  /** The day the child moved to this foster home: the two-year question counts from it. */
  placementStart?: string;
  /** The day of the latest six-monthly consideration (SoL, LVU 2 §) or prövning (LVU 3 §), if any. */
  lastCareReview?: string;
  /** The day of the committee's decision under 14 § LVU (how contact is exercised, or hidden whereabouts). */
  restrictionDecisionDate?: string;
  /** The day of the latest three-monthly consideration of that decision, if any. */
  lastRestrictionReview?: string;
  /** The day of the decision on a moving ban (flyttningsförbud) or a temporary one. */
  movingBanDate?: string;
  /** A moving ban decided by the court, or a temporary one decided by the committee; each has its own dates. */
  movingBanKind?: 'court' | 'temporary';
  /** The day the court confirmed a temporary moving ban. */
  movingBanConfirmed?: string;
  /** The day of the committee's decision that the child's whereabouts shall not be disclosed (14 § andra stycket 2 LVU). */
  hiddenWhereaboutsDate?: string;
  /** The day of the latest three-monthly consideration of that decision, if any. */
  lastHiddenWhereaboutsReview?: string;
  /** The day of the latest three-monthly consideration of the moving ban, if any. */
  lastMovingBanReview?: string;
  followUpDate?: string;
  /**
   * The plan's own date. The custody-transfer question comes back every year after the first two
   * years; with this date only the next of those considerations on or after it is given. Without it,
   * the two-year date is given.
   */
  asOf?: string;
}

export interface Deadline {
  id: string;
  title: string;
  date: string;
  /** The id of the written rule in content/regler that states the duty. */
  rule?: string;
  note: string;
}

const lvuSituations: readonly SituationId[] = ['lvu-2', 'lvu-3', 'lvu-2-3', 'lvu-6'];
/** Care under SoL or 2 § LVU: considered at least once every six months (22 kap. 13 § SoL, 13 § första stycket LVU). */
const sixMonthConsideration: readonly SituationId[] = ['sol', 'flyttningsforbud', 'lvu-2', 'lvu-2-3'];
const underSol: readonly SituationId[] = ['sol', 'flyttningsforbud'];
/** Care under 3 § LVU: prövning within six months (13 § andra stycket LVU). */
const sixMonthReview: readonly SituationId[] = ['lvu-3', 'lvu-2-3'];
/** Placed in a foster home under SoL or LVU: the two-year custody-transfer consideration applies. */
const placedInFosterHome: readonly SituationId[] = ['sol', 'flyttningsforbud', 'lvu-2', 'lvu-3', 'lvu-2-3'];

function isIn(situation: SituationId | undefined, situations: readonly SituationId[]): boolean {
  return situation !== undefined && situations.includes(situation);
}

function isGiven(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

/**
 * The day a recurring period runs from: the latest occasion when one is given, otherwise the start.
 * A given but malformed latest occasion is not passed over for the start, which would give a date
 * the committee cannot rely on.
 */
function countFrom(latest: string | undefined, start: string | undefined): { date: string; fromLatest: boolean } | undefined {
  if (isGiven(latest)) return parseIsoDate(latest) ? { date: latest.trim(), fromLatest: true } : undefined;
  if (isGiven(start) && parseIsoDate(start)) return { date: start.trim(), fromLatest: false };
  return undefined;
}

/**
 * A consideration that should already have been made is not shown as a plain date to keep: it is
 * marked as overdue, and the note says how to get the next date.
 */
function markOverdue(deadline: Deadline, asOf: string | undefined, what: string, overdueNote?: string): Deadline {
  if (!isGiven(asOf) || !parseIsoDate(asOf) || deadline.date >= asOf.trim()) return deadline;
  return {
    ...deadline,
    title: deadline.title.replace(/^Senast: /, 'Försenat: '),
    note:
      overdueNote ??
      `Datumet har passerat. Har ${what} gjorts, skriv in datumet för det senaste, så räknar planen fram nästa. Har det inte gjorts, ta upp ärendet i nämnden eller utskottet snarast. ${deadline.note}`,
  };
}

/** A temporary moving ban's deadlines come once: missed, the ban has ended by law, and no next date follows. */
const movingBanLapsed = (what: string, provisions: string) =>
  `Datumet har passerat. Gjordes inte ${what} i tid har det tillfälliga flyttningsförbudet upphört (${provisions}). ` +
  'Ta genast upp i nämnden eller utskottet om ett nytt tillfälligt flyttningsförbud behövs (27 § LVU), och berätta för familjehemmet vad som gäller.';

/** A temporary moving ban: put before the court within a week, then an application within two weeks of its confirmation (28–30 §§ LVU). */
function temporaryMovingBan(input: DeadlineInput): Deadline[] {
  if (input.situation !== 'flyttningsforbud' || input.movingBanKind !== 'temporary') return [];
  const deadlines: Deadline[] = [];
  if (
    isGiven(input.movingBanDate) &&
    parseIsoDate(input.movingBanDate) &&
    !(isGiven(input.movingBanConfirmed) && parseIsoDate(input.movingBanConfirmed))
  ) {
    deadlines.push(
      markOverdue(
        {
          id: 'understall-tillfalligt-flyttningsforbud',
          title: 'Senast: underställ det tillfälliga flyttningsförbudet förvaltningsrätten',
          date: addDays(input.movingBanDate.trim(), 7),
          note:
            'Nämndens beslut om tillfälligt flyttningsförbud ska underställas förvaltningsrätten inom en vecka från den dag då beslutet fattades (28 § och 7 § LVU). ' +
            'Underställs beslutet inte inom den tiden, upphör det tillfälliga flyttningsförbudet (28 § och 7 § tredje stycket LVU).',
        },
        input.asOf,
        'underställningen',
        movingBanLapsed('underställningen', '28 § med 7 § tredje stycket LVU'),
      ),
    );
  }
  if (isGiven(input.movingBanConfirmed) && parseIsoDate(input.movingBanConfirmed)) {
    deadlines.push(
      markOverdue(
        {
          id: 'ansok-om-flyttningsforbud',
          title: 'Senast: ansök om flyttningsförbud',
          date: addDays(input.movingBanConfirmed.trim(), 14),
          note:
            'Har förvaltningsrätten fastställt ett tillfälligt flyttningsförbud, ska nämnden inom två veckor från dagen för rättens beslut ansöka om flyttningsförbud. ' +
            'Görs ingen ansökan inom den tiden upphör det tillfälliga förbudet (29 och 30 §§ LVU).',
        },
        input.asOf,
        'ansökan',
        movingBanLapsed('ansökan', '30 § 1 LVU'),
      ),
    );
  }
  return deadlines;
}

/** A consideration the committee makes again and again: every `months` from the latest one, or from the start. */
interface Recurring {
  id: string;
  title: string;
  rule?: string;
  months: number;
  latest: string | undefined;
  start: string | undefined;
  /** The duty in the statute's words, with the provision. */
  duty: string;
  /** What the date is counted from, without and with a latest occasion. */
  fromStart: string;
  fromLatest: string;
  /** The occasion, for the overdue note: "övervägandet", "prövningen". */
  what: string;
}

function recurring(input: DeadlineInput, r: Recurring): Deadline | undefined {
  const from = countFrom(r.latest, r.start);
  if (!from) return undefined;
  return markOverdue(
    {
      id: r.id,
      title: r.title,
      date: addMonths(from.date, r.months),
      ...(r.rule && { rule: r.rule }),
      note: `${r.duty} Datumet är räknat från ${from.fromLatest ? r.fromLatest : r.fromStart}.`,
    },
    input.asOf,
    r.what,
  );
}

const threeMonthly = { months: 3, fromStart: 'dagen för beslutet', fromLatest: 'det senaste övervägandet', what: 'övervägandet' };

function hiddenWhereaboutsConsideration(input: DeadlineInput): Deadline | undefined {
  if (!isIn(input.situation, lvuSituations)) return undefined;
  return recurring(input, {
    ...threeMonthly,
    id: 'overvagande-vistelseort',
    title: 'Senast: övervägande av beslutet om att vistelseorten inte ska röjas',
    rule: 'overvagande-umgangesbeslut-lvu',
    latest: input.lastHiddenWhereaboutsReview,
    start: input.hiddenWhereaboutsDate,
    duty: 'Nämnden ska minst en gång var tredje månad överväga om beslutet att barnets vistelseort inte ska röjas fortfarande behövs (14 § tredje stycket LVU).',
  });
}

function movingBanConsideration(input: DeadlineInput): Deadline | undefined {
  if (input.situation !== 'flyttningsforbud' || input.movingBanKind === 'temporary') return undefined;
  return recurring(input, {
    ...threeMonthly,
    id: 'overvagande-flyttningsforbud',
    title: 'Senast: övervägande av flyttningsförbudet',
    latest: input.lastMovingBanReview,
    start: input.movingBanDate,
    duty: 'Nämnden ska minst en gång var tredje månad överväga om ett flyttningsförbud fortfarande behövs (26 § LVU).',
  });
}

function restrictionConsideration(input: DeadlineInput): Deadline | undefined {
  if (!isIn(input.situation, lvuSituations)) return undefined;
  return recurring(input, {
    ...threeMonthly,
    id: 'overvagande-umgangesbeslut',
    title: 'Senast: övervägande av beslutet om hur umgänget ska utövas',
    rule: 'overvagande-umgangesbeslut-lvu',
    latest: input.lastRestrictionReview,
    start: input.restrictionDecisionDate,
    duty: 'Nämnden ska minst en gång var tredje månad överväga om beslutet om hur umgänget ska utövas fortfarande behövs (14 § tredje stycket LVU).',
  });
}

function careConsideration(input: DeadlineInput): Deadline | undefined {
  if (!isIn(input.situation, sixMonthConsideration)) return undefined;
  return recurring(input, {
    id: 'overvagande-av-varden',
    title: 'Senast: övervägande av vården',
    rule: 'overvagande-var-sjatte-manad',
    months: 6,
    latest: input.lastCareReview,
    start: input.careStart,
    duty: isIn(input.situation, underSol)
      ? 'Nämnden ska minst en gång var sjätte månad överväga om vården fortfarande behövs och hur vården bör inriktas och utformas (22 kap. 13 § socialtjänstlagen).'
      : 'Nämnden ska minst en gång var sjätte månad överväga om vård enligt LVU fortfarande behövs och hur vården bör inriktas och utformas (13 § första stycket LVU).',
    fromStart: 'dagen då vården påbörjades',
    fromLatest: 'det senaste övervägandet',
    what: 'övervägandet',
  });
}

function careEndReview(input: DeadlineInput): Deadline | undefined {
  if (!isIn(input.situation, sixMonthReview)) return undefined;
  return recurring(input, {
    id: 'provning-av-om-varden-ska-upphora',
    title: 'Senast: prövning av om vården ska upphöra',
    rule: 'overvagande-var-sjatte-manad',
    months: 6,
    latest: input.lastCareReview,
    start: input.careStart,
    duty:
      'Nämnden ska inom sex månader från dagen då vårdbeslutet verkställdes pröva om vård enligt LVU ska upphöra. ' +
      'Sedan ska frågan prövas fortlöpande inom sex månader från den senaste prövningen (13 § andra stycket LVU).',
    fromStart: 'dagen då vården påbörjades',
    fromLatest: 'den senaste prövningen',
    what: 'prövningen',
  });
}

function custodyTransferConsideration(input: DeadlineInput): Deadline | undefined {
  if (!isIn(input.situation, placedInFosterHome)) return undefined;
  if (!isGiven(input.placementStart) || !parseIsoDate(input.placementStart)) return undefined;
  const start = input.placementStart.trim();
  const asOf = isGiven(input.asOf) && parseIsoDate(input.asOf) ? input.asOf.trim() : undefined;
  let years = 2;
  // ISO dates compare correctly as text.
  while (asOf !== undefined && addMonths(start, years * 12) < asOf) years += 1;
  const provision = isIn(input.situation, underSol) ? '22 kap. 14 § socialtjänstlagen' : '13 c § LVU';
  const condition = 'Datumet gäller bara om barnet bor kvar i samma familjehem.';
  const first = years === 2;
  return {
    id: 'overvagande-av-vardnadsoverflyttning',
    title: first ? 'Två år i samma familjehem: övervägande av vårdnadsöverflyttning' : 'Årligt övervägande av vårdnadsöverflyttning',
    date: addMonths(start, years * 12),
    rule: 'vardnadsoverflyttning-tva-ar',
    note: first
      ? 'När barnet har varit placerat i samma familjehem i två år från det att placeringen verkställdes, ska ' +
        'nämnden särskilt överväga om det finns skäl att ansöka om överflyttning av vårdnaden enligt 6 kap. 8 § ' +
        `föräldrabalken. Därefter ska frågan övervägas årligen (${provision}). ${condition}`
      : `Barnet har då varit placerat i samma familjehem i ${years} år. Efter de första två åren ska nämnden ` +
        'årligen överväga om det finns skäl att ansöka om överflyttning av vårdnaden enligt 6 kap. 8 § ' +
        `föräldrabalken (${provision}). Datumet är räknat från dagen då placeringen verkställdes. ${condition}`,
  };
}

function fifteenthBirthdayNote(situation: SituationId | undefined): string {
  if (isIn(situation, lvuSituations)) {
    return 'Från och med den dagen har barnet rätt att själv föra sin talan i mål och ärenden enligt LVU (36 § andra stycket LVU).';
  }
  if (isIn(situation, underSol)) {
    return (
      'Från och med den dagen har barnet rätt att föra sin egen talan i mål och ärenden enligt socialtjänstlagen ' +
      '(3 kap. 4 § socialtjänstlagen). Begär barnet då att vården ska upphöra, ska nämnden överväga om det finns skäl att ' +
      'ansöka om flyttningsförbud (22 kap. 16 § socialtjänstlagen).'
    );
  }
  // After a transfer of custody, or when the situation is not given, no rule ties a right to the 15th birthday.
  return 'Barnets åsikter får större betydelse ju äldre och mognare barnet blir.';
}

function fifteenthBirthday(input: DeadlineInput): Deadline | undefined {
  if (!isGiven(input.childBirthDate) || !parseIsoDate(input.childBirthDate)) return undefined;
  return {
    id: 'barnet-fyller-15-ar',
    title: 'Barnet fyller 15 år',
    // A child born on 29 February is counted as turning 15 on 28 February in a year that lacks the 29th.
    date: addMonths(input.childBirthDate.trim(), 15 * 12),
    note: fifteenthBirthdayNote(input.situation),
  };
}

function followUp(input: DeadlineInput): Deadline | undefined {
  if (!isGiven(input.followUpDate) || !parseIsoDate(input.followUpDate)) return undefined;
  return {
    id: 'uppfoljning-av-umgangesplanen',
    title: 'Uppföljning av umgängesplanen',
    date: input.followUpDate.trim(),
    note: 'Umgängesplanen ska följas upp den här dagen.',
  };
}

/** Every deadline that applies to the input's situation and dates, earliest first. */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const all = [
    restrictionConsideration(input),
    hiddenWhereaboutsConsideration(input),
    movingBanConsideration(input),
    ...temporaryMovingBan(input),
    careConsideration(input),
    careEndReview(input),
    custodyTransferConsideration(input),
    fifteenthBirthday(input),
    followUp(input),
  ];
  // ISO dates sort as text; the sort is stable, so deadlines on the same day keep the order above.
  return all.filter((deadline) => deadline !== undefined).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
