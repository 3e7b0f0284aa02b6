import { describe, expect, test } from 'vitest';
import { addMonths, computeDeadlines, type Deadline, type DeadlineInput, type SituationId } from '../../../src/plan/deadlines.ts';
import { readRules } from '../../../src/rules/read-rules.ts';
import { storedStatutes } from '../../../src/law/stored-statutes.ts';
import { provisionKey } from '../../../src/law/selex.ts';
import { comparable } from '../../../src/law/provision-text.ts';
import { readYamlFixture } from '../../support/yaml-fixture.ts';

const allSituations: SituationId[] = ['sol', 'lvu-2', 'lvu-3', 'lvu-2-3', 'lvu-6', 'vardnad-overflyttad'];
const invalidDates = readYamlFixture('plan/invalid-dates.yaml') as string[];

const byId = (deadlines: Deadline[], id: string) => deadlines.find((d) => d.id === id);
const ids = (input: DeadlineInput) => computeDeadlines(input).map((d) => d.id);

const restriction = 'overvagande-umgangesbeslut';
const care = 'overvagande-av-varden';
const careEnd = 'provning-av-om-varden-ska-upphora';
const custody = 'overvagande-av-vardnadsoverflyttning';
const fifteen = 'barnet-fyller-15-ar';
const followUp = 'uppfoljning-av-umgangesplanen';

describe('addMonths', () => {
  test.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  test('a date that is not real stops the count with a Swedish message', () => {
    expect(() => addMonths('2026-02-30', 3)).toThrow('Ogiltigt datum: "2026-02-30". Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.');
  });

  test('a part of a month is refused', () => {
    expect(() => addMonths('2026-01-15', 1.5)).toThrow('Antalet månader måste vara ett heltal, inte 1.5.');
  });
});

describe('the three-monthly consideration of a decision under 14 § LVU', () => {
  test.each(['lvu-2', 'lvu-3', 'lvu-2-3', 'lvu-6'] as const)('%s: three months from the decision', (situation) => {
    const deadline = byId(computeDeadlines({ situation, restrictionDecisionDate: '2026-01-15' }), restriction)!;
    expect(deadline).toEqual({
      id: restriction,
      title: 'Senast: övervägande av beslutet om hur umgänget ska utövas',
      date: '2026-04-15',
      rule: 'overvagande-umgangesbeslut-lvu',
      note:
        'Nämnden ska minst en gång var tredje månad överväga om beslutet om hur umgänget ska utövas fortfarande behövs ' +
        '(14 § tredje stycket LVU). Datumet är räknat från dagen för beslutet.',
    });
  });

  test('counts from the latest consideration when there is one, clamped at the end of the month', () => {
    const deadline = byId(
      computeDeadlines({ situation: 'lvu-2', restrictionDecisionDate: '2026-01-15', lastRestrictionReview: '2026-11-30' }),
      restriction,
    )!;
    expect(deadline.date).toBe('2027-02-28');
    expect(deadline.note).toMatch(/Datumet är räknat från det senaste övervägandet\.$/);
  });

  test.each(['sol', 'vardnad-overflyttad', undefined] as const)('no such deadline for %s, which is not care under LVU', (situation) => {
    expect(ids({ situation, restrictionDecisionDate: '2026-01-15', lastRestrictionReview: '2026-03-01' })).not.toContain(restriction);
  });

  test('a malformed latest consideration is not passed over for the decision date', () => {
    expect(ids({ situation: 'lvu-2', restrictionDecisionDate: '2026-01-15', lastRestrictionReview: '2026-02-30' })).not.toContain(restriction);
  });
});

