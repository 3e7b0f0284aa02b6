import { describe, expect, test } from 'vitest';
import { COST_FIELDS } from '../../../src/rollout/cost-fields.ts';
import { defaultValues, estimateCost, validateCostInputs } from '../../../src/rollout/cost-estimate.ts';
import { formatHours, formatKronor, resultLines } from '../../../src/rollout/cost-format.ts';
import { parseSwedishNumber } from '../../../src/rollout/swedish-number.ts';

const filled = {
  visitsPerMonth: '20',
  visitMinutes: '120',
  preparationMinutes: '15',
  followUpMinutes: '30',
  travelMinutes: '30',
  riskSharePercent: '25',
  callMinutes: '15',
  weekendCallPercent: '50',
  weekendSurchargePercent: '40',
  roomCostPerMonth: '6 000',
  hourlyCost: '450',
  annualHoursPerPost: '1 600',
};

function valid(raw: Record<string, string>) {
  const result = validateCostInputs(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.inputs;
}

describe('reading Swedish numbers', () => {
  test.each([
    ['30', 30],
    [' 1,5 ', 1.5],
    ['1.5', 1.5],
    ['6 000', 6000],
    ['6\u00a0000', 6000],
    ['1\u202f234,50', 1234.5],
    ['\u22125', -5],
    ['0', 0],
  ])('%j is %d', (text, value) => expect(parseSwedishNumber(text)).toBe(value));

  test.each(['', 'tio', '10 min', '1,2,3', '1e3', '60 00', ',5', '5,'])('%j is not a number', (text) =>
    expect(parseSwedishNumber(text)).toBeUndefined(),
  );
});

describe('checking the figures', () => {
  test('an empty form names every figure that must be filled in, in Swedish', () => {
    const result = validateCostInputs({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'visitsPerMonth', message: 'Fyll i antalet umgängen per månad.' },
      { field: 'visitMinutes', message: 'Fyll i umgängets längd.' },
      { field: 'preparationMinutes', message: 'Fyll i tiden för förberedelse.' },
      { field: 'followUpMinutes', message: 'Fyll i tiden efter umgänget.' },
      { field: 'callMinutes', message: 'Fyll i tiden för samtalet före umgänget.' },
      { field: 'hourlyCost', message: 'Fyll i kostnaden per personaltimme.' },
    ]);
  });

  test('the hourly cost has no default: only the manager knows it', () => {
    expect(defaultValues()).toEqual({ followUpMinutes: '30', callMinutes: '15' });
    expect(COST_FIELDS.find((field) => field.id === 'hourlyCost')!.default).toBeUndefined();
  });

  test('every default says where it comes from', () => {
    for (const field of COST_FIELDS.filter((field) => field.default !== undefined)) expect(field.defaultReason, field.id).toMatch(/\(.+\)\.$/);
  });

  test.each([
    ['visitMinutes', 'två timmar', 'Skriv umgängets längd med siffror, till exempel 30 eller 1,5.'],
    ['travelMinutes', '-10', 'Restiden kan inte vara mindre än 0.'],
    ['visitsPerMonth', '0', 'Antalet umgängen per månad måste vara mer än 0.'],
    ['hourlyCost', '0', 'Kostnaden per personaltimme måste vara mer än 0.'],
    ['riskSharePercent', '120', 'Andelen umgängen med två personal kan inte vara mer än 100 procent.'],
    ['weekendCallPercent', '100,5', 'Andelen samtal på helgen kan inte vara mer än 100 procent.'],
    ['annualHoursPerPost', '0', 'Arbetstiden per heltid och år måste vara mer än 0.'],
  ])('%s = %j is refused: %s', (field, value, message) => {
    const result = validateCostInputs({ ...filled, [field]: value });
    expect(result).toEqual({ ok: false, errors: [{ field, message }] });
  });

  test('optional figures left empty count as 0, and posts are left out without the hours of a post', () => {
    const inputs = valid({
      visitsPerMonth: '4',
      visitMinutes: '60',
      preparationMinutes: '0',
      followUpMinutes: '30',
      callMinutes: '15',
      hourlyCost: '500',
    });
    expect(inputs).toMatchObject({ travelMinutes: 0, riskSharePercent: 0, weekendCallPercent: 0, weekendSurchargePercent: 0, roomCostPerMonth: 0 });
    expect(inputs.annualHoursPerPost).toBeUndefined();
    const estimate = estimateCost(inputs);
    expect(estimate.postsPerYear).toBeUndefined();
    expect(resultLines(estimate).map((line) => line.id)).not.toContain('postsPerYear');
  });
});

