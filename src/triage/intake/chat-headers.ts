/**
 * Who speaks in a chat transcript: the lines that label a speaker, in any of the transcript shapes (a
 * contact alone before the message, a stamped export line, an app's header with its stamp), and the
 * contact who writes the thread.
 */

import { findFrom } from '../shared/text.js';
import { CONTACT_TITLE, STAMP } from './chat-contact.js';
import { chatNoise } from './chat-noise.js';
import { DATE, DAY, NUMERIC_DATE, TIME } from './clock.js';
import { labelAsName, nameShaped, stampedHeader } from './header-line.js';
import { inlineLabel, inlineLabels } from './inline-labels.js';
import { isScreenLine } from './screen-line.js';
import { stampedLine } from './stamped-lines.js';

/** Signal and Messenger print the contact's full name alone over each run of messages. */
export const BARE_LABEL = /^\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;
/** The referrer's own side of a thread, as the app labels it. */
const OWN_SIDE = /^(?:you|me)$/i;
/** SMS and iMessage: a contact label alone on a line before the message ("Ken Nakamura:", "Maybe: Ken"). */
const CONTACT_LINE = /^(?:~\s?)?((?:maybe: )?[\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,3}):$/u;
/** A contact label alone before its message; a heading over a list ("Highlights:", "Key points:") is no person's. */
const contactLabel = (line: string) => {
  const label = CONTACT_LINE.exec(line)?.[1];
  return label && nameShaped(labelAsName(label.replace(/^~\s?/, '')).replace(CONTACT_TITLE, '')) ? label : undefined;
};
/** WhatsApp marks a group member not in the contacts with a tilde, alone on the line: "~ Priyamvada". */
const UNSAVED_CONTACT = /^~\s?([\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,3})$/u;

/** A label that is a day, no person: "Yesterday", "12/03/2025". */
export const DAY_WORD = new RegExp(`^(?:${DAY}|${NUMERIC_DATE})$`, 'iu');
export const PHONE = /^\+?[\d\s()-]+$/;

/**
 * Discord's header over a run of messages: a username, a dash, the day or date and the time ("quietfox —
 * Today at 21:14", "quietfox — 03/02/2025 9:14 PM"). The shape alone marks a speaker, so the username may be
 * any handle ("quietfox", "Mira_Ops") though the name rules read none of them as a name.
 */
const DISCORD_HEADER = new RegExp(
  String.raw`^([\p{L}\p{N}_.]{2,32}) [—–-] (?:${DAY} at ${TIME}|${DATE},? ${TIME})$`,
  'iu',
);

/** The speaker a header line names: any app's name with its stamp (header-line.ts), or Discord's handle. */
export const speakerHeader = (line: string): string | undefined =>
  stampedHeader(line)?.label ?? DISCORD_HEADER.exec(line.trim())?.[1];

/**
 * A bare name over messages counts as a label only when it comes back: one alone may be a signature.
 * A label over a stamp line of its own ("Reyes-Villanueva, Tina (Paralegals)" / "Monday 3:36 PM") is one.
 */
export function bareLabels(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) if (BARE_LABEL.test(l.trim())) seen.set(l.trim(), (seen.get(l.trim()) ?? 0) + 1);
  const stacked = lines.filter((_, i) => overStamp(lines, i)).map((l) => l.trim());
  return new Set([...[...seen].filter(([, n]) => n >= 2).map(([label]) => label), ...stacked]);
}

/** A name line, the next line a stamp alone, message text under it. */
function overStamp(lines: readonly string[], i: number): boolean {
  const line = lines[i]?.trim() ?? '';
  if (!line || line.length > 80) return false;
  let next = i + 1;
  // A presence under the name ("Away", "In a meeting") is the app's, as the stamp is.
  const status = (l: string) => !l || (!STAMP.test(l) && l.length <= 40 && isScreenLine(l));
  while (next < lines.length && status(lines[next]?.trim() ?? '')) next++;
  // The stamp under it first: most lines have none, and the name and screen tests cost more.
  if (!STAMP.test(lines[next]?.trim() ?? '')) return false;
  return nameShaped(labelAsName(line)) && !isScreenLine(line) && overText(lines, next);
}

