import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../../src/templates/load.ts';
import { templateForCopy, valuesForCopy } from '../../../src/templates/copies.ts';
import { SITUATIONS } from '../../../src/templates/situations.ts';
import { DEADLINE_TABLE, PLAN_FIELDS, deadlineInput, planDeadlines, plannedVisits, withDeadlines } from '../../../src/plan/visitation-plan.ts';
import { ageBandOn, childPlanFrom, parentPlanFrom } from '../../../src/plan/summaries.ts';
import { buildCalendar } from '../../../src/plan/calendar.ts';
import type { FormValues } from '../../../src/templates/form-fields.ts';

const plan = loadTemplates('templates').find((template) => template.id === 'umgangesplan')!;
const ids = new Set(plan.sections.flatMap((section) => section.fields.map((field) => field.id)));

/** A fictional case with violence between the parents: this plan is for Maria; Jonas has used violence against her. */
const values: FormValues = {
  situation: SITUATIONS['lvu-2'],
  'planens-datum': '2026-12-02',
  'barnets-namn': 'Leo',
  'barnets-fodelsedatum': '2016-05-14',
  'foralder-namn': 'Maria Andersson',
  'barnet-kallar-foraldern': 'mamma',
  'foralderns-stodperson': 'Kvinnojouren Tilia',
  'andra-foralderns-namn': 'Jonas Berg',
  'varden-paborjad': '2026-02-20',
  'placeringen-verkstalld': '2026-03-10',
  'begransning-finns': 'Ja',
  'begransning-beslutsdatum': '2026-11-20',
  'begransning-hur': 'Umgänget sker med stöd av personal.',
  'hur-ofta': 'Varannan lördag',
  plats: 'Familjecentralen Solrosen',
  'umgangesform-3': true,
  'planerade-umgangen-r1-datum': '2026-12-12',
  'planerade-umgangen-r1-tid': '10.00–12.00',
  'planerade-umgangen-r1-plats': 'Familjecentralen Solrosen',
  'andra-foraldern-far-inte-veta': 'Ja',
  'uppfoljning-datum': '2027-02-01',
  'barnets-tankar': 'Jag vill inte träffa pappa nu.',
  'barnets-ord-i-traffplanen': 'Jag vill spela spel.',
  skyddsbehov: 'Maria har skyddade personuppgifter.',
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
  test('the 14 § decision, the six-monthly consideration from the start of care, the two years from the move, the 15th birthday and the follow-up', () => {
    const deadlines = planDeadlines(plan, values);
    expect(deadlines.map((deadline) => deadline.date)).toEqual([...deadlines.map((deadline) => deadline.date)].sort());
    expect(Object.fromEntries(deadlines.map((deadline) => [deadline.id, deadline.date]))).toEqual({
      'overvagande-av-varden': '2026-08-20',
      'uppfoljning-av-umgangesplanen': '2027-02-01',
      'overvagande-umgangesbeslut': '2027-02-20',
      'overvagande-av-vardnadsoverflyttning': '2028-03-10',
      'barnet-fyller-15-ar': '2031-05-14',
    });
    expect(deadlines.find((deadline) => deadline.id === 'overvagande-av-varden')!.title).toBe('Försenat: övervägande av vården');
  });

  test('a 14 § date counts only when the plan says there is a decision', () => {
    expect(deadlineInput(plan, { ...values, 'begransning-finns': 'Nej' }).restrictionDecisionDate).toBeUndefined();
    expect(deadlineInput(plan, values).restrictionDecisionDate).toBe('2026-11-20');
  });

  test('the deadline table is filled from the dates, and emptied of rows that no longer have a deadline', () => {
    const filled = withDeadlines(plan, { ...values, 'viktiga-datum-r6-datum': 'gammalt' });
    expect(filled['viktiga-datum-r1-datum']).toBe('2026-08-20');
    expect(filled['viktiga-datum-r1-vad']).toBe('Försenat: övervägande av vården');
    expect(filled['viktiga-datum-r6-datum']).toBe('');
  });
});

describe("each copy's deadlines, calendar and easy-to-read plan hold only what the copy holds", () => {
  test("the parent's calendar: her visit and the 14 § date, but not the dates counted from fields her copy does not hold", () => {
    const { template, copy, values: copyValues } = copyOf('foraldern');
    const calendar = buildCalendar({
      planTitle: plan.title,
      copyFor: copy.for,
      visits: plannedVisits(template, copyValues),
      deadlines: planDeadlines(template, copyValues),
      now: new Date('2026-12-02T10:00:00Z'),
    });
    expect(calendar).toContain('Solrosen');
    expect(calendar).toContain('20270220');
    expect(calendar).not.toMatch(/20280310|20310514|20260820|Jonas|Tilia/);
  });

  test("the parent's Vår plan: her visit, her support, the decision, the protection from the other parent; nothing kept in the case file", () => {
    const { template, copy, values: copyValues } = copyOf('foraldern');
    const parentPlan = parentPlanFrom(template, copyValues, copy);
    expect(parentPlan).toMatchObject({
      forWhom: 'Föräldern',
      parentName: 'Maria Andersson',
      childName: 'Leo',
      frequency: 'Varannan lördag',
      place: 'Familjecentralen Solrosen',
      protectedFromOtherParent: true,
    });
    expect(parentPlan.visits).toEqual([
      { key: 'planerade-umgangen-r1-datum', date: '2026-12-12', time: '10.00–12.00', place: 'Familjecentralen Solrosen', staff: undefined },
    ]);
    expect(parentPlan.contacts).toEqual([{ role: 'Din stödperson', text: 'Kvinnojouren Tilia' }]);
    expect(parentPlan.decision?.how).toBe('Umgänget sker med stöd av personal.');
    expect(parentPlan.deadlines).toEqual([
      { title: 'Uppföljning av planen', date: '2027-02-01' },
      { title: 'Nämnden ska titta igen på beslutet om umgänget', date: '2027-02-20' },
    ]);
    expect(JSON.stringify(parentPlan)).not.toMatch(/Jonas|skyddade|pappa/);
  });

  test("the child's Min träffplan uses what the child calls the parent and the child's words for the plan, never the child's views in the case file", () => {
    const { template, values: copyValues } = copyOf('barnet');
    const childPlan = childPlanFrom(template, copyValues, '7-12');
    expect(childPlan.parentName).toBe('mamma');
    expect(childPlan.myWords).toBe('Jag vill spela spel.');
    expect(childPlan.visits.map((visit) => visit.date)).toEqual(['2026-12-12']);
    expect(childPlan.forms).toEqual(['En vuxen från kommunen är med och hjälper till']);
    expect(JSON.stringify(childPlan)).not.toMatch(/Jonas|Tilia|skyddade|inte träffa pappa/);
  });

  test('the age band on the plan date', () => {
    expect(ageBandOn('2016-05-14', '2026-12-02')).toBe('7-12');
    expect(ageBandOn('2013-12-02', '2026-12-02')).toBe('13-17');
    expect(ageBandOn('2013-12-03', '2026-12-02')).toBe('7-12');
    expect(ageBandOn('2008-01-01', '2026-12-02')).toBeUndefined();
    expect(ageBandOn('', '2026-12-02')).toBeUndefined();
  });
});