describe('the arithmetic', () => {
  test('one member of staff, no risk: time on site plus the call', () => {
    const estimate = estimateCost(
      valid({ visitsPerMonth: '4', visitMinutes: '60', preparationMinutes: '15', followUpMinutes: '30', callMinutes: '15', hourlyCost: '600' }),
    );
    // 15 + 60 + 30 on site, 15 on the phone: 120 minutes.
    expect(estimate.staffPerVisit).toBe(1);
    expect(estimate.staffHoursPerVisit).toBe(2);
    expect(estimate.costPerVisit).toBe(1200);
    expect(estimate.visitsPerYear).toBe(48);
    expect(estimate.staffHoursPerYear).toBe(96);
    expect(estimate.costPerYear).toBe(57_600);
  });

  test('two staff in the risk share, one caller, weekend supplement on the weekend calls, and the room', () => {
    const estimate = estimateCost(valid(filled));
    // On site: 15 + 120 + 30 + 30 = 195 minutes for 1.25 staff = 243.75; the call adds 15: 258.75 minutes.
    expect(estimate.staffPerVisit).toBe(1.25);
    expect(estimate.staffHoursPerVisit).toBeCloseTo(4.3125, 10);
    // 4.3125 h × 450 = 1940.625; weekend: 0.25 h × 50 % × 450 × 40 % = 22.5.
    expect(estimate.staffCostPerVisit).toBeCloseTo(1963.125, 10);
    expect(estimate.roomCostPerVisit).toBe(300);
    expect(estimate.costPerVisit).toBeCloseTo(2263.125, 10);
    expect(estimate.visitsPerYear).toBe(240);
    expect(estimate.staffHoursPerYear).toBeCloseTo(1035, 10);
    expect(estimate.costPerYear).toBeCloseTo(1963.125 * 240 + 72_000, 6);
    expect(estimate.postsPerYear).toBeCloseTo(1035 / 1600, 10);
  });

  test('every share of two staff adds the time on site once more for that share, never the call', () => {
    const base = { ...filled, weekendCallPercent: '0', roomCostPerMonth: '' };
    const none = estimateCost(valid({ ...base, riskSharePercent: '0' }));
    const all = estimateCost(valid({ ...base, riskSharePercent: '100' }));
    expect(all.staffPerVisit).toBe(2);
    expect((all.staffHoursPerVisit - none.staffHoursPerVisit) * 60).toBeCloseTo(195, 10);
  });

  test('rounding is for display only: a year is computed from unrounded visits', () => {
    // 7 minutes a visit, 1 visit a month at 100 kr/h: 11.666… kr a visit, shown as 12 kr; a year is 140 kr, not 144.
    const estimate = estimateCost(
      valid({ visitsPerMonth: '1', visitMinutes: '1', preparationMinutes: '0', followUpMinutes: '1', callMinutes: '5', hourlyCost: '100' }),
    );
    const lines = Object.fromEntries(resultLines(estimate).map((line) => [line.id, line.value]));
    expect(lines.costPerVisit).toBe('12 kr');
    expect(lines.costPerYear).toBe('140 kr');
    expect(lines.staffHoursPerVisit).toBe('0,1 timmar');
    expect(lines.staffHoursPerYear).toBe('1,4 timmar');
  });

  test('a room shared by few visits costs more per visit than by many', () => {
    const few = estimateCost(valid({ ...filled, visitsPerMonth: '2' }));
    const many = estimateCost(valid({ ...filled, visitsPerMonth: '40' }));
    expect(few.roomCostPerVisit).toBe(3000);
    expect(many.roomCostPerVisit).toBe(150);
    expect(few.costPerYear - few.staffCostPerVisit * 24).toBeCloseTo(72_000, 6);
  });
});

describe('formatting', () => {
  test('kronor are whole and grouped the Swedish way, hours have one decimal comma', () => {
    expect(formatKronor(1_234_567.5)).toBe('1\u00a0234\u00a0568 kr');
    expect(formatKronor(0.4)).toBe('0 kr');
    expect(formatHours(4.3125)).toBe('4,3 timmar');
    expect(formatHours(1)).toBe('1,0 timmar');
    expect(formatHours(1035)).toBe('1\u00a0035,0 timmar');
  });
});
