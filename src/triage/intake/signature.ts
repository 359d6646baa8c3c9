/**
 * The sign-off and the signature block under it: the closing word and the name line stay in the
 * note (they end it, as a person reads it); titles, post-nominal lines, pronouns, phones, addresses,
 * links, "Sent from my iPhone" and confidentiality notices are set apart as the signature.
 */
import { CLOSINGS } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { nameShaped } from './header-line.js';

/** A closing line: "Best,", "Cheers mate,", "With appreciation," — optionally with the name after it ("Best, Dana"). */
export const CLOSING_LINE = new RegExp(`^${alternation(CLOSINGS)}(?:[,.!—–-]*|[,.!—–-]+\\s+(.{1,60}))$`, 'iu');

const SIGNATURE_LINE: readonly RegExp[] = [
  // phones, with or without a label: "O: (602) 555-0187 | M: (602) 555-0193", "Mob: 07700 900123"
  /^(?:[\p{L}.]{1,10}\s?[:.]?\s*)?\+?[\d\s().-]{7,}\d(?:\s*(?:ext\.?|x)\s*\d+)?(?:\s*[|·•,]\s*.{0,60})?$/iu,
  /\b(?:she|he|they|ze|xe)\s?\/\s?(?:her|him|them|hers|his|theirs|they)\b/i,
  // the same pronouns in the other languages read: "Elle/la", "il/lui", "sie/ihr", "ele/dele"
  /^(?:elle|il|iel|sie|er|ella|él|ela|ele|lei|lui)\s?\/\s?(?:la|elle|lui|le|il|iel|ihr|ihm|sie|er|dela|dele|ela|ele|lei|lui)$/i,
  // one pronoun in parentheses, alone on its line: "(elle)", "(she)"
  /^\((?:elle|il|iel|sie|er|ella|él|ela|ele|lei|lui|she|he|they)\)$/i,
  /^[^\s@]{1,64}@\S{1,253}\.[a-z]{2,}$/i,
  /^(?:https?:\/\/|www\.)\S+$|^(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|edu|gov|uk|ca|de)(?:\/\S*)?$/i,
  /\b(?:confidential(?:ity)?|intended (?:solely |only )?for the|intended recipient|privileged)\b/i,
  // a notice the sender's mail system adds: "PUBLIC RECORDS NOTICE: …", "e-mail addresses are public records"
  /^(?:[A-Z][A-Z -]{2,40} )?(?:NOTICE|DISCLAIMER)\s?:|\b(?:e-?mail|electronic mail|correspondence) (?:addresses |messages )?(?:are|is) (?:a )?public records?\b/,
  // the same notice in the other languages read: "Diese E-Mail kann vertrauliche Informationen enthalten"
  /\b(?:vertraulich\w*|richtige Adressat|confidentiel(?:le)?s?|destinataire|riservat[oaie]|confidencial(?:es)?|destinatári[oa])\b/iu,
  // a mail's list of attached files: "Pièces jointes : CV_NJaquier.pdf, LM_NJaquier.pdf"
  /^(?:pi[eè]ces? jointes?|anh[aä]nge?|anlagen?|adjuntos?|anexos?|allegat[oi]|attachments?)\s?:\s?.{0,300}\.(?:pdf|docx?|odt|png|jpe?g)\b/iu,
  /^(?:sent from my|sent from (?:outlook|yahoo|mail)|get outlook for)\b/i,
  /^\d{1,5} [\p{L}\d .'-]{2,40}\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|suite|ste|way|lane|ln|dr|drive)\b/iu,
  // "Title | Company": no sentence, though an abbreviation may end a part ("General Foreman | Halstead Electric Co. | …")
  /^(?:[^.!?]|\.(?=\s[|·•]\s|$)){2,100}\s[|·•]\s(?:[^.!?]|\.(?=\s[|·•]\s|$)){2,100}$/u,
];

/** Longer than any signature line: a confidentiality notice runs to a few hundred characters. */
const MAX_SIGNATURE_LINE = 600;

/**
 * A line of a signature block: a phone, pronouns, an address, a link, a notice, "Title | Company".
 * A longer line is prose, and is not tested: "<@U1|" 8,000 times made the e-mail pattern backtrack
 * through every "@" (a quarter of a second on one 40,000-character line).
 */
export function isSignatureLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_SIGNATURE_LINE && SIGNATURE_LINE.some((p) => p.test(trimmed));
}

