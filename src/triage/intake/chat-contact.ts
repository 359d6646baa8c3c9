/** The contact a chat thread is with, as its screen shows it: a stamp line, a read receipt, a saved contact's title. */

import { escapeRegex } from '../shared/phrases.js';
import { firstFilled } from '../shared/text.js';
import { DATE, DAY, SHORT_DATE_TIME, TIME } from './clock.js';
import { labelAsName, nameShaped } from './header-line.js';
import { isPresence, isScreenLine } from './screen-line.js';

/**
 * A line that is only a day, a date and a time (clock.ts's): "Sat, Apr 26 at 3:02 PM", "Yesterday 10:47 PM",
 * "9am"; a month and a day without the year before a time, as Teams dates a message ("10/27 11:40 AM").
 */
export const STAMP = new RegExp(
  String.raw`^(?:${DAY},?\s?)?(?:(?:${DATE},?\s?)?(?:at )?${TIME}|${SHORT_DATE_TIME})$`,
  'iu',
);

/** An app's name, printed under a contact's name ("iMessage") or over it ("Messenger" / "Callum Reid"). */
export const SERVICE = /^(?:imessage|text message|sms|rcs(?: message)?|messenger|signal|whatsapp|telegram)$/i;

/**
 * The thread's first two filled lines, past the app's name over the contact's ("Messenger" / "Noor Haddad"
 * / "Active 3h ago"): the contact's name is the top, and the status under it no headline of the app's name.
 */
export function threadStart(lines: readonly string[], filled: readonly number[]): readonly number[] {
  const first = filled[0];
  if (first === undefined || !SERVICE.test(lines[first]?.trim() ?? '')) return filled;
  const found: number[] = [];
  for (let k = first + 1; k < lines.length && found.length < 2; k++) if (lines[k]?.trim()) found.push(k);
  return found;
}

/**
 * A chat app's name among the thread's first lines ("Yusuf (chess club)" / "Signal"), or a workplace chat's
 * contact with their presence beside the name ("Moreau, Élise (Legal)   Busy"): the paste is that app's
 * thread, whatever its messages mention ("I saw on LinkedIn"), so no other app's page is read into it.
 */
export function namesItsApp(lines: readonly string[]): boolean {
  return firstFilled(lines).some((i) => SERVICE.test(lines[i]?.trim() ?? '') || presenceLabel(lines[i] ?? ''));
}

/** A contact's name, then wide spaces and their presence: how Teams or Skype heads a chat with them. */
function presenceLabel(line: string): boolean {
  const parts = line.trim().split(/ {2,}|\t+/);
  if (parts.length < 2 || !isPresence(parts.at(-1) ?? '')) return false;
  return nameShaped(labelAsName(parts.slice(0, -1).join(' ')));
}

/** A read receipt: "Sent 11:58 PM", "Seen", "Delivered", "Seen by Bram". */
const RECEIPT = /^(?:sent|seen|delivered|read)\b(?: by \p{Lu}[\p{L}\p{M}'’-]*)?/iu;

/**
 * Whether a name at the paste's top is the contact of a thread that ends on the app's read receipt (issue
 * 22), as Messenger or iMessage shows it even with no stamp on its messages. A name the thread greets
 * ("Hi Tomás") is the reader's, not the contact's.
 */
export function overReceipt(lines: readonly string[], top: string): boolean {
  const last = lines.findLast((l) => l.trim())?.trim() ?? '';
  const rest = last.replace(RECEIPT, '');
  if (rest === last || !(isScreenLine(last) || !rest.trim())) return false;
  const first = escapeRegex(top.split(/\s+/)[0] ?? '');
  const greets = new RegExp(
    `^(?:hi|hello|hey|dear|yo|hiya|good (?:morning|afternoon|evening))[\\s,]+${first}(?!\\p{L})`,
    'iu',
  );
  return !lines.some((l) => greets.test(l.trim()));
}

/** A title a contact is saved with ("Uncle Des", "Mrs Ngozi Eze"): no part of the name. */
export const CONTACT_TITLE =
  /^(?:mr|mrs|ms|dr|uncle|aunt|auntie|aunty|tita|tito|tia|tio|cousin|grandma|grandpa|nana)\.?\s+/i;

/**
 * The thread's contact at the top ("Auntie Rose Kahananui") is the speaker labelled by their first name
 * alone ("Rose sent …"): the contact's full name, without the family title it is saved with.
 */
export function fullerContact(speaker: string | null, top: string | null): string | null {
  const words = top?.replace(CONTACT_TITLE, '').split(/\s+/) ?? [];
  const same = speaker && !speaker.includes(' ') && words.length > 1 && words[0] === speaker;
  return same ? words.join(' ') : speaker;
}

/**
 * A contact saved with a note of where the referrer knows them ("Sasha dive club", "Marek gym"): the name,
 * then words in lower case. It stands for a contact only at the thread's top, over the first message's stamp,
 * since a first line of prose over a stamp is rare and a name with lower-case words after it is no label elsewhere.
 */
const NOTED = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?: \p{Ll}[\p{Ll}\p{M}'’-]*){1,3}$/u;

/** The name of a contact saved with a note, when line i is one at the thread's top; else null. */
export function notedContact(lines: readonly string[], i: number): string | null {
  const filled = threadStart(lines, firstFilled(lines));
  if (filled[0] !== i || filled[1] === undefined || !STAMP.test(lines[filled[1]]?.trim() ?? '')) return null;
  const name = NOTED.exec(lines[i]?.trim() ?? '')?.[1];
  return name && nameShaped(name.replace(CONTACT_TITLE, '')) ? name : null;
}
