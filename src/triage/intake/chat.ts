/**
 * Chat transcripts from any app: stamps, contact labels and screen lines go, noise lines ("<Media
 * omitted>") too; the first contact label is kept as a clue to who wrote.
 */
import { APP_SECTIONS, CHAT_NOISE, MESSENGER_SCREEN } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { findFrom, firstFilled } from '../shared/text.js';
import {
  CONTACT_TITLE,
  fullerContact,
  notedContact,
  overReceipt,
  SERVICE,
  STAMP,
  threadStart,
} from './chat-contact.js';
import { DAY, NUMERIC_DATE } from './clock.js';
import { stampLine } from './furniture.js';
import { cardOverLabel, labelAsName, nameShaped, stampedHeader } from './header-line.js';
import { inlineLabel, inlineLabels } from './inline-labels.js';
import { isScreenLine } from './screen-line.js';
import { contactHeader, stampedLine } from './stamped-lines.js';

// WhatsApp's forward mark may carry its arrow: "↪ Forwarded".
const NOISE = new RegExp(`^[\\s\u200e↪➦→]*${alternation(CHAT_NOISE)}[\\s\u200e]*$`, 'iu');
const MESSENGER = new RegExp(`^${alternation(MESSENGER_SCREEN)}$`, 'iu');
/** Signal and Messenger print the contact's full name alone over each run of messages. */
const BARE_LABEL = /^\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){1,3}$/u;
/** A contact as saved at a thread's top: a name, perhaps with a note in parentheses ("Gloria (next door)"). */
const BARE_TOP = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?: \([^()\n]{1,30}\))?$/u;
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
const DAY_WORD = new RegExp(`^(?:${DAY}|${NUMERIC_DATE})$`, 'iu');
const PHONE = /^\+?[\d\s()-]+$/;
const APP_SECTION = new RegExp(APP_SECTIONS, 'i');

/** A headline under a contact's name, as a phone app shows it: a short title, each word capitalized ("Line Cook"). */
const HEADLINE = /^\p{Lu}[\p{L}\p{M}'’&-]*(?: (?:\p{Lu}[\p{L}\p{M}'’&.-]*|at|of|and|&|[|·•])){0,6}$/u;

/** The headline under the thread's contact at the top, in a thread that has a stamp line: screen text. */
function headlineUnderTop(lines: readonly string[], i: number): boolean {
  const filled = threadStart(lines, firstFilled(lines));
  const top = filled[0];
  return (
    filled[1] === i &&
    top !== undefined &&
    BARE_TOP.test(lines[top]?.trim() ?? '') &&
    !/[.!?,]$/.test(lines[top]?.trim() ?? '') &&
    HEADLINE.test(lines[i]?.trim() ?? '') &&
    lines.slice(i + 1).some((l) => STAMP.test(l.trim()))
  );
}

/** An SMS thread's contact: the paste's first line, over the first message's stamp ("Uncle Bayo" / "Sat 9:02 PM"). */
function threadTop(lines: readonly string[], i: number): boolean {
  const filled = threadStart(lines, firstFilled(lines));
  const next = filled[1];
  // Over the list's name ("Chats", "Messages") stands the app's own name, no contact.
  if (next !== undefined && APP_SECTION.test(lines[next]?.trim() ?? '')) return false;
  // A phone app's contact over their headline, the message's stamp below ("Kai" / "Line Cook" / … / "1:02 AM").
  if (filled[0] === i && next !== undefined && headlineUnderTop(lines, next)) return true;
  return (
    filled[0] === i &&
    next !== undefined &&
    // Over the first stamp, or over the contact's status ("Active 2h ago"); Signal's full name over
    // messages that each end on their own time ("Tue 10:14").
    (STAMP.test(lines[next]?.trim() ?? '') ||
      /^(?:active|last seen|online)\b/i.test(lines[next]?.trim() ?? '') ||
      SERVICE.test(lines[next]?.trim() ?? '') ||
      (BARE_LABEL.test(lines[i]?.trim() ?? '') &&
        (lines.some((l) => STAMP.test(l.trim())) || overReceipt(lines, lines[i]?.trim() ?? ''))) ||
      stampedScreenUnder(lines, i + 1)) &&
    !/[.!?,]$/.test(lines[i] ?? '')
  );
}

/** Under a name at the paste's top, the app's screen lines, one of them a stamp ("@handle", a date), then text. */
function stampedScreenUnder(lines: readonly string[], from: number): boolean {
  let stamped = false;
  for (const line of lines.slice(from)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (!isScreenLine(trimmed)) return stamped && /\p{L}{2,}/u.test(trimmed);
    stamped ||= stampLine(trimmed);
  }
  return false;
}

/** WhatsApp's own stamps on two lines: a transcript, whatever its messages mention ("on your LinkedIn"). */
export const stampedChat = (lines: readonly string[]) => lines.filter((l) => stampedLine(l.trim())).length >= 2;

/**
 * A bare name over messages counts as a label only when it comes back: one alone may be a signature.
 * A label over a stamp line of its own ("Reyes-Villanueva, Tina (Paralegals)" / "Monday 3:36 PM") is one.
 */
