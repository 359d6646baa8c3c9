/**
 * The writer's own name (issue 22), from the sources below, most trusted first; each must look like a
 * name and appear in the note:
 *
 * 1. the Slack author, when the note is their own and was typed, not pasted;
 * 2. a mail or LinkedIn header;
 * 3. the sign-off and the signature, without post-nominals, titles or the closing word;
 * 4. "my name is", "X here", "it's X";
 * 5. a pasted résumé's top: a name over its contact line (first of all when the paste opens with it), or under its heading;
 * 6. a chat transcript's contact label.
 */
import {
  GOES_BY,
  NOT_A_NAME_IN_LOWER_CASE,
  SELF_NAMED,
  SELF_NAMED_LOWER,
  SELF_NAMED_LOWER_KIN,
} from '../lang/en/candidate.js';
import type { Reading } from '../reading/reading.js';
import { guarded } from '../shared/guarded.js';
import { needled } from '../shared/needle.js';
import { asName, sameGivenName, withSurnameSpelled } from './names.js';
import { ownProfileName } from './profile-link-name.js';
import { headedResumeName, resumeTopName } from './resume-name.js';
import { fullAcrossScripts, fullOverShort, localSelfNamed } from './self-named.js';
import { lastLineName, signatureName, signOffName } from './signed-name.js';

const SELF = needled(SELF_NAMED, 'mu');
const SELF_LOWER = guarded(new RegExp(SELF_NAMED_LOWER, 'iu'));
const SELF_LOWER_KIN = new RegExp(SELF_NAMED_LOWER_KIN, 'u');
const LOWER_NOT_NAME = new Set(NOT_A_NAME_IN_LOWER_CASE.split(/\s+/).filter(Boolean));

/** "My name is X", "X here", "it's X", a link to "my LinkedIn" labelled with a name: the name a writer gives themselves. */
export function selfNamed(body: string, note: string): string | null {
  for (const pattern of SELF) {
    const m = pattern.exec(body);
    const name = asName(m?.[1], note);
    if (m && name) return inLatinLetters(name, body.slice(m.index + m[0].length), note);
  }
  // "this is brianna j from the open house", "it's zoe, noor's sister": a name typed in lower case.
  const lower = inLowerCase(SELF_LOWER.exec(body)?.[1] ?? SELF_LOWER_KIN.exec(body)?.[1], note);
  return lower ?? ownProfileName(body, note);
}

/**
 * "Алексей Смирнов (Alexey Smirnov)": a name in another script, then in Latin letters in brackets; the
 * Latin one is how a reply in the note's language greets them.
 */