describe('the six-monthly consideration and prövning of the care', () => {
  test('SoL: six months from the placement, under 22 kap. 13 § socialtjänstlagen', () => {
    const deadlines = computeDeadlines({ situation: 'sol', careStart: '2026-03-31' });
    expect(byId(deadlines, care)).toEqual({
      id: care,
      title: 'Senast: övervägande av vården',
      date: '2026-09-30',
      rule: 'overvagande-var-sjatte-manad',
      note:
        'Nämnden ska minst en gång var sjätte månad överväga om vården fortfarande behövs och hur vården bör inriktas ' +
        'och utformas (22 kap. 13 § socialtjänstlagen). Datumet är räknat från dagen då vården påbörjades.',
    });
    expect(byId(deadlines, careEnd)).toBeUndefined();
  });

  test('2 § LVU: six months from the latest consideration, under 13 § första stycket LVU', () => {
    const deadlines = computeDeadlines({ situation: 'lvu-2', careStart: '2025-01-10', lastCareReview: '2026-02-20' });
    const deadline = byId(deadlines, care)!;
    expect(deadline.date).toBe('2026-08-20');
    expect(deadline.note).toBe(
      'Nämnden ska minst en gång var sjätte månad överväga om vård enligt LVU fortfarande behövs och hur vården bör ' +
        'inriktas och utformas (13 § första stycket LVU). Datumet är räknat från det senaste övervägandet.',
    );
    expect(byId(deadlines, careEnd)).toBeUndefined();
  });

  test('3 § LVU: prövning whether the care shall end, within six months from the day it was put into effect', () => {
    const deadlines = computeDeadlines({ situation: 'lvu-3', careStart: '2026-08-31' });
    expect(byId(deadlines, careEnd)).toEqual({
      id: careEnd,
      title: 'Senast: prövning av om vården ska upphöra',
      date: '2027-02-28',
      rule: 'overvagande-var-sjatte-manad',
      note:
        'Nämnden ska inom sex månader från dagen då vårdbeslutet verkställdes pröva om vård enligt LVU ska upphöra. ' +
        'Sedan ska frågan prövas fortlöpande inom sex månader från den senaste prövningen (13 § andra stycket LVU). ' +
        'Datumet är räknat från dagen då vården påbörjades.',
    });
    expect(byId(deadlines, care)).toBeUndefined();
  });

  test('3 § LVU: then within six months from the latest prövning', () => {
    const deadline = byId(computeDeadlines({ situation: 'lvu-3', careStart: '2025-08-31', lastCareReview: '2026-02-27' }), careEnd)!;
    expect(deadline.date).toBe('2026-08-27');
    expect(deadline.note).toMatch(/Datumet är räknat från den senaste prövningen\.$/);
  });

  test('2 and 3 §§ LVU together: both the consideration and the prövning', () => {
    const deadlines = computeDeadlines({ situation: 'lvu-2-3', careStart: '2026-01-31' });
    expect(byId(deadlines, care)?.date).toBe('2026-07-31');
    expect(byId(deadlines, careEnd)?.date).toBe('2026-07-31');
  });

  test.each(['lvu-6', 'vardnad-overflyttad', undefined] as const)('neither for %s', (situation) => {
    const found = ids({ situation, careStart: '2026-01-31', lastCareReview: '2026-03-01' });
    expect(found).not.toContain(care);
    expect(found).not.toContain(careEnd);
  });
});

