import { afterEach, describe, expect, test } from 'vitest';
import { buildCalendar, type CalendarInput } from '../../../src/plan/calendar.ts';
import type { Deadline } from '../../../src/plan/deadlines.ts';
import { readWithPythonIcalendar } from '../../support/python-icalendar.ts';

const now = new Date('2026-03-02T08:30:00Z');

const deadline: Deadline = {
  id: 'overvagande-umgangesbeslut',
  title: 'Senast: övervägande av beslutet om umgänge eller hemlig vistelseort',
  date: '2026-04-15',
  rule: 'overvagande-umgangesbeslut-lvu',
  note: 'Nämnden ska minst en gång var tredje månad överväga om beslutet fortfarande behövs (14 § tredje stycket LVU).',
};

const input: CalendarInput = {
  planTitle: 'Umgängesplan för A.B., 2026-03-01',
  copyFor: 'Förälder 1',
  now,
  deadlines: [deadline],
  visits: [
    { date: '2026-03-14', time: '10–12', place: 'Familjecentralen, rum 2', staff: 'Umgängespersonal från Familjecentralen' },
    { date: '2026-03-28', time: 'efter skolan' },
  ],
};

const contentLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('buildCalendar, read with Python icalendar', () => {
  const ics = buildCalendar(input);
  const calendar = readWithPythonIcalendar(ics);

  test('reads without errors, named for the plan and the copy, by Umgängeshandboken', () => {
    expect(calendar.errors).toEqual([]);
    expect(calendar.prodid).toContain('Umgängeshandboken');
    expect(calendar.name).toBe('Umgängesplan för A.B., 2026-03-01 – Exemplar för: Förälder 1');
    expect(calendar.calname).toBe(calendar.name);
  });

  test('a deadline is an all-day event with its title and note', () => {
    const event = calendar.events.find((e) => e.summary === deadline.title)!;
    expect(event).toMatchObject({ allDay: true, start: '2026-04-15', end: '2026-04-16', description: deadline.note, location: null });
    expect(ics).toContain('DTSTART;VALUE=DATE:20260415\r\n');
  });

  test('a visit with a clock range is timed in floating local time, at its place, naming the staff', () => {
    const [timed] = calendar.events.filter((e) => e.summary === 'Umgänge');
    expect(timed).toMatchObject({
      allDay: false,
      tz: null,
      start: '2026-03-14T10:00:00',
      end: '2026-03-14T12:00:00',
      location: 'Familjecentralen, rum 2',
      description: 'Umgängespersonal: Umgängespersonal från Familjecentralen',
    });
    expect(ics).toContain('DTSTART:20260314T100000\r\n');
  });

  test('a visit whose time is not a clock range is all-day, with the time as text', () => {
    const event = calendar.events.find((e) => e.start === '2026-03-28')!;
    expect(event).toMatchObject({ summary: 'Umgänge', allDay: true, end: '2026-03-29', description: 'Tid: efter skolan', location: null });
  });

  test('events come in date order, each stamped with the given now', () => {
    expect(calendar.events.map((e) => e.start)).toEqual(['2026-03-14T10:00:00', '2026-03-28', '2026-04-15']);
    for (const event of calendar.events) expect(event.stamp).toBe('2026-03-02T08:30:00+00:00');
  });

  test('nothing goes in beyond the visits and deadlines: no place, staff or rule that was not given', () => {
    const properties = new Set(
      contentLines(ics)
        .filter((l) => !l.startsWith(' '))
        .map((l) => l.split(/[:;]/)[0]),
    );
    expect([...properties].sort()).toEqual(
      [
        'BEGIN',
        'END',
        'VERSION',
        'PRODID',
        'NAME',
        'X-WR-CALNAME',
        'UID',
        'SEQUENCE',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        'SUMMARY',
        'DESCRIPTION',
        'LOCATION',
        'X-MICROSOFT-CDO-ALLDAYEVENT',
        'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT',
      ].sort(),
    );
    expect(ics.match(/^LOCATION:/gm)).toHaveLength(1);
    expect(ics).not.toContain(deadline.rule);
  });
});

