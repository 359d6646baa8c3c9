/**
 * Whom a note's sentences are about (issue 22, whose ask it is): a third person the writer names, as
 * their relative ("I'm writing about my daughter, Aoife Reyes", "my nephew Andrei Stan finished…"), by
 * signing as one ("Fola (Marcus's wife)"), or as a sentence's subject ("Pooja Venkataraman has…"), whom
 * two or more of the note's sentences have for their subject ("Aoife has been…", "She led…"). The note
 * is then asked on their behalf, unless it asks for its writer ("refer me"), says more of the writer's
 * own work than of theirs, or has them send the writer ("She said you're hiring"): a candidate's own
 * note that mentions a partner in passing stays the candidate's own.
 */

import { OWN_ASK } from '../intake/forward.js';
import {
  GO_BETWEEN_DEED,
  KIN_NAMED,
  OWNED_NAME,
  RECALLED_NAME,
  SHOWN_NAME,
  SIGNED_AS_KIN,
  WELL_WISH,
} from '../lang/en/candidate.js';
import { escapeRegex } from '../shared/phrases.js';
import { patternsFor } from '../signals/patterns.js';
import { asName, sameGivenName } from './names.js';

export interface NamedSubject {
  name: string;
  /** Named as the writer's relative, or signed by one of theirs. */
  kin: boolean;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`; // two letters or more: "Haha I don't" names no one
/** A sentence's first word that is no name: "It's Lars from your Clifford Chance days". */
const OPENER = String.raw`(?:It|This|That|There|Here|What|When|If|So|And|But|The|My|Our|Your|His|Her|Their|We|I|You|He|She|They)(?:['’]\p{L}*)?(?![\p{L}])`;
/** A full name opening a sentence, a title before it no part of it: "Mr Chinedu Okafor has QTS"; a well-wish names no one. */
const FULL_SUBJECT = new RegExp(
  String.raw`(?:^|\n|[.!?]\s+)(?!${OPENER})(?!${WELL_WISH})(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.? )?(${NAME_WORD}(?: ${NAME_WORD}){1,2}) (?!and\b)(?=\p{Ll})`,
  'gu',
);
const KIN_GIVEN = new RegExp(KIN_NAMED, 'gu');
const SIGNED_KIN = new RegExp(SIGNED_AS_KIN, 'gu');
const OWNED = new RegExp(OWNED_NAME, 'gu');
const RECALLED = new RegExp(RECALLED_NAME, 'gu');
const SHOWN = new RegExp(SHOWN_NAME, 'gu');
const GO_BETWEEN = new RegExp(GO_BETWEEN_DEED, 'u');

/**
 * The names the writer gives a third person, in the note's order of kinds: a relative first. `recalled`: the
 * referrer is asked to recall them by name ("you know Jon Ferreira?"), shown them in a photo ("That's my
 * Finn with his medal"), or told of them as a clause's subject ("our Priya has"), which names them as the
 * sentences' "he" does not.
 */
function namesGiven(body: string): { raw: string; kin: boolean; recalled?: boolean; clause?: string }[] {
  return [
    ...[...body.matchAll(KIN_GIVEN)].map((m) => ({ raw: m[1] ?? '', kin: true })),
    ...[...body.matchAll(SIGNED_KIN)].map((m) => ({ raw: m[1] ?? '', kin: true })),
    // The possessive names them as its clause's subject, mid-sentence too ("…, our Priya has applied").
    ...[...body.matchAll(OWNED)].map((m) => ({ raw: m[1] ?? '', kin: true, recalled: true, clause: m[0] })),
    ...[...body.matchAll(SHOWN)].map((m) => ({ raw: m[1] ?? '', kin: true, recalled: true })),
    ...[...body.matchAll(FULL_SUBJECT)].map((m) => ({ raw: m[1] ?? '', kin: false })),
    ...[...body.matchAll(RECALLED)].map((m) => ({ raw: m[1] ?? '', kin: false, recalled: true })),
  ];
}

/** A sentence whose subject is the person ("Aoife has", "My nephew Andrei Stan finished", "She's"), and one naming them. */
function subjectPatterns(name: string): { either: RegExp; byName: RegExp } {
  const first = escapeRegex(name.split(/\s+/)[0] ?? name);
  // "My Kayla has": a possessive may stand before the bare name, with no relation word between; after a
  // conjunction it is in lower case ("So my nephew Kieran is").
  const lead = String.raw`^(?:(?:And|But|So|Also|Now)\s)?(?:(?:My|Our|(?<=\s)my|(?<=\s)our) (?:[\p{Ll}'’-]+ ){0,3}?)?`;
  const after = String.raw`(?:['’](?:s|d|ll))?\s+\p{Ll}`;
  return {
    either: new RegExp(
      String.raw`${lead}(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.? )?(?:${escapeRegex(name)}|${first}|He|She)${after}`,
      'u',
    ),
    byName: new RegExp(
      String.raw`${lead}(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.? )?(?:${escapeRegex(name)}|${first})${after}`,
      'u',
    ),
  };
}

const BACKGROUND = patternsFor('en').BACKGROUND;

/** The third person an English note is about, when the writer asks for them; `others` are the writer, the referrer and the one greeted. */
export function namedSubject(body: string, note: string, others: readonly (string | null)[]): NamedSubject | null {
  if (OWN_ASK.test(body)) return null;
  // A chat's emoji ends a sentence as a full stop does: "years ago 😊 My youngest Owain has…".
  const sentences = body
    .split(/\n|(?<=[.!?])\s+|(?<=\p{Extended_Pictographic}\uFE0F?)\s+(?=\p{Lu})/u)
    .filter((s) => s.trim().length > 0);
  const skip = others.map((o) => o?.split(/\s+/)[0]).filter((o): o is string => Boolean(o));
  for (const { raw, kin, recalled, clause } of namesGiven(body)) {
    const name = asName(raw, note);
    // Neither the writer, the referrer nor the one greeted, by any word of the name ("It's Lars" signed "Lars Eriksson").
    if (!name || skip.some((o) => name.split(/\s+/).some((w) => sameGivenName(o, w)))) continue;
    const { either, byName } = subjectPatterns(name);
    // The sentence whose clause has them for its subject is about them, wherever the clause starts.
    const about = sentences.filter((s) => either.test(s) || (clause && s.includes(clause.trim())));
    const named = recalled || about.some((s) => byName.test(s));
    if (about.length < 2 || !named || about.some((s) => GO_BETWEEN.test(s))) continue;
    const own = sentences.filter((s) => !about.includes(s) && BACKGROUND.test(s)).length;
    if (own < about.length) return { name, kin };
  }
  return null;
}
