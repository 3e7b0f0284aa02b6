/**
 * Reads the time of a visit as a clock range, the way people write it in a plan: "10–12", "10-12",
 * "10.00–12.30", "kl. 10:00-12:00". Anything else (for example "eftermiddag" or "efter skolan") is not a
 * range, and the caller keeps it as text.
 */

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface ClockRange {
  start: ClockTime;
  end: ClockTime;
}

const time = String.raw`(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?`;
const rangePattern = new RegExp(String.raw`^\s*${time}\s*[-–—]\s*${time}\s*$`, 'i');

function clockTime(hour: string | undefined, minute: string | undefined): ClockTime | undefined {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  return h <= 23 && m <= 59 ? { hour: h, minute: m } : undefined;
}

const minutes = ({ hour, minute }: ClockTime) => hour * 60 + minute;

/** The range, or undefined when the text is not a clock range that ends after it starts on the same day. */
export function parseClockRange(text: string): ClockRange | undefined {
  const match = rangePattern.exec(text);
  if (!match) return undefined;
  const start = clockTime(match[1], match[2]);
  const end = clockTime(match[3], match[4]);
  if (!start || !end || minutes(end) <= minutes(start)) return undefined;
  return { start, end };
}
