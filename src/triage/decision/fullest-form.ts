/**
 * The fullest form a note gives of one person in the phrases that name whom it is for: "my daughter Meg" in
 * the subject and "my daughter Megan" in the body are one person, named in full as "Megan"; so are "our
 * apprentice Tom" and "our apprentice Tom Okafor". A shorter form is the longer's start, word for word,
 * its first word the longer's first word or its start (names.ts sameGivenName).
 */
import { FOR_KIN, FOR_WORK, NAMED_THIRD } from '../lang/en/candidate.js';
import { sameGivenName } from './names.js';

const NAMING = [...FOR_KIN, ...FOR_WORK, ...NAMED_THIRD];
let compiled: RegExp[] | null = null;

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
