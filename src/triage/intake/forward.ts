/**
 * A forwarded note under a short cover: "Keisha, this is my college roommate Ama, forwarding with her
 * permission." above "---------- Forwarded message ---------" and the candidate's own note to the
 * referrer. The note the referrer answers is the forwarded one, its sender the one its header names;
 * the cover is a third person's introduction (the why-me). A forward whose cover carries the ask, or
 * whose forwarded part asks nothing, is left as it is: the cover is the note and the rest history.
 * Forwarded again and again (Gmail's markers, Outlook's "FW: FW:" over original-message blocks, a phone's
 * "Fwd:" title), the note is the innermost; the outermost forwarder writes, each cover is an introduction.
 */
import { FIRST_HAND } from '../lang/en/candidate.js';
import { needled } from '../shared/needle.js';
import { hasWords } from './intake.js';
import { FORWARD_SEPARATOR, FW_SUBJECT, MAIL_FIELD, SEPARATOR, SUBJECT } from './mail.js';
import { FROM_FIELD, senderName } from './mail-sender.js';

const MARKER = /^begin forwarded message:?$/i;
/** A phone's mail app shows the subject as the page's title, with no field name: "Fwd: wind farm job??". */
const FW_TITLE = /^\s*(?:fw|fwd):\s*\S/i;
const isMarker = (line: string) => MARKER.test(line) || SEPARATOR.test(line);
/** Someone asking for themselves: the forwarded note's ask. */
const HAND_ON = String.raw`(?:pass(?:ing)?|get(?:ting)?|put(?:ting)?|send(?:ing)?|forward(?:ing)?) (?:along |on )?(?:my|me) (?:name|résumé|resume|cv)\b`;
/** Asked plainly, as family and friends ask: "can you get me in at the plant?", "get me hired there". */
const GET_ME_IN = String.raw`get(?:ting)? me (?:in (?:at|there|with|on)\b|hired\b|an? (?:job|interview|foot in)\b)`;
/** A referral asked for in the first person without "refer me": "I'd be grateful for a referral", "I'm applying for the …", "I'd love to be considered". */
const REFERRAL_WISH = String.raw`(?:grateful|thankful|hoping|hope|love|appreciate\w*|asking|ask you|wondering) (?:\w+ ){0,3}(?:for )?(?:a|your) referral|I(?:'m| am) (?:now )?applying (?:for|to)\b|\bI(?:'d| would| hope| am hoping|'m hoping)\b[^.!?]{0,30}\bto be considered\b`;
export const OWN_ASK = new RegExp(
  String.raw`\b(?:refer(?:ring)? me|(?:put|putting) (?:in )?a (?:good )?word in for me|recommend(?:ing)? me|consider(?:ed)? me|${HAND_ON}|${GET_ME_IN}|${REFERRAL_WISH})`,
  'i',
);
/** A greeting line that opens a note: "Hi Keisha,", "Dear Mr. Lund", "Hi Dr. Cho,". */
const GREETING =
  /^(?:hi|hello|dear|hey|good (?:morning|afternoon|evening))\b(?:[^.!?]|(?<=\b(?:dr|mr|mrs|ms|mx|prof))\.){0,40}[,!:—–-]/i;
const FIRST_HAND_WORK = needled(FIRST_HAND);
const vouchesFirstHand = (cover: readonly string[]) => cover.some((l) => FIRST_HAND_WORK.some((p) => p.test(l)));
/** The most words a cover says before the note it forwards. */
const COVER_WORDS = 90;

export interface Forwarded {
  lines: string[];
  sender: string | null;
  /** Who forwarded it, as the header above the cover names them. */
  forwarder: string | null;
  /** The forwarded note's first greeting, once a greeting to the go-between before it is set apart. */
  greeting: string | null;
  cover: string[];
  /** Lines set apart: the forwarded header, and a preamble to the go-between. */
  context: string[];
}

const isProse = (line: string) =>
  hasWords([line], 4) && /[.!?]/.test(line) && !/\s[|·•]\s/.test(line) && !MAIL_FIELD.test(line.trim());
const proseOf = (cover: readonly string[]) => cover.filter(isProse).map((l) => l.trim());