describe('two years in the same foster home', () => {
  test.each([
    ['sol', '22 kap. 14 § socialtjänstlagen'],
    ['lvu-2', '13 c § LVU'],
    ['lvu-3', '13 c § LVU'],
    ['lvu-2-3', '13 c § LVU'],
  ] as const)('%s: the committee shall särskilt överväga a transfer of custody (%s)', (situation, provision) => {
    expect(byId(computeDeadlines({ situation, placementStart: '2024-02-29' }), custody)).toEqual({
      id: custody,
      title: 'Två år i samma familjehem: övervägande av vårdnadsöverflyttning',
      date: '2026-02-28',
      rule: 'vardnadsoverflyttning-tva-ar',
      note:
        'När barnet har varit placerat i samma familjehem i två år från det att placeringen verkställdes, ska nämnden ' +
        'särskilt överväga om det finns skäl att ansöka om överflyttning av vårdnaden enligt 6 kap. 8 § föräldrabalken. ' +
        `Därefter ska frågan övervägas årligen (${provision}). Datumet gäller bara om barnet bor kvar i samma familjehem.`,
    });
  });

  test("after the two years, only the next yearly consideration on or after the plan's date", () => {
    const next = (asOf: string) => byId(computeDeadlines({ situation: 'lvu-2', placementStart: '2020-05-10', asOf }), custody)!;
    expect(next('2022-05-10').date).toBe('2022-05-10');
    expect(next('2022-05-10').title).toBe('Två år i samma familjehem: övervägande av vårdnadsöverflyttning');
    expect(next('2026-03-01')).toEqual({
      id: custody,
      title: 'Årligt övervägande av vårdnadsöverflyttning',
      date: '2026-05-10',
      rule: 'vardnadsoverflyttning-tva-ar',
      note:
        'Barnet har då varit placerat i samma familjehem i 6 år. Efter de första två åren ska nämnden årligen överväga ' +
        'om det finns skäl att ansöka om överflyttning av vårdnaden enligt 6 kap. 8 § föräldrabalken (13 c § LVU). ' +
        'Datumet är räknat från dagen då placeringen verkställdes. Datumet gäller bara om barnet bor kvar i samma familjehem.',
    });
    expect(next('2026-05-11').date).toBe('2027-05-10');
    expect(computeDeadlines({ situation: 'lvu-2', placementStart: '2020-05-10', asOf: '2026-03-01' }).filter((d) => d.id === custody)).toHaveLength(
      1,
    );
  });

  test('a malformed plan date leaves the two-year date', () => {
    expect(byId(computeDeadlines({ situation: 'sol', placementStart: '2020-05-10', asOf: '2026-02-30' }), custody)?.date).toBe('2022-05-10');
  });

  test.each(['vardnad-overflyttad', 'lvu-6', undefined] as const)('not for %s', (situation) => {
    expect(ids({ situation, placementStart: '2024-02-29' })).not.toContain(custody);
  });
});

describe("the child's 15th birthday", () => {
  test.each(['lvu-2', 'lvu-3', 'lvu-2-3', 'lvu-6'] as const)('%s: the right to speak for itself under 36 § LVU', (situation) => {
    expect(byId(computeDeadlines({ situation, childBirthDate: '2012-06-15' }), fifteen)).toEqual({
      id: fifteen,
      title: 'Barnet fyller 15 år',
      date: '2027-06-15',
      note: 'Från och med den dagen har barnet rätt att själv föra sin talan i mål och ärenden enligt LVU (36 § andra stycket LVU).',
    });
  });

  test('sol: the right to speak for itself under 3 kap. 4 § socialtjänstlagen', () => {
    expect(byId(computeDeadlines({ situation: 'sol', childBirthDate: '2012-06-15' }), fifteen)?.note).toBe(
      'Från och med den dagen har barnet rätt att föra sin egen talan i mål och ärenden enligt socialtjänstlagen (3 kap. 4 § socialtjänstlagen). ' +
        'Begär barnet då att vården ska upphöra, ska nämnden överväga om det finns skäl att ansöka om flyttningsförbud (22 kap. 16 § socialtjänstlagen).',
    );
  });

  test.each(['vardnad-overflyttad', undefined] as const)('%s: a neutral note that cites nothing', (situation) => {
    const note = byId(computeDeadlines({ situation, childBirthDate: '2012-06-15' }), fifteen)!.note;
    expect(note).toBe('Barnets åsikter får större betydelse ju äldre och mognare barnet blir.');
    expect(note).not.toMatch(/§|LVU|socialtjänstlagen/);
  });

  test('a child born on 29 February turns 15 on 28 February of a common year', () => {
    expect(byId(computeDeadlines({ childBirthDate: '2012-02-29' }), fifteen)?.date).toBe('2027-02-28');
  });
});

describe("the plan's follow-up", () => {
  test('the follow-up date as given', () => {
    expect(byId(computeDeadlines({ followUpDate: '2026-09-01' }), followUp)).toEqual({
      id: followUp,
      title: 'Uppföljning av umgängesplanen',
      date: '2026-09-01',
      note: 'Umgängesplanen ska följas upp den här dagen.',
    });
  });
});