/** A short line of title or employer under a name in a signature: capitalized words, no sentence. */
const SHORT_LABEL = /^[\p{Lu}\d][^.!?]{0,60}$/u;

/** Where the closing line is, looking only at the end of the note; -1 when there is none. */
export function closingAt(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 25); i--) {
    const line = (lines[i] ?? '').trim();
    if (line.length <= 60 && CLOSING_LINE.test(line)) return i;
  }
  return -1;
}

/**
 * Splits the note from its signature block. With a closing line, the first non-empty line under it
 * (the name) stays and the rest is the signature; without one, the signature-like lines at the end go.
 */
export function splitSignature(lines: readonly string[]): { note: string[]; signature: string[] } {
  const closing = closingAt(lines);
  const after = lines.slice(closing + 1);
  // "Thanks Grace!" over a paragraph thanks the one who introduced them: it opens the note, not ends it.
  const opener = closing >= 0 && after.some((l) => l.trim().length > 160 && !isSignatureLine(l));
  if (closing >= 0 && !(opener && CLOSING_LINE.exec((lines[closing] ?? '').trim())?.[1])) {
    const nameAt = after.findIndex((l) => l.trim());
    const sameLineName = CLOSING_LINE.exec((lines[closing] ?? '').trim())?.[1];
    if (nameAt === -1 || sameLineName) return { note: lines.slice(0, closing + 1), signature: clean(after) };
    const nameLine = after[nameAt] as string;
    if (isSignatureLine(nameLine)) return { note: lines.slice(0, closing + 1), signature: clean(after) };
    const rest = after.slice(nameAt + 1);
    // A signature is short lines; a paragraph under the name is more note (a P.S.), and stays.
    if (rest.some((l) => l.trim().length > 160 && !isSignatureLine(l))) return { note: [...lines], signature: [] };
    return { note: [...lines.slice(0, closing + 1), nameLine], signature: clean(rest) };
  }
  let end = lines.length;
  while (end > 0 && (!(lines[end - 1] ?? '').trim() || isSignatureLine(lines[end - 1] as string))) end--;
  // A title line and a name line right above the signature lines belong to it.
  const signature = lines.slice(end);
  if (!signature.some((l) => l.trim())) return titledName(lines);
  while (end > 1 && SHORT_LABEL.test((lines[end - 1] ?? '').trim()) && /,|\|/.test(lines[end - 1] ?? '')) end--;
  return { note: lines.slice(0, end), signature: clean(lines.slice(end)) };
}

/**
 * Unsigned by a closing, a note may end on a name line and a "Title, Employer" line under it ("Senior
 * Buyer, Larkfield Foods"), or a "Title, Unit" line and the employer's alone ("Key Account Manager,
 * Confectionery" / "Fenwick Valves Ltd"): those lines are the signature, the name line stays and ends the note.
 */
function titledName(lines: readonly string[]): { note: string[]; signature: string[] } {
  const filled = lines.map((l) => l.trim()).filter(Boolean);
  for (const under of [1, 2]) {
    const [name = '', title = '', ...employer] = filled.slice(-(under + 1));
    const label = (line: string) => SHORT_LABEL.test(line) && !line.includes(name);
    const titled = filled.length > under + 1 && label(title) && title.includes(',') && employer.every(label);
    if (!titled || !nameShaped(name) || name.split(/\s+/).length < 2) continue;
    const at = lines.map((l) => l.trim()).lastIndexOf(title);
    return { note: lines.slice(0, at), signature: [title, ...employer] };
  }
  return { note: [...lines], signature: [] };
}

const clean = (lines: readonly string[]) => lines.map((l) => l.trim()).filter(Boolean);

/** The lines of a signature block under its "--" marker, up to where quoted mail starts; at most eight. */
export function blockUnder(lines: readonly string[], quoteStarts: (line: string) => boolean): string[] {
  const end = lines.findIndex(quoteStarts);
  return clean(end < 0 ? lines : lines.slice(0, end)).slice(0, 8);
}