describe('clock ranges', () => {
  test.each([
    ['10–12', '10:00', '12:00'],
    ['10-12', '10:00', '12:00'],
    ['10.00–12.30', '10:00', '12:30'],
    ['kl. 10:00-12:00', '10:00', '12:00'],
    ['kl 9 – 11.15', '09:00', '11:15'],
  ])('"%s" is a timed visit from %s to %s', (time, start, end) => {
    const [event] = readWithPythonIcalendar(buildCalendar({ ...input, deadlines: [], visits: [{ date: '2026-05-09', time }] })).events;
    expect(event).toMatchObject({ allDay: false, tz: null, start: `2026-05-09T${start}:00`, end: `2026-05-09T${end}:00`, description: null });
  });

  test.each(['eftermiddag', '12–10', '10–10', '22-25', '10.75-12', 'varannan lördag 10–12'])(
    '"%s" is not, and stays as text on an all-day visit',
    (time) => {
      const [event] = readWithPythonIcalendar(buildCalendar({ ...input, deadlines: [], visits: [{ date: '2026-05-09', time }] })).events;
      expect(event).toMatchObject({ allDay: true, start: '2026-05-09', description: `Tid: ${time}` });
    },
  );
});

describe('a stable file', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  test('the same input gives the same bytes', () => {
    expect(buildCalendar(input)).toBe(buildCalendar(structuredClone(input)));
  });

  test("the machine's time zone changes nothing", () => {
    process.env.TZ = 'UTC';
    const inUtc = buildCalendar(input);
    for (const tz of ['Europe/Stockholm', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(buildCalendar(input), tz).toBe(inUtc);
    }
  });

  test('UIDs come from the content: a new now keeps them, a changed visit gets a new one, a repeated visit its own', () => {
    const uids = (calendarInput: CalendarInput) => readWithPythonIcalendar(buildCalendar(calendarInput)).events.map((e) => e.uid);
    const first = uids(input);
    expect(uids({ ...input, now: new Date('2027-01-01T00:00:00Z') })).toEqual(first);
    const moved = uids({ ...input, visits: [{ ...input.visits[0]!, time: '13-15' }, input.visits[1]!] });
    expect(moved[0]).not.toBe(first[0]);
    expect(moved.slice(1)).toEqual(first.slice(1));
    const repeated = uids({ ...input, deadlines: [], visits: [input.visits[1]!, input.visits[1]!] });
    expect(new Set(repeated).size).toBe(2);
    for (const uid of first) expect(uid).toMatch(/^[0-9a-f]{16}@umgangeshandboken$/);
  });
});

describe('text and lines (RFC 5545)', () => {
  const longNote =
    'Nämnden ska särskilt överväga om det finns skäl att ansöka om överflyttning av vårdnaden. Då väger nämnden in ' +
    'barnets relation till sina föräldrar, familjehemsföräldrarnas förmåga att tillgodose barnets behov av kontakt ' +
    'med föräldrar och andra närstående; åsikter från barnet, även när de är svåra att höra, räknas också.\nNy rad: ÅÄÖ åäö.';
  const ics = buildCalendar({
    ...input,
    planTitle: 'Umgängesplan; ändrad, för Å.Ö.',
    deadlines: [{ ...deadline, note: longNote }],
    visits: [{ date: '2026-06-06', time: 'kl. 10:00-12:00', place: 'Öppna förskolan på Åsgatan, Västerås' }],
  });

  test('lines end in CRLF and are folded at 75 octets, never inside a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(ics);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
  });

  test('the reader gets back the long Swedish text, commas, semicolons and line breaks exactly', () => {
    const calendar = readWithPythonIcalendar(ics);
    expect(calendar.errors).toEqual([]);
    expect(calendar.name).toBe('Umgängesplan; ändrad, för Å.Ö. – Exemplar för: Förälder 1');
    expect(calendar.events.find((e) => e.allDay)?.description).toBe(longNote);
    expect(calendar.events.find((e) => !e.allDay)?.location).toBe('Öppna förskolan på Åsgatan, Västerås');
  });

  test('a visit or deadline on a day that does not exist is left out', () => {
    const calendar = readWithPythonIcalendar(
      buildCalendar({
        ...input,
        deadlines: [{ ...deadline, date: '2026-02-30' }],
        visits: [{ date: '2026-04-31' }, { date: '2026-05-01', place: '  ' }],
      }),
    );
    expect(calendar.events.map((e) => [e.start, e.location, e.description])).toEqual([['2026-05-01', null, null]]);
  });
});
