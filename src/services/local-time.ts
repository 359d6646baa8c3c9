/**
 * The referrer's own clock, from their Slack time zone: reminders arrive in their daytime, and "one
 * a day" means one on their calendar day.
 */

/** Reminders arrive from this hour (inclusive) to DAY_END (exclusive), in the referrer's time. */
export const DAY_START = 9;
export const DAY_END = 18;

export interface LocalTime {
  /** YYYY-MM-DD on the referrer's calendar. */
  date: string;
  hour: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** A time zone Node knows ("Europe/Berlin"); anything else (missing, misspelt) falls back to UTC. */
export function knownTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    formatFor(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

export const isDaytime = ({ hour }: LocalTime): boolean => hour >= DAY_START && hour < DAY_END;

const HOUR_MS = 3_600_000;

/**
 * The next moment at or after `from` that is daytime for the referrer and, when `notOn` is given,
 * on a later local date than it: the start of their next working morning. Steps an hour at a time
 * from the top of the hour, so offsets and daylight-saving changes need no arithmetic of our own.
 */
export function nextDaytime(from: Date, timeZone: string, notOn?: string): Date {
  let at = new Date(Math.ceil(from.getTime() / HOUR_MS) * HOUR_MS);
  for (let i = 0; i < 72; i++) {
    const local = localTime(at, timeZone);
    if (isDaytime(local) && (!notOn || local.date > notOn)) return at;
    at = new Date(at.getTime() + HOUR_MS);
  }
  return at;
}
