/**
 * A header line (issue 22): a person's name with only furniture around it — "14:32 Dmitri Volkov",
 * "Henrik Solberg @hsolberg 2:32 PM", "Ngozi Eze — Today at 2:32 PM", "[15-Mar-25 02:32 PM] Kaveh
 * Rostami#4821", "Zanele Mokoena (organizer)". Read by what the line is, not by which app printed it:
 * whatever is left once the furniture is off must pass the name rules' own test (shared/name-words.ts).
 */
import { NAME_PARTICLE, NEVER_NAME, nameWords } from '../shared/name-words.js';
import { type FurnitureKind, STAMP_KINDS, withoutFurniture } from './furniture.js';
import { isScreenLine } from './screen-line.js';

export interface HeaderLine {
  /** The label as the app printed it: "Nakamura, Ken (Finance)". */
  label: string;
  /** The label as a person's name: "Ken Nakamura". */
  name: string;
  /** The furniture around it. */
  kinds: ReadonlySet<FurnitureKind>;
}

const credential = (words: string) =>
  words.split(/\s+/).every((w) => NEVER_NAME.has(w.toLowerCase().replace(/\./g, '')));

/** A firm's name after a person's in a chat label: an ampersand or a word only firms end on. */
const FIRM =
  /&|\b(?:co|inc|llc|llp|ltd|corp|plc|gmbh|ag|lp|group|partners|capital|securities|bank|holdings|advisors)\b\.?$/i;

/** The app's words after wide spaces on a label's line ("Garza, Rosalinda (Nutrition)   Available"): screen text. */
function withoutScreenTail(label: string): string {
  const parts = label.trim().split(/ {2,}|\t+/);
  while (parts.length > 1 && isScreenLine(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.join(' ');
}

/** A contact label as a person's name: "Nakamura, Ken (Finance)" reads "Ken Nakamura". */
export function labelAsName(label: string): string {
  const bare = withoutScreenTail(label)
    .replace(/\([^)]*\)/g, '')
    .replace(/^(?:~\s?|maybe:\s)/i, '')
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(bare);
  if (!comma) return bare;
  // "Ananya Krishnamurthy, PhD": after the comma a credential, not a given name; "Ivo Marsh, Halden & Co.": a firm.
  const after = comma[2]?.trim() ?? '';
  return credential(after) || FIRM.test(after) ? (comma[1]?.trim() ?? '') : `${after} ${comma[1]?.trim()}`;
}

/**
 * A username in a name's place ("hiro_draws — Today at 3:14 PM"): lower case, with the underscore, dot or
 * digit no word has. It marks a speaker, and is never read as a person's name (names.ts refuses it).
 */
const USERNAME = /^(?=[a-z0-9_.]*[_.\d])[a-z][a-z0-9_.]{2,31}$/;

/** A place as a profile prints it: a town, a comma, a two-letter code ("Providence, RI", "Leeds, UK"). */
const PLACE = /^[\p{L}\p{M} .'’-]+,\s*\p{Lu}{2}$/u;

/** Whether words read as a name: one to four name words, a lower-case particle only inside. */
export function nameShaped(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const counted = words.filter((w) => !NAME_PARTICLE.test(w)).length;
  return counted >= 1 && counted <= 4 && !/[\d@#_/\\[\]{}<>:;!?]/.test(text) && nameWords(words);
}

/** The line as a header: its name and the furniture around it; null when what is left is no name. */
export function headerLine(line: string): HeaderLine | null {
  const trimmed = line.trim();
  // A mail's field or recipients line ("From: …", "to me, Grace") names no speaker: mail.ts reads it.
  if (!trimmed || trimmed.length > 120 || /^(?:to|cc|bcc|from)\b/i.test(trimmed)) return null;
  const { middle, kinds } = withoutFurniture(trimmed);
  if (!middle || kinds.size === 0) return null;
  // "Date: Sun, Apr 13, 2025 at 8:47 PM": a word before a colon and a value is a field's name, no person's.
  if (/^\s*:\s*\S/.test(trimmed.slice(trimmed.indexOf(middle) + middle.length))) return null;
  // "Providence, RI · He/him": a town and its state's or country's code is a profile's place, no name turned round.
  if (PLACE.test(middle)) return null;
  // A quoted nickname among the names ('Marguerite "Maggie" O'Sullivan-Park') is the name rules' to read.
  const name = labelAsName(middle).replace(/\s["“][\p{L}'’-]+["”](?=\s)/gu, '');
  // "Applied 3 days ago", "Seen 2m": interface words in a name's place.
  // The furniture just read left a middle: the line is not furniture alone, which need not be read again.
  if (isScreenLine(trimmed, false)) return null;
  return nameShaped(name) || USERNAME.test(middle) ? { label: middle, name: labelAsName(middle), kinds } : null;
}

/**
 * A header line an app stamps: a time, a date, a status or header word, a handle, the back arrow. A
 * name with only a separator ("– Dana", "Marta,") is a sign-off or a greeting; with only an address,
 * a mail's sender line, which mail.ts reads.
 */
export function stampedHeader(line: string): HeaderLine | null {
  const header = headerLine(line);
  if (!header || header.kinds.has('address')) return null;
  // "On Mon, Apr 6 at 8:02 AM Linda Park wrote:" opens quoted mail, which mail.ts reads.
  if (/\p{L}\s?:$/u.test(line.trim()) && header.kinds.has('word')) return null;
  return [...header.kinds].some((k) => STAMP_KINDS.has(k)) ? header : null;
}

/**
 * A chat's header at the paste's top, the contact's card over their first label: the same name, with what
 * the app shows beside it ("Shreya Patel, PharmD (Inpatient Pharmacy)" over "Shreya Patel, PharmD 3/5 7:12 AM").
 */
export function cardOverLabel(lines: readonly string[], i: number): boolean {
  const filled = lines.flatMap((l, k) => (l.trim() ? [k] : []));
  const label = filled[0] === i && filled[1] !== undefined ? stampedHeader(lines[filled[1]] ?? '') : null;
  return label !== null && labelAsName(lines[i]?.trim() ?? '') === label.name;
}
