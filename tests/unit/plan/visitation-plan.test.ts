import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../../src/templates/load.ts';
import { templateForCopy, valuesForCopy } from '../../../src/templates/copies.ts';
import { SITUATIONS } from '../../../src/templates/situations.ts';
import { DEADLINE_TABLE, PLAN_FIELDS, deadlineInput, planDeadlines, plannedVisits, withDeadlines } from '../../../src/plan/visitation-plan.ts';
import { ageBandOn, childPlanFrom, parentOfCopy, parentPlanFrom } from '../../../src/plan/summaries.ts';
import { buildCalendar } from '../../../src/plan/calendar.ts';
import type { FormValues } from '../../../src/templates/form-fields.ts';

const plan = loadTemplates('templates').find((template) => template.id === 'umgangesplan')!;
const ids = new Set(plan.sections.flatMap((section) => section.fields.map((field) => field.id)));

/** A fictional case with violence between the parents: förälder 2 has used violence against förälder 1. */
const values: FormValues = {
  situation: SITUATIONS['lvu-2'],
  'planens-datum': '2026-12-02',
  'barnets-namn': 'Leo',
  'barnets-fodelsedatum': '2016-05-14',
  'foralder-1-namn': 'Maria Andersson',
  'foralder-2-namn': 'Jonas Berg',
  'foralder-1-stodperson': 'Kvinnojouren Tilia',
  'foralder-2-behandlare': 'Frivården, Karl Ny',
  'placeringen-verkstalld': '2026-03-10',
  'begransning-finns': 'Ja',
  'begransning-beslutsdatum': '2026-11-20',
  'begransning-hur': 'Umgänget med förälder 2 sker bevakat.',
  'hur-ofta': 'Varannan lördag',
  plats: 'Familjecentralen Solrosen',
  'umgangesform-3': true,
  'umgangen-forelder-1-r1-datum': '2026-12-12',
  'umgangen-forelder-1-r1-tid': '10.00–12.00',
  'umgangen-forelder-1-r1-plats': 'Familjecentralen Solrosen',
  'umgangen-forelder-2-r1-datum': '2026-12-19',
  'umgangen-forelder-2-r1-tid': '13.00–14.00',
  'umgangen-forelder-2-r1-plats': 'Socialkontoret, rum 3',
  'uppfoljning-datum': '2027-02-01',
  skyddsbehov: 'Förälder 1 har skyddade personuppgifter.',
};
const copyOf = (copyId: string) => {
  const { template, copy } = templateForCopy(plan, copyId);
  return { template, copy, values: withDeadlines(template, valuesForCopy(template, values)) };
};

describe('the fields the derived parts read', () => {
  test('every field id the deadlines, the calendar and the easy-to-read plans read is a field of the visitation plan', () => {
    const used = [...Object.values(PLAN_FIELDS).flat(), DEADLINE_TABLE];
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('deadlines from the case file', () => {
  test('the 14 § decision, the six-monthly consideration, the two years, the 15th birthday and the follow-up', () => {
    const deadlines = planDeadlines(plan, values).map((deadline) => [deadline.date, deadline.id]);
    expect(deadlines.map(([date]) => date)).toEqual([...deadlines.map(([date]) => date)].sort());
    expect(Object.fromEntries(deadlines.map(([date, id]) => [id, date]))).toMatchObject({ 'overvagande-umgangesbeslut': '2027-02-20', 'barnet-fyller-15-ar': '2031-05-14' });
    expect(deadlines.map(([date]) => date)).toEqual(expect.arrayContaining(['2026-09-10', '2027-02-01', '2027-02-20', '2028-03-10', '2031-05-14']));
  });

  test('a 14 § date counts only when the plan says there is a decision', () => {
    expect(deadlineInput(plan, { ...values, 'begransning-finns': 'Nej' }).restrictionDecisionDate).toBeUndefined();
    expect(deadlineInput(plan, values).restrictionDecisionDate).toBe('2026-11-20');
  });

  test('the deadline table is filled from the dates, and emptied of rows that no longer have a deadline', () => {
    const filled = withDeadlines(plan, { ...values, 'viktiga-datum-r6-datum': 'gammalt' });
    expect(filled['viktiga-datum-r1-datum']).toBe('2026-09-10');
    expect(filled['viktiga-datum-r1-vad']).toBe('övervägande av vården');
    expect(filled['viktiga-datum-r6-datum']).toBe('');
  });
});

describe("each copy's deadlines, calendar and easy-to-read plan hold only what the copy holds", () => {
  test("förälder 2's calendar has förälder 2's visit and no place, time or date of förälder 1's", () => {
    const { template, copy, values: copyValues } = copyOf('forelder-2');
    const calendar = buildCalendar({ planTitle: plan.title, copyFor: copy.for, visits: plannedVisits(template, copyValues), deadlines: planDeadlines(template, copyValues), now: new Date('2026-12-02T10:00:00Z') });
    expect(calendar).toContain('Socialkontoret');
    expect(calendar).not.toMatch(/Solrosen|20261212|Tilia/);
    // The placement date and the child's birth date are not in a parent's copy, so neither is the two-year question nor the 15th birthday.
    expect(calendar).not.toMatch(/20280310|20310514/);
  });

  test("förälder 1's Vår plan: her visit, her support, the decision and the follow-up; nothing of förälder 2's", () => {
    const { template, copy, values: copyValues } = copyOf('forelder-1');
    const parentPlan = parentPlanFrom(template, copyValues, copy);
    expect(parentPlan).toMatchObject({ forWhom: 'Förälder 1', parentName: 'Maria Andersson', childName: 'Leo', frequency: 'Varannan lördag' });
    expect(parentPlan.visits).toEqual([{ date: '2026-12-12', time: '10.00–12.00', place: 'Familjecentralen Solrosen', staff: undefined }]);
    expect(parentPlan.contacts).toEqual([{ role: 'Din stödperson', text: 'Kvinnojouren Tilia' }]);
    expect(parentPlan.decision?.how).toBe('Umgänget med förälder 2 sker bevakat.');
    expect(JSON.stringify(parentPlan)).not.toMatch(/Jonas|Frivården|Socialkontoret|skyddade/);
    expect(parentPlan.place).toBeUndefined();
  });

  test("the child's Min träffplan with one parent lists only that parent's visits, in words for a child", () => {
    const { template, values: copyValues } = copyOf('barnet');
    const withMother = childPlanFrom(template, copyValues, 1, '7-12');
    expect(withMother.visits.map((visit) => visit.date)).toEqual(['2026-12-12']);
    expect(withMother.parentName).toBe('Maria Andersson');
    expect(withMother.forms).toEqual(['En vuxen från kommunen är med och hjälper till']);
    expect(JSON.stringify(withMother)).not.toMatch(/Socialkontoret|Tilia|Frivården|skyddade/);
    expect(childPlanFrom(template, copyValues, 2, '7-12').visits.map((visit) => visit.date)).toEqual(['2026-12-19']);
  });

  test('which parent a copy is for, and the age band on the plan date', () => {
    expect([parentOfCopy('forelder-1'), parentOfCopy('forelder-2'), parentOfCopy('familjehemmet')]).toEqual([1, 2, undefined]);
    expect(ageBandOn('2016-05-14', '2026-12-02')).toBe('7-12');
    expect(ageBandOn('2013-12-02', '2026-12-02')).toBe('13-17');
    expect(ageBandOn('2013-12-03', '2026-12-02')).toBe('7-12');
    expect(ageBandOn('2008-01-01', '2026-12-02')).toBeUndefined();
    expect(ageBandOn('', '2026-12-02')).toBeUndefined();
  });
});