function inLatinLetters(name: string, after: string, note: string): string {
  if (/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) return name;
  const latin = /^\s*\(([\p{Script=Latin}\s.'’-]{2,60})\)/u.exec(after)?.[1];
  return asName(latin, note) ?? name;
}

/** A name typed in lower case, as texts are, read with its capital when it is no word of the language. */
export function inLowerCase(raw: string | null | undefined, note: string): string | null {
  if (!raw || !/^[a-z][a-z'-]+$/i.test(raw) || LOWER_NOT_NAME.has(raw.toLowerCase())) return null;
  return asName(raw.charAt(0).toUpperCase() + raw.slice(1), note);
}

/** A chat handle's letters before its dot, underscore or digits ("mira.k", "dev_ansh92"): how the name starts. */
const HANDLE_START = /^([a-z]{3,})[._\d]/i;
const SAYS_WHO = /\b(?:i['’]?m|i am) ([a-z][a-z'-]{2,20})\b/giu;

/** A full name in capitals among a message's words: "(Mirabel Kaur btw, cv in my bio)". */
const FULL_IN_PASSING = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2}(?![\p{L}\p{M}])/gu;

/**
 * "i'm mirabel btw" or "(Mirabel Kaur btw)" under the handle "mira.k": a chat's speaker labelled by a
 * handle names themselves by the given name the handle starts with, or signs with it on the last line;
 * a full name given in passing comes first; no other word after "I'm" is read as a name.
 */
function handleOwner(handle: string | null, body: string, note: string, lastLine = ''): string | null {
  const start = handle ? HANDLE_START.exec(handle)?.[1]?.toLowerCase() : undefined;
  if (!start) return null;
  for (const m of body.matchAll(FULL_IN_PASSING)) {
    const name = m[0].toLowerCase().startsWith(start) ? asName(m[0], note) : null;
    if (name) return name;
  }
  for (const m of body.matchAll(SAYS_WHO)) {
    const word = m[1] ?? '';
    if (word.toLowerCase().startsWith(start)) return inLowerCase(word, note);
  }
  // "Mika" alone on the last line under "mika.k": the name the handle spells, signed (a chat's line gets a period).
  const signed = /^(\p{Lu}\p{Ll}{2,})\.?$/u.exec(lastLine.trim())?.[1];
  const spelled = signed?.toLowerCase();
  return signed && spelled && (spelled.startsWith(start) || start.startsWith(spelled)) ? asName(signed, note) : null;
}

/** The same surname, both names of two words or more: "AK Ramaswamy" and "A.K. Ramaswamy". */
function sameSurname(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  return x.length > 1 && y.length > 1 && x.at(-1)?.toLowerCase() === y.at(-1)?.toLowerCase();
}

const givenOf = (name: string) => name.split(/\s+/).slice(0, -1).join(' ');
const initialsOf = (given: string) => (given.match(/\p{Lu}/gu) ?? []).join('');

/**
 * A signature's name as the fuller form of the header's: its given name spells out the header's initials
 * ("T.J." for "Tyrell J."), or the header's is its short form ("Dan" for "Daniel"), or the mailbox holds it
 * ("Jay Zhou <wenjie.zhou@…>" signing "Wenjie Zhou").
 */
function fullerForm(header: string, formal: string, mailbox: string | null | undefined): boolean {
  const [short, full] = [givenOf(header), givenOf(formal)];
  const first = full.split(/\s+/)[0] ?? '';
  if (/^(?:\p{Lu}\.?\s?){1,3}$/u.test(short)) return initialsOf(full).startsWith(initialsOf(short));
  if (sameGivenName(short.split(/\s+/)[0] ?? '', first)) return true;
  return Boolean(mailbox && first.length >= 3 && mailbox.includes(first.toLowerCase()));
}

/**
 * "Priya D" in the header, "Priyanka Desai" signed: a header that shortens the surname to its initial is the
 * signed name's when that surname starts with it and the given names are one name (names.ts sameGivenName).
 */
function initialSpelled(header: string, signed: string): boolean {
  const m = /^(\p{Lu}[\p{L}\p{M}'’-]+) (\p{Lu})\.?$/u.exec(header);
  const [given = '', ...rest] = signed.split(/\s+/);
  const surname = rest.at(-1) ?? '';
  return Boolean(m?.[1] && m[2] && surname.length > 1 && surname.startsWith(m[2]) && sameGivenName(m[1], given));
}

/**
 * A header's name as its owner signs it: "AK Ramaswamy" in the header, "A.K. Ramaswamy" signed. The
 * same person when both have two words or more and end on the same surname; the signature's name line
 * under a shorter sign-off ("Jay" over "Wenjie Zhou") when it is the header's name in full.
 */
function asSigned(header: string | null, signed: string | null, formal: string | null, reading: Reading) {
  if (!header) return header;
  if (signed && (sameSurname(header, signed) || initialSpelled(header, signed))) return signed;
  const mailbox = reading.intake.clues.mailbox;
  return formal && sameSurname(header, formal) && fullerForm(header, formal, mailbox) ? formal : header;
}

/**
 * "it's Pip" or "Ali here" from the contact "Philippa Rowe" or the sender "Aileen MacRae": a one-word name
 * the sender goes by, no word of the contact's full name, does not replace it; a full name given does.
 */
function ownerOfContact(given: string | null, contact: string): string | null {
  if (!given || /\s/.test(given) || !/\s/.test(contact)) return given;
  const words = contact.toLowerCase().split(/\s+/);
  return words.includes(given.toLowerCase()) ? given : contact;
}

const GOES_BY_NAME = new RegExp(GOES_BY, 'gu');

/**
 * "Mariana Zaldívar here, though everyone calls me Moz" signed "– Moz": the one word signed is the name the writer
 * says they go by, so the full name they give themselves stands, as it does over a header's other form.
 */
function fullOverGoneBy(signed: string | null, self: string | null, body: string): string | null {
  if (!signed || !self || /\s/.test(signed) || !/\s/.test(self)) return signed;
  const goneBy = [...body.matchAll(GOES_BY_NAME)].some((m) => m[1] === signed);
  return goneBy ? self : signed;
}

/**
 * The writer's own name, by the trust order; the Slack author first only for a note typed in Slack.
 * Written for someone else (`forSomeone`), a form's name field ("Name: Obi Nwosu") is the candidate's.
 */
export function writerName(
  reading: Reading,
  note: string,
  author: string | null,
  typed: boolean,
  forSomeone = false,
): string | null {
  const { sender } = reading.intake.clues;
  const body = reading.body.map((s) => s.text).join(' ');
  const chat = reading.intake.shape === 'chat';
  // "It's Sofi" under the contact "Sofía Beltrán-Ruiz": the contact's name, when the one given is its nickname.
  const contact = chat ? asName(sender, note) : null;
  // The greeting's line is no sentence of the body, yet names the writer too: "Ciao Francesca, sono Simone Gatti."
  const opening = reading.text.split('\n', 1)[0] ?? '';
  const readSelf = (text: string) => selfNamed(text, note) ?? localSelfNamed(text, note, reading.language.code);
  // The opening is read only when the body names no one, and not again when the note is one unbroken line.
  const given = readSelf(body) || (opening !== body ? readSelf(opening) : null) || null;
  // "its Gloria" under the contact "Gloria Mendez": the contact's full name, as for a nickname. A full name
  // the sender gives with the contact's surname is their own form ("it's Robbie Kinnear" under "Robert Kinnear"),
  // as a header's name gives way to the one signed with its surname (asSigned).
  const ownForm = given && contact && sameSurname(given, contact) && !contact.includes(given);
  const self = given && contact && !ownForm ? ownerOfContact(fullOverShort(given, contact), contact) : given;
  // "Rosie" signed under the contact "Garza, Rosalinda": the contact's full name, as under a given one.
  const known = self ?? contact;
  const signed = fullOverGoneBy(fullOverShort(fullAcrossScripts(signOffName(reading, note), known), known), self, body);
  return (
    (typed ? asName(author, author ?? '') : null) ??
    // "Farah K." in the header, "Farah Karimi" under the note: the header's name with its surname spelled out.
    (chat
      ? null
      : asSigned(withSurnameSpelled(asName(sender, note), note), signed, signatureName(reading, note), reading)) ??
    // A paste that is a résumé from its first line is its owner's: a heading at its end signs nothing.
    resumeTopName(reading, note, true) ??
    signed ??
    self ??
    (forSomeone ? null : headedResumeName(reading.text, note)) ??
    resumeTopName(reading, note) ??
    lastLineName(reading, note) ??
    // A handle from any screen's label ("dev_ansh92 — Today at 4:51 PM") is read for whom it spells.
    (chat ? asName(sender, note) : null) ??
    handleOwner(sender, body, note, reading.text.split('\n').at(-1)) ??
    asName(author, author ?? '')
  );
}

/** Everything of the note a name may come from: the note, its quotes, its signature and its header. */
export function noteSource(reading: Reading): string {
  const { intake } = reading;
  return [
    reading.text,
    ...intake.quoted,
    ...intake.clues.signature,
    ...intake.introductions,
    intake.clues.sender ?? '',
    intake.clues.forwardedFrom ?? '',
    intake.clues.forwardedTo ?? '',
    intake.clues.coverBy ?? '',
  ].join('\n');
}

/** Who sent the note, as the trust order reads it (for matching a note to its sender's earlier ones). */
export function senderName(reading: Reading, author: string | null): string | null {
  return writerName(reading, noteSource(reading), author, reading.intake.shape === 'plain');
}