/**
 * Where the forwarded message starts: a forward marker, or, under a "Subject: FW:" line, Outlook's bare
 * header block (a "From:" line with more fields under it), which it writes with no marker above.
 */
function forwardStart(lines: readonly string[]): number {
  const marker = lines.findIndex((l) => isMarker(l.trim()));
  if (marker >= 0) return marker;
  const fw = lines.findIndex((l) => FW_SUBJECT.test(l));
  if (fw < 0) return -1;
  return lines.findIndex(
    (l, i) => i > fw && FROM_FIELD.test(l) && MAIL_FIELD.test(l.trim()) && MAIL_FIELD.test(lines[i + 1]?.trim() ?? ''),
  );
}

export function forwardedNote(lines: readonly string[]): Forwarded | null {
  const at = forwardStart(lines);
  if (at <= 0) return null;
  const cover = lines.slice(0, at).filter((l) => !SUBJECT.test(l) && !FW_TITLE.test(l));
  if (
    !FORWARD_SEPARATOR.test(lines[at]?.trim() ?? '') &&
    !MARKER.test(lines[at]?.trim() ?? '') &&
    !lines.slice(0, at).some((l) => FW_SUBJECT.test(l)) &&
    !FW_TITLE.test(lines.find((l) => l.trim()) ?? '')
  )
    return null;
  // Outlook's bare block has no marker line: its "From:" is the header's first line.
  let start = FROM_FIELD.test(lines[at] ?? '') ? at : at + 1;
  const header: string[] = [];
  while (
    start < lines.length &&
    (!lines[start]?.trim() || MAIL_FIELD.test(lines[start]?.trim() ?? '') || SUBJECT.test(lines[start] ?? ''))
  ) {
    header.push(lines[start] as string);
    start++;
  }
  const body = lines.slice(start);
  if (hasWords(cover, COVER_WORDS) || OWN_ASK.test(cover.join(' ')) || !OWN_ASK.test(body.join(' '))) return null;
  const forwarder = coverSender(lines.slice(0, at)) ?? inFull(coverSignOff(cover), forwardedTo(header));
  // A forward of a forward: the note the referrer answers is the innermost, each cover over it an introduction.
  const inner = forwardedNote([...header.filter((l) => SUBJECT.test(l)), ...body]);
  if (inner)
    return {
      ...inner,
      forwarder,
      cover: [...proseOf(cover), ...inner.cover],
      context: [...header, ...inner.context].filter((l) => l.trim()),
    };
  const { kept, preamble } = withoutPreamble(body);
  const from = header.find((l) => FROM_FIELD.test(l));
  return {
    lines: [...header.filter((l) => SUBJECT.test(l)), ...kept],
    sender: from ? senderName(from) : null,
    forwarder,
    greeting: openingGreeting(kept),
    cover: proseOf(cover),
    context: [...header.filter((l) => l.trim()), ...preamble],
  };
}

/** A first greeting to the go-between ("Hi Tess! Here's the note:") before the note's own greeting to the referrer. */
function withoutPreamble(body: readonly string[]): { kept: string[]; preamble: string[] } {
  const opening = body.flatMap((l, i) => (l.trim() ? [i] : [])).slice(0, 4);
  const greetings = opening.filter((i) => GREETING.test(body[i]?.trim() ?? ''));
  const second = greetings[1];
  if (greetings[0] !== opening[0] || second === undefined) return { kept: [...body], preamble: [] };
  return { kept: body.slice(second), preamble: body.slice(0, second).filter((l) => l.trim()) };
}

/** The cover's own sender: an Outlook "From:" or a Gmail "Name <address>" line above it. */
function coverSender(cover: readonly string[]): string | null {
  const line = cover.find((l) => FROM_FIELD.test(l) || /^[^<>@]{2,60}<[^<>\s@]+@[^<>\s]+>\s*$/.test(l.trim()));
  return line ? senderName(line) : null;
}

