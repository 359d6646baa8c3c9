/**
 * A forward's cover that carries someone else's message (issue 22, who is who). The cover tells whose
 * message it is ("my cousin's husband Dale sent me this", "FYI, from Lorena"): the note is passed on, not
 * the forwarder's own ask. When that message is itself written for a third person it names ("My
 * assignment editor Kiona Whitehorse is moving…"), its sender writes for them and the forwarder only
 * carries it; otherwise the message is its sender's own.
 */

import { OWN_ASK } from '../intake/forward.js';
import type { IdentityClues } from '../intake/intake.js';
import { FIRST_HAND, FOR_KIN, FOR_WORK, NAMED_THIRD, OWN_KIN, SELF_ASK } from '../lang/en/candidate.js';
import { NO_ENDORSEMENT } from '../lang/en/risks.js';
import type { Reading } from '../reading/reading.js';
import { needled } from '../shared/needle.js';
import { greetedIn, signedToWriter } from './about-whom.js';
import { asName, sameGivenName } from './names.js';
import { fullOverShort } from './self-named.js';
import { selfNamed } from './writer-name.js';

/** Whom a cover says its message came from: "from Lorena", "Dale sent me this", "Noor asked me to pass it on". */
const TOLD_OF =
  /\b(?:[Ff]rom|by) (?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Mx)\.?\s+)?(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}])|\b(\p{Lu}[\p{L}\p{M}'’-]+) (?:just )?(?:sent|forwarded|passed|emailed|texted|wrote|asked)\b/gu;
const OWN = new RegExp(SELF_ASK, 'iu');
const NAMING = needled([...FOR_WORK, ...FOR_KIN, ...NAMED_THIRD], 'mu');

/**
 * The cover speaks of the forwarded message's sender as whom it came from: "from Lorena", "Dale sent me
 * this", "Noor asked me to pass it on". Not when the cover asks for its writer ("could you refer me?").
 * Read even where no sender is read above the cover: saying whom it came from, it carries another's message.
 */
function coverTellsOfSender(body: string, forwardedFrom: string | null): boolean {
  const words = forwardedFrom?.split(/\s+/) ?? [];
  const [given, surname] = [words[0], words.length > 1 ? words.at(-1) : undefined];
  if (!given || given.length < 2 || OWN.test(body) || OWN_ASK.test(body)) return false;
  // By their given name or its short form ("Sam sent me this" over a mail from Samuel Okafor), or by
  // their surname after a title ("forwarding this from Dr. Okafor").
  return [...body.matchAll(TOLD_OF)].some((m) => {
    const told = m[1] ?? m[2] ?? '';
    return sameGivenName(told, given) || (surname !== undefined && told === surname);
  });
}

/** "He" or "she" as the subject of a clause: "He's a lovely boy", "she never misses a shift". */
const SPOKEN_OF = /\b(?:[Hh]e|[Ss]he)(?:['’](?:s|d|ll)\b|\s+\p{Ll})/u;
/** A forward's subject or title: "Subject: FW: …", "Fwd: …". */
const FORWARD_TITLE = /^(?:subject:\s*)?(?:fw|fwd):/im;
const givenOf = (name: string | null | undefined) => name?.trim().split(/\s+/)[0] ?? '';

/**
 * A forward ("FW: …") of a message written to the cover's own writer by someone else, whom the cover speaks
 * of by name and as "he" or "she" ("Euan is keen to get offshore … He's a hard worker"): it is passed on
 * for that sender, though the cover never says whom it came from. Not the writer's own earlier message, nor
 * one from the referrer or from whom the cover greets (`others`), nor under a cover asking for its writer.
 */
function coverSpeaksOfSender(
  body: string,
  note: string,
  clues: IdentityClues,
  others: readonly (string | null | undefined)[],
): boolean {
  const [from, to, own] = [clues.forwardedFrom, clues.forwardedTo, clues.sender].map(givenOf);
  if (!from || !to || !own || !sameGivenName(to, own) || sameGivenName(from, own)) return false;
  if (others.some((o) => givenOf(o) && sameGivenName(givenOf(o), from)) || !FORWARD_TITLE.test(note)) return false;
  if (OWN.test(body) || OWN_ASK.test(body) || !SPOKEN_OF.test(body)) return false;
  return (body.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? []).some((w) => sameGivenName(w, from));
}

/** Whether an English cover passes on a message someone else sent for that sender, in either way above. */
export const coverTells = (body: string, note: string, clues: IdentityClues, referrer: string | null, code: string) =>
  clues.forwardedFrom !== clues.sender &&
  code === 'en' &&
  (coverTellsOfSender(body, clues.forwardedFrom ?? null) ||
    coverSpeaksOfSender(body, note, clues, [referrer, greetedIn(note)]));

/**
 * The third person a forwarded message is written for, named in it, when that message asks nothing for
 * its own writer: neither its sender nor anyone in `others` (the cover's writer, the referrer).
 */
export function namedInForwarded(
  forwarded: readonly string[],
  note: string,
  others: readonly (string | null | undefined)[],
): string | null {
  const text = forwarded.join('\n');
  if (!text.trim() || OWN.test(text) || OWN_ASK.test(text)) return null;
  const skip = others.map((o) => o?.split(/\s+/)[0]).filter((o): o is string => Boolean(o));
  for (const pattern of NAMING) {
    const name = asName(pattern.exec(text)?.[1], note);
    if (name && !skip.some((o) => sameGivenName(o, name.split(/\s+/)[0] ?? ''))) return name;
  }
  return null;
}

/**
 * A chat message passed on under a "Forwarded" mark, written to the one who passes it on ("Hi Tia, …
 * Desmond Achterberg") and signed by someone else: its signer asked them, so the note is passed on for
 * the signer, whatever "I" and "me" its forwarded lines say.
 */
export function carriedInChat(reading: Reading, note: string): string | null {
  const { coverBy, sender } = reading.intake.clues;
  if (reading.intake.shape !== 'chat' || !coverBy || coverBy !== sender) return null;
  return signedToWriter(reading.text, asName(coverBy, note), note);
}

/**
 * In a chat passed on for someone else (a relative's "can you help her?"), the forwarded message whose writer
 * introduces themselves ("Hi all, my name is Nkechi Obi…", a broadcast to anyone) names that someone: a
 * self-introduction that is not the forwarder's own, by either name or as a short form of theirs.
 */
export function introducedInChat(reading: Reading, note: string): string | null {
  const { coverBy, sender } = reading.intake.clues;
  if (reading.intake.shape !== 'chat' || !coverBy || coverBy !== sender) return null;
  const forwarder = asName(coverBy, note);
  const named = selfNamed(reading.body.map((s) => s.text).join(' '), note);
  if (!named || !forwarder) return null;
  const [theirs, mine] = [named.split(/\s+/), forwarder.split(/\s+/)];
  const sameOne =
    sameGivenName(theirs[0] ?? '', mine[0] ?? '') ||
    (theirs.length > 1 && mine.length > 1 && theirs.at(-1) === mine.at(-1)) ||
    fullOverShort(named, forwarder) !== named;
  return sameOne ? null : named;
}

const DISOWNED = new RegExp(NO_ENDORSEMENT, 'i');
const SAW_THE_WORK = FIRST_HAND.map((s) => new RegExp(s, 'u'));
const KIN_OF_WRITER = new RegExp(OWN_KIN, 'u');
const GREETING = /^(?:hi|hey|hello|dear)\s+([^,\n!]{1,40})/iu;
const FROM_FIELD = /^From:\s*(.+)$/gimu;

/**
 * Whether the candidate's own message greets someone other than those who carried it ("Hello Chef
 * Marchand" in a note sent to an aunt): then it was written for the referrer, whoever it went through.
 */
function greetsTheReferrer(reading: Reading, note: string, covers: readonly string[]): boolean {
  const own = reading.body.map((s) => s.text).find((t) => !covers.some((line) => line.includes(t)) && GREETING.test(t));
  const greeted = (own && GREETING.exec(own)?.[1]?.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) || [];
  const { coverBy, goBetween } = reading.intake.clues;
  const carriers = [...note.matchAll(FROM_FIELD)].map((m) => m[1] ?? '').concat(coverBy ?? '', goBetween ?? '');
  const named = (word: string) => carriers.some((c) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(c));
  return greeted.length > 0 && !greeted.some(named);
}

/**
 * A candidate's own message carried to the referrer under covers that disown it ("I don't know her work
 * myself, no obligation"), each of the others a relative's passing it on ("this is my niece"), and written to
 * someone else: no one the referrer knows vouches and the referrer has no tie to the candidate, so it is a
 * wish passed on, a one-pager at most. A cover that says it saw the work, or speaks for the candidate as no
 * relative, may vouch, and the note stays judged on its merits; so does a message written to the referrer.
 */
export function carriedUnvouched(reading: Reading, note: string): boolean {
  const covers = reading.intake.introductions;
  if (!reading.intake.clues.coverBy || reading.language.code !== 'en') return false;
  if (!covers.some((line) => DISOWNED.test(line))) return false;
  if (covers.some((line) => SAW_THE_WORK.some((re) => re.test(line)))) return false;
  if (!covers.every((line) => DISOWNED.test(line) || KIN_OF_WRITER.test(line))) return false;
  return !greetsTheReferrer(reading, note, covers);
}
