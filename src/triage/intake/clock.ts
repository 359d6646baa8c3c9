/**
 * How a time and a date look, the one place the intake says so (issue 22): the furniture at a line's
 * ends (furniture.ts), a chat's stamp line (chat.ts) and an export's stamped message (stamped-lines.ts)
 * are all built from these. Each is a group, safe to embed. TIME and NUMERIC_DATE spell their letters in
 * both cases and read the same with or without the `i` flag; the words (MONTH, WEEKDAY, DAY) want `i`.
 */

/** "PM", "pm", "p.m.", "P M". */
const MERIDIEM = String.raw`[AaPp]\.?\s?[Mm]\.?`;
/** "21:04", "9:02 PM", "10.41.02", "10h30", "9am", "9 p.m.". */
export const TIME = String.raw`(?:\d{1,2}[:.hH]\s?\d{2}(?:[:.]\d{2})?(?:\s?${MERIDIEM})?|\d{1,2}\s?${MERIDIEM})`;
/** "14.03.26", "3/14/26", "2025-03-14". */
export const NUMERIC_DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?`;
export const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?`;
/** A date in numbers or with its month's name: "14.03.26", "3rd March 2025", "Mar 15, 2025", "March 2019". */
export const DATE = `(?:${[
  NUMERIC_DATE,
  String.raw`\d{1,2}(?:st|nd|rd|th)?[ -]${MONTH}(?:,?[ -]\d{2,4})?`,
  String.raw`${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?`,
  String.raw`${MONTH} \d{4}`,
].join('|')})`;
/**
 * A month and a day without the year, as a chat's label dates a message ("3/5 7:12 AM"): a date only with
 * its time after it, as "24/7" or "50/50" alone is none.
 */
export const SHORT_DATE_TIME = String.raw`(?<![\d/.-])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]),?\s+${TIME}`;
/** A day by its word: "today", "Yesterday", "Tues.", "SATURDAY". */
export const DAY = `(?:today|yesterday|${WEEKDAY})`;
