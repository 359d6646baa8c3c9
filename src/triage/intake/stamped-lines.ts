/** A message on one line after its stamp and its sender's label, as chat exports and logs print it. */
import { NUMERIC_DATE as DATE, DAY, TIME } from './clock.js';

/** WhatsApp on iOS: "[12/03/2025, 09:14:22] Ken Nakamura: text"; on the web and desktop, the time first: "[20:15, 11/06/2025]". */
const WHATSAPP_IOS = new RegExp(String.raw`^\[(?:${DATE},? ${TIME}|${TIME},? ${DATE})\] ([^:\n]{1,60}): ?(.*)$`, 'u');
/** WhatsApp on Android: "12/03/2025, 09:14 - Ken Nakamura: text". */
const WHATSAPP_ANDROID = new RegExp(String.raw`^${DATE},? ${TIME} [-–] ([^:\n]{1,60}): ?(.*)$`, 'u');
/** A trading or IRC log: the time, then the label, then the message ("10:41:02 Ivo Marsh, Halden & Co.: text"). */
const TIME_FIRST = new RegExp(String.raw`^${TIME} (\p{Lu}[^:\n]{1,59}): ?(.*)$`, 'u');
/** A time before a day is a note's schedule ("9am Wednesday: free all morning"), no log's speaker. */
const DAY_LABEL = new RegExp(String.raw`^${DAY}\b`, 'iu');
const timeFirst = (t: string) => {
  const line = TIME_FIRST.exec(t);
  return line?.[1] && !DAY_LABEL.test(line[1]) ? line : null;
};
export const stampedLine = (t: string) => WHATSAPP_IOS.exec(t) ?? WHATSAPP_ANDROID.exec(t) ?? timeFirst(t);

/**
 * The chat's header, the contact's name and their title as the app shows them ("Dana Obi | Staff
 * Accountant II, Audit - Leeds"): the writer's own title is screen text, not a role they ask for.
 */
export const contactHeader = (t: string, speaker: string | null) =>
  speaker !== null && t.startsWith(speaker) && /^\s+[|·•]\s+[^.!?]{1,80}$/u.test(t.slice(speaker.length));
