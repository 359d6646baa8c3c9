/**
 * The person a note written for someone else is about, when no phrase of the writer's names them:
 * a full name the note speaks of as a person, by their first name alone elsewhere ("Wen Li, a
 * registered patent agent … put Wen forward") or with a clause about them ("Marcus Olin, PharmD, who
 * is"), and who is neither the writer nor the referrer.
 */
import { INLINE_SIGN_OFF, OFFERED_MANY } from '../lang/en/candidate.js';
import { escapeRegex } from '../shared/phrases.js';
import { asName } from './names.js';

// A capital again after a hyphen, an apostrophe or "Mc": "Al-Rashidi", "O'Brien", "McKenna".
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?:(?<=[-'’]|Ma?c)\p{Lu}[\p{Ll}\p{M}'’-]+)*`;
// A title before the name is no part of it: "Mr Chinedu Okafor has QTS … Chinedu has two other interviews".
// Nor is a possessive after it: "Ana Ruiz's project" speaks of Ana Ruiz (POSSESSIVE, below).
const FULL = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.? )?(${WORD}(?: ${WORD}){1,2})(?<!['’]s)(?![\p{L}-])`,
  'gu',
);
/**
 * After the name, what only a person takes: a relative clause, an apposition; a pronoun
 * taking up the name ("Nguyễn Thị Lan, she sat next to me"). A clause only a person takes: "Ana Ruiz, who", "Ana Ruiz, a nurse", "Ana Ruiz, has applied". */
const CLAUSE =
  /,(?: [A-Z][A-Za-z]{1,5},)* (?:who|a|an|one of|she|he|(?:has been|is|was) an?)\b|, (?:has|have) (?:applied|been)\b/;
/** Someone the writer worked beside: "Ngozi Eze and I", "Paulo Reyes worked next to me". */
const BESIDE =
  / and I\b| (?:has )?(?:worked|sat|studied|trained|served) (?:next to|beside|alongside|with|under|for) (?:me|us)\b/;
const PERSON_AFTER = new RegExp(`^(?:${CLAUSE.source}|${BESIDE.source})`);
/** Someone the writer has put on the mail: "Ana Ruiz, copied here, finishes…", "Ana Ruiz (cc'd) is applying". */
// The name they go by may come first: "Ana Ruiz (she goes by Annie), copied here".
const COPIED =
  /^(?: \([^()]{1,40}\))?(?:,|\s\() ?(?:copied|[Cc]{2}['’]?e?d|looped)(?: (?:in|here|on (?:here|this)))?\b/;
/** A firm takes a possessive too ("Northgate Lifting's new towers"): it marks a person only in a note told in "he" or "she". */
const POSSESSIVE = /^['’]s\b/;
/** The next sentence takes the name up as "she" or "he" ("You want Ana Ruiz. She was my…"): in a note told so, a person. */
const TAKEN_UP = /^[.!]\s+(?:She|He)(?:['’](?:s|d|ll)|\s)/;

/** Sentences whose subject is "he" or "she": two or more, and the note is about someone, not its writer. */
export const speaksOfSomeone = (body: string) =>
  (body.match(/(?:^|[.!?]\s+)(?:He|She)(?:['’](?:s|d|ll)|\s)/g) ?? []).length >= 2;

export const greetedIn = (text: string) => /^(?:hi|hey|hello|dear)\s+([\p{L}'-]+)/iu.exec(text)?.[1] ?? null;

const OFFERS_MANY = new RegExp(String.raw`\b${OFFERED_MANY}\b`);

const firstOf = (name: string | null) => name?.split(/\s+/)[0]?.toLowerCase() ?? null;

export function personSpokenOf(body: string, note: string, others: readonly (string | null)[]): string | null {
  // An offer of people the writer does not name ("referring a few of our graduates") is about none of the names in it.
  if (OFFERS_MANY.test(body)) return null;
  const skip = new Set(others.map(firstOf).filter(Boolean));
  for (const m of body.matchAll(FULL)) {
    const full = m[1] ?? '';
    const first = full.split(' ')[0] ?? '';
    if (skip.has(first.toLowerCase())) continue;
    const after = body.slice((m.index ?? 0) + m[0].length);
    // Their first name alone where a person stands: a subject ("Wen has"), or after "refer", "put", "about".
    const alone = new RegExp(
      `(?:\\b(?:refer|put|about|for|with|meet|to) ${first}\\b|(?<![\\p{L}'’-])${first} (?:is|has|was|would|will|can|could|just|did|led|built|ran|runs|knows|holds)\\b|(?<![\\p{L}'’-])${first}['’]s\\b)`,
      'u',
    );
    const again = alone.test(body.slice(0, m.index)) || alone.test(after);
    const toldOf = POSSESSIVE.test(after) || TAKEN_UP.test(after);
    const person = PERSON_AFTER.test(after) || (toldOf && speaksOfSomeone(body));
    if (!again && !person) continue;
    const name = asName(full, note);
    if (name) return name;
  }
  return null;
}

/**
 * Whom a note written for someone else says it copies ("Ana Ruiz, copied here, finishes her MA"): a writer puts
 * the one they write for on the thread, so the name outranks any other the note gives (a past student, a colleague).
 */
export function copiedOn(body: string, note: string, others: readonly (string | null)[]): string | null {
  const skip = new Set(others.map(firstOf).filter(Boolean));
  for (const m of body.matchAll(FULL)) {
    const full = m[1] ?? '';
    if (skip.has(full.split(' ')[0]?.toLowerCase() ?? '')) continue;
    if (COPIED.test(body.slice((m.index ?? 0) + m[0].length))) return asName(full, note);
  }
  return null;
}

/** Where the note places someone at work: "the third generation at Tenuta Castellari" names a business, not a person. */
export function namesAPlace(name: string, note: string): boolean {
  const escaped = escapeRegex(name);
  return new RegExp(`\\b(?:at|join|joined|joining) ${escaped}(?![\\p{L}'’])`, 'u').test(note);
}

const SIGNED_AT_END = new RegExp(INLINE_SIGN_OFF, 'u');

/**
 * A message the note carries that was written to its writer ("Hi Uncle Pete, can you ask your mate…
 * Cheers, Lachlan"): the one who signs it asked the writer, and is the candidate the writer passes on.
 */
export function signedToWriter(text: string, writer: string | null, note: string): string | null {
  const first = writer?.split(/\s+/)[0]?.replace(/[^\p{L}\p{M}'’-]/gu, '');
  if (!first) return null;
  const greets = new RegExp(`^(?:hi|hey|hello|dear)\\s+(?:\\p{L}+\\s+)?${first}(?![\\p{L}])`, 'iu');
  const blocks = text.split(/\n\s*\n/).map((b) =>
    b
      .split('\n')
      // A message pasted in quotes ("\"Hello Pieter, … Thanks, Callum\"") greets and signs off inside them.
      .map((l) => l.trim().replace(/^["“]|["”]$/g, ''))
      .filter(Boolean),
  );
  for (const block of blocks) {
    const at = block.findIndex((l) => greets.test(l));
    // The message signs off on its greeting's line ("… Cheers, Lachlan."), or on a line of its own under it.
    for (const [k, line] of (at < 0 ? [] : block.slice(at)).entries()) {
      const end = line.replace(/\.$/, '');
      const name = asName(SIGNED_AT_END.exec(end.slice(-90))?.[1] ?? (k > 0 ? end : null), note);
      if (name && !name.startsWith(first)) return name;
    }
  }
  return null;
}