describe('inputs that are missing or not real dates', () => {
  test('no input, no deadline', () => {
    for (const situation of allSituations) expect(computeDeadlines({ situation })).toEqual([]);
  });

  test.each(invalidDates)('no deadline from "%s"', (date) => {
    for (const situation of allSituations) {
      expect(
        computeDeadlines({
          situation,
          childBirthDate: date,
          careStart: date,
          placementStart: date,
          lastCareReview: date,
          movingBanDate: date,
          restrictionDecisionDate: date,
          lastRestrictionReview: date,
          followUpDate: date,
        }),
      ).toEqual([]);
    }
  });

  test('one bad date drops only its own deadlines', () => {
    const found = ids({
      situation: 'lvu-2',
      childBirthDate: '2012-02-30',
      careStart: '2026-01-10',
      placementStart: '2026-01-10',
      followUpDate: '2026-05-01',
    });
    expect(found).toEqual([followUp, care, custody]);
  });
});

describe('the list as a whole', () => {
  const everything = computeDeadlines({
    situation: 'lvu-2-3',
    childBirthDate: '2011-09-01',
    careStart: '2025-12-01',
    placementStart: '2025-12-01',
    restrictionDecisionDate: '2026-02-01',
    followUpDate: '2026-03-15',
  });

  test('sorted by date, deadlines on the same day in a fixed order', () => {
    expect(everything.map((d) => [d.date, d.id])).toEqual([
      ['2026-03-15', followUp],
      ['2026-05-01', restriction],
      ['2026-06-01', care],
      ['2026-06-01', careEnd],
      ['2026-09-01', fifteen],
      ['2027-12-01', custody],
    ]);
  });

  test('titles carry no paragraph signs, and every rule named exists in content/regler', () => {
    const rules = readRules();
    for (const deadline of everything) {
      expect(deadline.title).not.toMatch(/§/);
      if (deadline.rule) expect(rules.has(deadline.rule), deadline.rule).toBe(true);
    }
  });

  /** The duty each note states, in words that stand in the provision it names (content/lagtext). */
  test.each([
    [{ situation: 'lvu-2', restrictionDecisionDate: '2026-01-15' }, restriction, '1990:52', '14', 'minst en gång var tredje månad överväga om'],
    [{ situation: 'lvu-2', careStart: '2026-01-15' }, care, '1990:52', '13', 'minst en gång var sjätte månad överväga om vård enligt'],
    [
      { situation: 'sol', careStart: '2026-01-15' },
      care,
      '2025:400',
      '22:13',
      'minst en gång var sjätte månad överväga om vården fortfarande behövs och hur vården bör inriktas och utformas',
    ],
    [{ situation: 'lvu-3', careStart: '2026-01-15' }, careEnd, '1990:52', '13', 'inom sex månader från'],
    [{ situation: 'lvu-3', careStart: '2026-01-15' }, careEnd, '1990:52', '13', 'fortlöpande inom sex månader från'],
    [
      { situation: 'lvu-3', placementStart: '2026-01-15' },
      custody,
      '1990:52',
      '13 c',
      'särskilt överväga om det finns skäl att ansöka om överflyttning av vårdnaden enligt 6 kap. 8 § föräldrabalken',
    ],
    [{ situation: 'sol', placementStart: '2026-01-15' }, custody, '2025:400', '22:14', 'Därefter ska frågan övervägas årligen'],
    [{ situation: 'lvu-6', childBirthDate: '2012-01-15' }, fifteen, '1990:52', '36', 'rätt att själv föra sin talan i mål och ärenden enligt'],
    [{ situation: 'sol', childBirthDate: '2012-01-15' }, fifteen, '2025:400', '3:4', 'rätt att föra sin egen talan i mål och ärenden enligt'],
  ] as const)('%j %s: the statute %s %s says "%s"', (input, id, sfs, provision, words) => {
    const [chapter, section] = provision.includes(':') ? provision.split(':') : [undefined, provision];
    const stored = storedStatutes().get(sfs)!.provisions.get(provisionKey(chapter, section!))!;
    expect(comparable(stored.paragraphs.join(' '))).toContain(comparable(words));
    expect(comparable(byId(computeDeadlines(input as DeadlineInput), id)!.note)).toContain(comparable(words));
  });
});