/** A line's contact label, in any of the transcript shapes, with the message on its line (WhatsApp's), if any. */
function labelOf(
  trimmed: string,
  bare: ReadonlySet<string>,
  inline: ReadonlySet<string> = new Set(),
): { label: string; message: string } | undefined {
  // A stamp alone ("Sat 9:02 PM") is shaped like a label and a time: it names no one.
  if (chatNoise(trimmed) || STAMP.test(trimmed)) return undefined;
  const stamped = stampedLine(trimmed);
  if (stamped?.[1]) return { label: stamped[1], message: stamped[2] ?? '' };
  const unstamped = inlineLabel(trimmed, inline);
  if (unstamped) return unstamped;
  // Any app's label with its stamp ("[9:14 AM] Nakamura, Ken (Finance)", "Rose sent Today at 8:14 PM"): header-line.ts.
  const label = contactLabel(trimmed) ?? (bare.has(trimmed) ? trimmed : speakerHeader(trimmed));
  return label ? { label, message: '' } : undefined;
}

/** How much a message says: a line with a word counts, an emoji or the app's noise ("<Media omitted>") does not. */
const said = (message: string) => (chatNoise(message) || !/\p{L}{2,}/u.test(message) ? 0 : 1);

/**
 * Who writes the thread: the contact who says most (lines with words, then letters), not the first label,
 * which may be a group's name over "X added Y" or the referrer answering; the referrer's own side ("You")
 * never. A member shown only by their number is a speaker too, with no name: `key` is their number, `name`
 * null. `speakers` says how many contacts speak.
 */
export function mainSpeaker(lines: readonly string[]): { name: string | null; key: string | null; speakers: number } {
  const bare = bareLabels(lines);
  const inline = inlineLabels(lines);
  const counts = new Map<string, [number, number]>();
  const add = (who: string, message: string) => {
    const [saying, letters] = counts.get(who) ?? [0, 0];
    counts.set(who, [saying + said(message), letters + (message.match(/\p{L}/gu)?.length ?? 0)]);
  };
  let current: string | null = null;
  for (const line of lines) {
    const trimmed = line.trim();
    const found = labelOf(trimmed, bare, inline);
    if (!found) {
      if (current && trimmed) add(current, trimmed);
      continue;
    }
    current = OWN_SIDE.test(found.label) ? null : speakerKey(found.label);
    if (current) add(current, found.message.trim());
  }
  let best: [string, [number, number]] | null = null;
  for (const entry of counts) if (!best || outsays(entry[1], best[1])) best = entry;
  const key = best?.[0] ?? null;
  return { name: key && !PHONE.test(key) ? key : null, key, speakers: counts.size };
}

const outsays = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/** Who a label stands for: a contact's name, a member's number as shown; a day, no one. */
export function speakerKey(label: string | undefined): string | null {
  if (!label || DAY_WORD.test(label)) return null;
  return PHONE.test(label) ? label.trim() : labelAsName(label);
}

/** A header line marks a speaker when message text comes under it, past the app's screen lines. */
export function overText(lines: readonly string[], i: number): boolean {
  const next = findFrom(lines, i + 1, (l) => l.trim() && !isScreenLine(l));
  return next !== undefined && !speakerHeader(next) && !/^\s*>/.test(next) && /\p{L}{2,}/u.test(next);
}

/**
 * The label a line alone gives in the transcript's body ("Ken Nakamura:", "~ Priyamvada", an app's header);
 * a name and a stamp on the thread's last line, no message under it, sign the one above ("Fola (Kim's wife) 21:42").
 * Discord's header is never a signature: on the last line, it is someone opening the thread with nothing sent yet.
 */
export function labelLine(trimmed: string, last: boolean, bare: ReadonlySet<string>): string | undefined {
  const header = DISCORD_HEADER.exec(trimmed)?.[1] ?? (last ? undefined : stampedHeader(trimmed)?.label);
  const label = CONTACT_LINE.exec(trimmed)?.[1] ?? UNSAVED_CONTACT.exec(trimmed)?.[1] ?? header;
  return label ?? (bare.has(trimmed) ? trimmed : undefined);
}

/**
 * The note ends with its writer's last message: what other members or the referrer answer after it ("Good
 * luck!", "You: sure, send it over") replies to the note and is no part of it, as a sign-off above it shows.
 * Lines of no known speaker (a phone number's, an unlabelled thread's) are the writer's, for all that says.
 */
export function withoutLaterReplies(kept: string[], by: readonly (string | null)[], writer: string | null): string[] {
  if (!writer) return kept;
  let end = kept.length;
  const other = (k: number) => !kept[k]?.trim() || (by[k] !== null && by[k] !== writer);
  while (end > 0 && other(end - 1)) end--;
  const replies = kept.slice(end);
  return end > 0 && by[end - 1] === writer && replies.some((l) => l.trim()) ? kept.slice(0, end) : kept;
}
