/**
 * An app's screen at the edges of a paste (issue 22), whatever the app: above the first line of message
 * text, the app's name, "Messages", the contact's name, their headline and a stamp ("Handshake" /
 * "Messages" / "Marisa Delgado" / "Mar 5, 2025 at 1:30 PM"); under the last, receipts and buttons
 * ("Seen", "Type a message", "Aa"). The contact named over a stamp is a clue to who wrote; the screen
 * lines go.
 */

import { appTitle } from './from-meta.js';
import { stampLine } from './furniture.js';
import { headerLine, labelAsName, nameShaped } from './header-line.js';
import { HANDLE, profileName } from './profile-line.js';
import { isScreenLine, labelRow } from './screen-line.js';

/** A headline in title case ("Employment Litigation Associate at Barrow & Finch LLP"): each word with its capital but the small ones. */
const titleCase = (words: readonly string[]) =>
  words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.filter((w) => /\p{L}{4,}/u.test(w)).length &&
  words.every((w) => /^[\p{Lu}&\d]/u.test(w) || /^(?:at|of|and|for|in|the|a|an|to|on|with)$/.test(w));

/** A given name or two and a surname's initial: "Dinesh K.", "Ana Maria L.". */
const INITIALLED = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)? \p{Lu}\.$/u;

/** A line of message text: a sentence's end, or many words run on with no separators between them, not a headline. */
function prose(line: string): boolean {
  const trimmed = line.trim();
  // "Dinesh K.": a name with its surname's initial ends on a dot, not a sentence.
  if (isScreenLine(trimmed) || (INITIALLED.test(trimmed) && nameShaped(trimmed))) return false;
  const words = trimmed.split(/\s+/);
  return /[.!?,:;)"”]$/u.test(trimmed) || (words.length >= 8 && !/[·•|]/.test(trimmed) && !titleCase(words));
}

/** A profile's display-name line, `above` the filled line over it: screen lines are no profile's. */
const dotted = (line: string, above?: string) => (isScreenLine(line.trim()) ? null : profileName(line, above));

/** The filled line over each line of the top: what a display-name line may have above it (a handle). */
const aboveEach = (top: readonly string[]) => top.map((_, i) => top.slice(0, i).findLast((l) => l.trim()) ?? '');

/** The contact's name on a line of its own, or with only furniture around it; an emoji beside it ("Marta R ✈️") is the profile's. */
function contactOn(line: string): string | null {
  const trimmed = line.replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, '').trim();
  if (!trimmed || isScreenLine(trimmed)) return null;
  // One word alone is as likely the app's name ("Handshake", "Blind") as the contact's.
  if (nameShaped(trimmed)) return /\s/.test(trimmed) ? trimmed : null;
  const header = headerLine(trimmed);
  return header && !header.kinds.has('address') ? labelAsName(header.label) : null;
}

/** A screen line an app prints, not a phone or an address alone (a signature's). */
const appLine = (line: string) => isScreenLine(line) && (stampLine(line) || !/^[\d\s+().@-]/.test(line.trim()));

/**
 * A top an app printed though it holds no stamp: a handle alone, an interface line ("View profile"), or
 * the same name twice (a contact card over its label), an app's title; nobody writes their name twice over a note.
 */
function appTop(top: readonly string[]): boolean {
  const above = aboveEach(top);
  const names = top.map((l, i) => contactOn(l) ?? dotted(l, above[i])).filter((n): n is string => n !== null);
  const twice = names.some((n, i) => names.indexOf(n) !== i);
  // An app's title ("ZipHire · Messages") heads its screen as a stamp does.
  return twice || top.some((l) => HANDLE.test(l.trim()) || appLine(l) || appTitle(l));
}

/** Header kinds that mark a top as an app's: a header word ("Active now"), a handle beside the name. */
const appKinds = (kinds: ReadonlySet<string> | undefined) =>
  kinds !== undefined && (kinds.has('word') || kinds.has('handle'));

/** Where the app's screen lines under the last line of text start. */
function bottomEnd(lines: readonly string[], first: number): number {
  let end = lines.length;
  while (end > first && (!lines[end - 1]?.trim() || appLine(lines[end - 1] as string))) end--;
  return end;
}

/**
 * Under a top with no stamp, a chat's last message may still end on its stamp and the app's buttons
 * ("9:02 AM" / "Block   Report   Add to contacts"): both go, so the sign-off above them ends the note. A
 * row of the app's buttons alone ("Allow   Remove   Report") marks the screen as well as a stamp.
 */
function withoutButtonBar(lines: readonly string[], first: number): string[] {
  const end = bottomEnd(lines, first);
  const below = lines.slice(end).filter((l) => l.trim());
  const stamped = below.some((l) => stampLine(l.trim())) && below.some((l) => !stampLine(l.trim()));
  const bar = stamped || below.some((l) => labelRow(l) && isScreenLine(l));
  return bar ? lines.slice(0, end) : [...lines];
}

/**
 * The paste without the app's screen lines above its first line of text and under its last, and the
 * contact named above a stamp there. Nothing changes when the top holds no stamp: a subject or a title
 * line alone is no app's screen.
 */
export function readScreenEdges(lines: readonly string[]): { lines: string[]; contact: string | null } {
  const first = lines.findIndex(prose);
  if (first <= 0) return { lines: first < 0 ? [...lines] : withoutButtonBar(lines, first), contact: null };
  const top = lines.slice(0, first);
  // A handle beside a name ("Dario Conti @dconti") is the app's as much as a header word.
  const stamped = top.some((l) => stampLine(l.trim()) || appKinds(headerLine(l)?.kinds)) || appTop(top);
  const above = aboveEach(top);
  const found = (read: (line: string, above?: string) => string | null) =>
    stamped ? top.map((l, i) => read(l, above[i])).filter((n): n is string => n !== null) : [];
  // A name alone outranks one before a middle dot, which may be a headline ("Warehouse Lead · Reno, NV").
  const contact = found(contactOn).at(-1) ?? found(dotted).at(-1) ?? null;
  if (!stamped) return { lines: withoutButtonBar(lines, first), contact: null };
  // No person named at an app's top (a business's account): its screen lines go all the same.
  // A handle alone on its line is the profile's, whoever the account is.
  const app = (l: string) => isScreenLine(l) || HANDLE.test(l.trim()) || appTitle(l);
  if (!contact)
    return { lines: [...top.filter((l) => !app(l)), ...lines.slice(first, bottomEnd(lines, first))], contact };
  let end = lines.length;
  // "Type a message to Nguyễn Thị Mai Anh": the compose box names the contact.
  // "Reply to Ifeoma": a button may name the contact by the first name alone.
  const given = contact.split(/\s+/)[0] ?? contact;
  const bottom = (line: string) => !line.trim() || appLine(line.replace(contact, '').replace(given, '').trim());
  while (end > first && bottom(lines[end - 1] as string)) end--;
  const kept = top.filter((l, i) => !app(l) && contactOn(l) !== contact && dotted(l, above[i]) !== contact);
  return { lines: [...kept, ...lines.slice(first, end)], contact };
}