function bareLabels(lines: readonly string[]): Set<string> {
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
  if (NOISE.test(trimmed) || STAMP.test(trimmed)) return undefined;
  const stamped = stampedLine(trimmed);
  if (stamped?.[1]) return { label: stamped[1], message: stamped[2] ?? '' };
  const unstamped = inlineLabel(trimmed, inline);
  if (unstamped) return unstamped;
  // Any app's label with its stamp ("[9:14 AM] Nakamura, Ken (Finance)", "Rose sent Today at 8:14 PM"): header-line.ts.
  const label = contactLabel(trimmed) ?? (bare.has(trimmed) ? trimmed : stampedHeader(trimmed)?.label);
  return label ? { label, message: '' } : undefined;
}

/**
 * Who writes the thread: the contact with the most lines of message, not the first label, which may
 * be a group's name over "X added Y" or the referrer answering; the referrer's own side ("You") never.
 * `speakers` says how many contacts speak.
 */
export function mainSpeaker(lines: readonly string[]): { name: string | null; speakers: number } {
  const bare = bareLabels(lines);
  const inline = inlineLabels(lines);
  const counts = new Map<string, number>();
  let current: string | null = null;
  for (const line of lines) {
    const trimmed = line.trim();
    const found = labelOf(trimmed, bare, inline);
    if (!found) {
      if (current && trimmed) counts.set(current, (counts.get(current) ?? 0) + 1);
      continue;
    }
    const { label, message } = found;
    const own = OWN_SIDE.test(label) || PHONE.test(label) || DAY_WORD.test(label);
    current = own ? null : labelAsName(label);
    if (current) counts.set(current, (counts.get(current) ?? 0) + (message.trim() ? 1 : 0));
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return { name: best?.[0] ?? null, speakers: counts.size };
}

/** A header line marks a speaker when message text comes under it, past the app's screen lines. */
function overText(lines: readonly string[], i: number): boolean {
  const next = findFrom(lines, i + 1, (l) => l.trim() && !isScreenLine(l));
  return next !== undefined && !stampedHeader(next) && !/^\s*>/.test(next) && /\p{L}{2,}/u.test(next);
}

/** Whether the paste is a chat transcript: two timestamped lines, or a chat's noise line. */
export function looksLikeChat(lines: readonly string[]): boolean {
  const stamped = lines.filter((l) => stampedLine(l.trim())).length;
  const labels = lines.filter((l, i) => stampedHeader(l) && overText(lines, i) && !NOISE.test(l.trim())).length;
  // A contact's name alone at the top, over a stamp, a status or the app's name ("Dev Malhotra" / "Signal").
  const top = lines.some(
    (l, i) => l.trim().length <= 60 && ((BARE_TOP.test(l.trim()) && threadTop(lines, i)) || notedContact(lines, i)),
  );
  return (
    stamped >= 1 ||
    labels >= 1 ||
    top ||
    bareLabels(lines).size > 0 ||
    lines.some((l) => NOISE.test(l) && l.trim().length > 3)
  );
}

/** A chat message is a sentence of its own: one that ends on a word gets its period. */
const asSentence = (message: string) => (/[\p{L}\p{N}]$/u.test(message.trim()) ? `${message.trim()}.` : message);

/** The transcript's own words, each message on its line, with the first sender's label. */
export function readChat(lines: readonly string[]): { lines: string[]; sender: string | null } {
  const kept: string[] = [];
  let sender: string | null = null;
  let top: string | null = null;
  // Under a stamp line ("Today 11:02 PM") each line is a message of its own.
  let underStamp = false;
  const bare = bareLabels(lines);
  const inline = inlineLabels(lines);
  const speaker = mainSpeaker(lines).name;
  const last = lines.findLastIndex((l) => l.trim());
  const note = (label: string | undefined) => {
    if (label && !sender && !PHONE.test(label) && !DAY_WORD.test(label)) sender = labelAsName(label);
  };
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    // The thread's contact above "iMessage" or "Text Message", and a stamp line, are screen text.
    const noted = notedContact(lines, i);
    if (trimmed.length <= 60 && (SERVICE.test(lines[i + 1]?.trim() ?? '') || threadTop(lines, i) || noted)) {
      note(noted ?? trimmed);
      top = trimmed;
      continue;
    }
    if (headlineUnderTop(lines, i) || contactHeader(trimmed, speaker) || cardOverLabel(lines, i)) continue;
    if (STAMP.test(trimmed)) {
      underStamp = true;
      continue;
    }
    const stamped = stampedLine(trimmed);
    const said = stamped ? { label: stamped[1], message: stamped[2] } : inlineLabel(trimmed, inline);
    if (said) {
      note(said.label);
      if (said.message && !NOISE.test(said.message)) kept.push(asSentence(said.message));
      continue;
    }
    // A read receipt ("Read 9:40 PM") is shaped like a label and a time, and is screen text.
    // The compose box names the thread's contact: "Type a message to Chukwuemeka Obi".
    const screen = isScreenLine(top ? trimmed.replace(top, '') : trimmed);
    if (NOISE.test(trimmed) || MESSENGER.test(trimmed) || screen) continue;
    // A name and a stamp on the thread's last line, no message under it, sign the one above ("Fola (Kim's wife) 21:42").
    const header = i === last ? undefined : stampedHeader(trimmed)?.label;
    const label = CONTACT_LINE.exec(trimmed)?.[1] ?? UNSAVED_CONTACT.exec(trimmed)?.[1] ?? header;
    if (label || bare.has(trimmed)) {
      note(label ?? trimmed);
      continue;
    }
    if (NOISE.test(trimmed)) continue;
    kept.push((sender || underStamp) && trimmed ? asSentence(line) : line);
  }
  return { lines: kept, sender: fullerContact(speaker, top) ?? sender };
}
