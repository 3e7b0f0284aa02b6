/**
 * The visitation plan's calendar file (iCalendar, RFC 5545): the visits and the deadlines of one
 * recipient's copy. Built in the browser from what that copy holds, and nothing more.
 *
 * The output is deterministic: event UIDs come from the events' content and DTSTAMP is the caller's
 * `now`, so the same input gives the same bytes. Visit times are floating local times (no time zone):
 * a plan written in Sweden means the clock on the wall where the visit happens.
 */
import ical, { type ICalEventData } from 'ical-generator';
import type { Deadline } from './deadlines.ts';
import { parseClockRange, type ClockTime } from './clock-range.ts';
import { contentHash } from './content-hash.ts';
import { parseIsoDate, type CalendarDate } from './iso-date.ts';

export interface CalendarVisit {
  /** A stable name for the visit in its plan, e.g. its table row: the same visit keeps its UID when it moves. */
  key?: string;
  date: string;
  time?: string;
  place?: string;
  staff?: string;
}

export interface CalendarInput {
  planTitle: string;
  copyFor: string;
  visits: CalendarVisit[];
  deadlines: Deadline[];
  now: Date;
  /** The visits' summary, e.g. "Umgänge med mamma". Default "Umgänge". */
  visitTitle?: string;
  /** A line added to every visit's description, e.g. when the parent arrives. */
  visitNote?: string;
  /**
   * A stable name for the plan and copy (e.g. case and copy). With it, events get UIDs from their keys, not their
   * content, so a reader replaces a moved visit instead of keeping both; `sequence` then tells which file is newer.
   */
  key?: string;
  sequence?: number;
}

const uidDomain = 'umgangeshandboken';

function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/*
 * ical-generator writes a native Date in UTC for all-day and floating values, so the date's own
 * numbers go in as UTC and come out unchanged, whatever the time zone of the machine.
 */
function utcDate({ year, month, day }: CalendarDate, time: ClockTime = { hour: 0, minute: 0 }): Date {
  const date = new Date(Date.UTC(2000, month - 1, day, time.hour, time.minute));
  date.setUTCFullYear(year);
  return date;
}

function nextDay(date: Date): Date {
  return new Date(date.getTime() + 24 * 60 * 60 * 1000);
}

function allDay(date: CalendarDate): Pick<ICalEventData, 'allDay' | 'start' | 'end'> {
  const start = utcDate(date);
  // DTEND is exclusive: a one-day event ends at the start of the next day.
  return { allDay: true, start, end: nextDay(start) };
}

function deadlineEvent(deadline: Deadline): Keyed | undefined {
  const date = parseIsoDate(deadline.date);
  if (!date) return undefined;
  return { key: `frist:${deadline.id}`, event: { ...allDay(date), summary: deadline.title, description: deadline.note } };
}

interface Keyed {
  key?: string;
  event: ICalEventData;
}

function visitEvent(visit: CalendarVisit, title: string, note: string | undefined): Keyed | undefined {
  const date = parseIsoDate(visit.date);
  if (!date) return undefined;
  const time = present(visit.time);
  const staff = present(visit.staff);
  const place = present(visit.place);
  const range = time === undefined ? undefined : parseClockRange(time);
  const lines = [range || time === undefined ? undefined : `Tid: ${time}`, staff && `Umgängespersonal: ${staff}`, present(note)];
  const description = lines.filter((line) => line !== undefined).join('\n');
  const event: ICalEventData = {
    ...(range ? { start: utcDate(date, range.start), end: utcDate(date, range.end), floating: true } : allDay(date)),
    summary: title,
    ...(place && { location: place }),
    ...(description && { description }),
  };
  return { key: visit.key && `umgange:${visit.key}`, event };
}

/** NAME and X-WR-CALNAME are TEXT values, which ical-generator writes as given. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

function sortKey(event: ICalEventData): number {
  return (event.start as Date).getTime();
}

/** The calendar as iCalendar text, with CRLF line ends (the last line's too) and lines folded at 75 octets. */
export function buildCalendar(input: CalendarInput): string {
  const title = present(input.visitTitle) ?? 'Umgänge';
  const events = [...input.deadlines.map(deadlineEvent), ...input.visits.map((visit) => visitEvent(visit, title, input.visitNote))].filter(
    (event) => event !== undefined,
  );
  // Stable sort: events that start together keep the order deadlines first, then visits as given.
  events.sort((a, b) => sortKey(a.event) - sortKey(b.event));

  const calendar = ical({
    prodId: { company: 'Umgängeshandboken', product: 'Umgängesplan', language: 'SV' },
    name: escapeText(`${input.planTitle} – Exemplar för: ${input.copyFor}`),
  });
  const seen = new Map<string, number>();
  for (const { key, event } of events) {
    const content = input.key && key ? JSON.stringify([input.key, key]) : JSON.stringify([input.planTitle, input.copyFor, event]);
    // Two identical events (the same visit written twice) still need different UIDs.
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    calendar.createEvent({
      ...event,
      id: `${contentHash(`${content}#${occurrence}`)}@${uidDomain}`,
      stamp: input.now,
      ...(input.sequence !== undefined && { sequence: input.sequence }),
    });
  }
  // RFC 5545 ends every content line with CRLF; ical-generator leaves it off END:VCALENDAR.
  return `${calendar.toString()}\r\n`;
}