describe('what the review found', () => {
  test('the care is counted from the day it began, not from the move to this foster home', () => {
    const deadlines = computeDeadlines({ situation: 'lvu-2', careStart: '2026-01-10', placementStart: '2026-03-01' });
    expect(byId(deadlines, care)?.date).toBe('2026-07-10');
    expect(byId(deadlines, custody)?.date).toBe('2028-03-01');
  });

  test('a consideration that should already have been made is marked overdue and says how to get the next date', () => {
    const overdue = byId(computeDeadlines({ situation: 'lvu-2', careStart: '2026-01-10', asOf: '2026-12-02' }), care)!;
    expect(overdue.title).toBe('Försenat: övervägande av vården');
    expect(overdue.note).toMatch(/^Datumet har passerat\. Har övervägandet gjorts, skriv in datumet för det senaste, så räknar planen fram nästa\./);
    const onTime = byId(computeDeadlines({ situation: 'lvu-2', careStart: '2026-10-10', asOf: '2026-12-02' }), care)!;
    expect(onTime.title).toBe('Senast: övervägande av vården');
  });

  test('a moving ban is considered at least every three months, only in that situation', () => {
    const ban = computeDeadlines({ situation: 'flyttningsforbud', movingBanDate: '2026-11-30' }).find(
      (d) => d.id === 'overvagande-flyttningsforbud',
    )!;
    expect(ban.date).toBe('2027-02-28');
    expect(ban.note).toContain('minst en gång var tredje månad överväga om ett flyttningsförbud fortfarande behövs (26 § LVU)');
    expect(computeDeadlines({ situation: 'sol', movingBanDate: '2026-11-30' }).map((d) => d.id)).not.toContain('overvagande-flyttningsforbud');
  });
});

describe('moving bans and hidden whereabouts', () => {
  test('a temporary moving ban: put before the court within a week, then an application within two weeks of the confirmation', () => {
    const before = computeDeadlines({ situation: 'flyttningsforbud', movingBanKind: 'temporary', movingBanDate: '2026-12-28' });
    expect(before.map((d) => [d.id, d.date])).toEqual([['understall-tillfalligt-flyttningsforbud', '2027-01-04']]);
    const after = computeDeadlines({
      situation: 'flyttningsforbud',
      movingBanKind: 'temporary',
      movingBanDate: '2026-12-28',
      movingBanConfirmed: '2027-01-02',
    });
    expect(after.map((d) => [d.id, d.date])).toEqual([['ansok-om-flyttningsforbud', '2027-01-16']]);
    expect(after[0]!.note).toContain('upphör det tillfälliga förbudet (29 och 30 §§ LVU)');
    expect(after.map((d) => d.id)).not.toContain('overvagande-flyttningsforbud');
  });

  test('a decision on hidden whereabouts has its own three-monthly date, and only when there is such a decision under LVU', () => {
    const deadlines = computeDeadlines({ situation: 'lvu-2', hiddenWhereaboutsDate: '2026-11-30', restrictionDecisionDate: '2026-10-01' });
    expect(Object.fromEntries(deadlines.map((d) => [d.id, d.date]))).toEqual({
      'overvagande-umgangesbeslut': '2027-01-01',
      'overvagande-vistelseort': '2027-02-28',
    });
    expect(computeDeadlines({ situation: 'sol', hiddenWhereaboutsDate: '2026-11-30' })).toEqual([]);
  });

  test('a missed deadline for a temporary moving ban says the ban has ended, and that a new one may be needed', () => {
    const [lapsed] = computeDeadlines({ situation: 'flyttningsforbud', movingBanKind: 'temporary', movingBanDate: '2026-11-01', asOf: '2026-12-02' });
    expect(lapsed!.title).toBe('Försenat: underställ det tillfälliga flyttningsförbudet förvaltningsrätten');
    expect(lapsed!.note).toBe(
      'Datumet har passerat. Gjordes inte underställningen i tid har det tillfälliga flyttningsförbudet upphört (28 § med 7 § tredje stycket LVU). ' +
        'Ta genast upp i nämnden eller utskottet om ett nytt tillfälligt flyttningsförbud behövs (27 § LVU), och berätta för familjehemmet vad som gäller.',
    );
  });

  test('an overdue consideration says to take the matter to the committee', () => {
    const overdue = computeDeadlines({ situation: 'lvu-2', restrictionDecisionDate: '2026-01-10', asOf: '2026-12-02' })[0]!;
    expect(overdue.note).toContain('Har det inte gjorts, ta upp ärendet i nämnden eller utskottet snarast.');
  });
});
