import { execFileSync } from 'node:child_process';

/** An event as Python's icalendar reads it: dates as ISO text, `allDay` when DTSTART is a DATE. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  start: string;
  end: string | null;
  allDay: boolean;
  /** The time zone of a timed DTSTART; null for a floating time. */
  tz: string | null;
  stamp: string;
}

export interface ReadCalendar {
  prodid: string;
  name: string | null;
  calname: string | null;
  events: ReadEvent[];
  /** Lines the reader could not make sense of. */
  errors: string[];
}

const reader = String.raw`
import datetime, icalendar, json, sys
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read().decode('utf-8'))
def text(component, key):
    value = component.get(key)
    return None if value is None else str(value)
def iso(value):
    return None if value is None else value.dt.isoformat()
events = []
errors = [str(e) for e in getattr(cal, 'errors', [])]
for ev in cal.walk('VEVENT'):
    errors += [str(e) for e in getattr(ev, 'errors', [])]
    start = ev.get('dtstart').dt
    timed = isinstance(start, datetime.datetime)
    events.append({
        'uid': text(ev, 'uid'), 'summary': text(ev, 'summary'), 'description': text(ev, 'description'),
        'location': text(ev, 'location'), 'start': start.isoformat(), 'end': iso(ev.get('dtend')),
        'allDay': not timed, 'tz': str(start.tzinfo) if timed and start.tzinfo else None, 'stamp': iso(ev.get('dtstamp')),
    })
print(json.dumps({'prodid': text(cal, 'prodid'), 'name': text(cal, 'name'), 'calname': text(cal, 'x-wr-calname'),
                  'events': events, 'errors': errors}))
`;

/** Reads iCalendar text with Python's icalendar package, a reader we did not write. */
export function readWithPythonIcalendar(ics: string): ReadCalendar {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', reader], { input: ics, encoding: 'utf8' })) as ReadCalendar;
}