/** A name signed under the cover ("Dev", "Dr. Lynette Cho" over "Sent from my iPhone"): a short line shaped like a name. */
function coverSignOff(cover: readonly string[]): string | null {
  const filled = cover.map((l) => l.trim()).filter((l) => l && !/^sent from\b/i.test(l));
  const last = filled.at(-1) ?? '';
  return filled.length > 1 && COVER_NAME.test(last) ? last.replace(/^(?:Dr|Mr|Mrs|Ms|Mx)\.? /, '') : null;
}
const COVER_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Mx)\.? )?\p{Lu}[\p{L}\p{M}'’-]*\.?(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u;

/** A cover signed with a given name alone ("Odile") by whom the header names in full ("Odile Brandvold"): the full name. */
function inFull(signed: string | null, to: string | null): string | null {
  const given = (name: string | null) => name?.split(/\s+/)[0]?.toLowerCase();
  return signed && to && !/\s/.test(signed) && given(signed) === given(to) ? to : (signed ?? to);
}

/** Whom the forwarded message was sent to ("To: Sam Ortiz <…>"): the one who forwards it on. */
function forwardedTo(header: readonly string[]): string | null {
  const to = header.find((l) => /^\s*to ?:/i.test(l));
  return to ? senderName(to.replace(/^\s*to ?:/i, '')) : null;
}

/** The words that open the note's greeting: "Hey Rich,", or the name alone ("Pat,"). */
function openingGreeting(lines: readonly string[]): string | null {
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const greeting = GREETING.exec(line)?.[0] ?? /^\p{Lu}[\p{L}'-]+,$/u.exec(line)?.[0];
    if (greeting) return greeting.split(/[,!:—–]/)[0] ?? null;
  }
  return null;
}

/** Whether a paste may forward a message: a forward marker, a "FW:" subject, a separator line. */
export function forwards(plain: string, lines: readonly string[]): boolean {
  return (
    /forwarded|original message/i.test(plain) || FW_SUBJECT.test(plain) || lines.some((l) => SEPARATOR.test(l.trim()))
  );
}

/**
 * The sender of the message a paste forwards, whether or not its note is the one to answer. Forwarded again
 * ("Subject: FW: …" over another message block), a block is a go-between's: the message it carries is the one.
 */
export function forwardedSender(lines: readonly string[]): string | null {
  const marks = lines.flatMap((l, i) => (isMarker(l.trim()) ? [i] : []));
  const at = marks.find((m, k) => k === marks.length - 1 || !lines.slice(m + 1, m + 8).some((l) => FW_SUBJECT.test(l)));
  const from = at === undefined ? undefined : lines.slice(at + 1, at + 8).find((l) => FROM_FIELD.test(l));
  return from ? senderName(from) : null;
}

/** Whom the message a paste forwards was sent to: the one who forwards it on. */
export function forwardedRecipient(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => isMarker(l.trim()));
  return at < 0 ? null : forwardedTo(lines.slice(at + 1, at + 8));
}

/**
 * A forwarded note written to the one who forwards it ("Hey Rich," under Rich's cover) asks them, not
 * the referrer: the forwarder is who writes to the referrer. A note greeting the referrer is the
 * candidate's own, the forwarder only its carrier.
 */
export function goBetween(forward: Forwarded, sender: string | null): string | null {
  const outer = sender ?? forward.forwarder;
  const names = outer?.toLowerCase().split(/\s+/) ?? [];
  const first = names[0];
  // A cover that vouches from first-hand work ("he reported to me for two years") speaks for the candidate:
  // its writer writes to the referrer too, whoever the note under it greets.
  if (outer && vouchesFirstHand(forward.cover)) return outer;
  if (!first || !forward.greeting) return null;
  const words = forward.greeting.toLowerCase().split(/[^\p{L}'-]+/u);
  // A short form greets the same person ("Hi Dani" for Daniel, "Hey Rich" for Richard), and so does
  // a title with the family name ("Hi Dr. Cho" for Lynette Cho).
  const titled = /\b(?:dr|mr|mrs|ms|mx|prof|professor)\b/.test(forward.greeting.toLowerCase());
  const sameName = (w: string) =>
    w === first || (w.length >= 3 && first.startsWith(w)) || (titled && names.length > 1 && w === names.at(-1));
  return words.some(sameName) ? outer : null;
}
