/**
 * The fullest form a note gives of one person in the phrases that name whom it is for: "my daughter Meg" in
 * the subject and "my daughter Megan" in the body are one person, named in full as "Megan"; so are "our
 * apprentice Tom" and "our apprentice Tom Okafor". A shorter form is the longer's start, word for word,
 * its first word the longer's first word or its start (names.ts sameGivenName).
 */
import { FOR_KIN, FOR_WORK, NAME_IN_FULL, NAMED_THIRD } from '../lang/en/candidate.js';
import { escapeRegex } from '../shared/phrases.js';
import { asName, sameGivenName } from './names.js';
import { inLowerCase } from './writer-name.js';

const NAMING = [...FOR_KIN, ...FOR_WORK, ...NAMED_THIRD];
let compiled: RegExp[] | null = null;
const IN_FULL = new RegExp(NAME_IN_FULL, 'u');

/** "Meg" of "Megan", "Megan" of "Megan Hale", "Meg" of "Megan Hale"; not "Megan" of "Meg", nor "Ana Ruiz" of "Ana Lopez". */
export function shortFormOf(short: string, long: string): boolean {
  const [s, l] = [short.split(/\s+/), long.split(/\s+/)];
  if (s.length > l.length || short.length >= long.length) return false;
  const [first = '', given = ''] = [s[0], l[0]];
  const sameStart = first === given || (given.startsWith(first) && sameGivenName(first, given));
  return sameStart && s.slice(1).every((w, i) => w === l[i + 1]);
}

/** The name as its fullest form in the note's naming phrases, when one is longer; the name itself otherwise. */
export function fullestForm(name: string | null, body: string): string | null {
  if (!name) return name;
  compiled ??= NAMING.map((source) => new RegExp(source, 'gmu'));
  let best = name;
  for (const pattern of compiled)
    for (const m of body.matchAll(pattern)) {
      const form = m[1]?.trim();
      if (form && shortFormOf(best, form)) best = form;
    }
  return best;
}

/** The name the writer gives, in full where the note has it: "his full name is …", or the forwarded sender's. */
export function namedInFull(
  named: string | null,
  body: string,
  forwarded: string | null,
  rawNote: string,
  orElse?: () => string | null,
) {
  // A capture that is no name ("She was my rigger"): the name the note's other words give, read only then.
  const read = asName(named, rawNote) ?? inLowerCase(named, rawNote) ?? asName(orElse?.(), rawNote);
  // "my daughter Meg" in the subject, "my daughter Megan" in the body: the fullest form given (fullest-form.ts).
  const short = inBrackets(asName(fullestForm(read, body), rawNote) ?? read, body, rawNote);
  // "Beau" named, then "his full name is Beauregard Thibodeaux": the full name, when it is the same person's.
  const full = asName(IN_FULL.exec(body)?.[1], rawNote);
  const given =
    full && (!short || sameGivenName(short.split(/\s+/)[0] ?? '', full.split(/\s+/)[0] ?? '')) ? full : short;
  // "Forwarding Mateo's CV" over a mail from Mateo Ruiz, "my neighbour Sam" over one from Samuel Brennan: the full name.
  const fwdGiven = forwarded?.split(/\s+/)[0] ?? '';
  return given && !/\s/.test(given) && sameGivenName(fwdGiven, given) ? forwarded : given;
}

/**
 * "my mate Dev (Devendra Pillay)": a one-word name, then in brackets the same person's full name, its given
 * name the short one's whole or its start or end (names.ts sameGivenName); the short name otherwise.
 */
function inBrackets(short: string | null, body: string, rawNote: string): string | null {
  if (!short || /\s/.test(short)) return short;
  const bracketed = new RegExp(`(?<![\\p{L}])${escapeRegex(short)} \\(([^()\\n]{3,60})\\)`, 'u').exec(body)?.[1];
  const full = asName(bracketed, rawNote);
  const given = full?.split(/\s+/) ?? [];
  return full && given.length >= 2 && sameGivenName(short, given[0] ?? '') ? full : short;
}
