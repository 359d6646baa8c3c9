/**
 * The name a résumé pasted into the note gives: the line under its heading ("CURRÍCULO" / "Ana Cláudia
 * Bittencourt Rosa"), or a name line over its contact line.
 */
import type { Reading } from '../reading/reading.js';
import { NEVER_NAME } from '../shared/name-words.js';
import { finalLineName } from './final-line-name.js';
import { inNoteScript } from './name-script.js';
import { asName, inItsCase } from './names.js';

/**
 * A contact line under a résumé's name: an address, a profile link, a phone. Only tested: one character
 * before the "@" is enough, and reading the whole word before it would rescan a long line from every start.
 */
export const CONTACT_LINE = /[^\s@|]@[^\s@|]+\.[a-z]{2,}|\blinkedin\.|\+?\d[\d\s().-]{7,}\d/i;

/** Post-nominals after a name's comma, known ("Jr.", "RN, BSN") or in capitals alone ("CP", "LCSW-C"). */
const POST_NOMINALS = (after: string) =>
  after
    .split(/[\s,]+/)
    .every(
      (w) =>
        !w ||
        /^\p{Lu}[\p{Lu}.-]{1,6}$/u.test(w) ||
        (NEVER_NAME.has(w.toLowerCase().replace(/\./g, '')) && /^\p{Lu}/u.test(w)),
    );

/**
 * A résumé's name line in capitals ("JI-WOO HAN, EIT") as the note writes it elsewhere ("Ji-woo Han"),
 * else with a capital to each word; without the post-nominals after its comma ("Marisol Vega, CPA").
 */
function asWritten(line: string, note: string): string {
  const [name = '', ...rest] = line.split(',').map((part) => part.trim());
  if (/\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name)) return inItsCase(name, note);
  return rest.length > 0 && POST_NOMINALS(rest.join(' ')) ? name : line;
}

/** A headline under a résumé's name ("Herbarium Imaging Officer · Whitcombe County Museum"): short, no sentence. */
const HEADLINE = (line: string) => line.length <= 80 && !/[.!?:;]$/.test(line) && !CONTACT_LINE.test(line);

/** A contact line under the name, or under the headline that follows the name, as a CV's top is laid out. */
const overContact = (lines: readonly string[], i: number) =>
  CONTACT_LINE.test(lines[i + 1] ?? '') || (HEADLINE(lines[i + 1] ?? '') && CONTACT_LINE.test(lines[i + 2] ?? ''));

/** The name on a résumé's top line, over a contact line; `heads`: the top line names it alone (a résumé set apart). */
function topLineName(lines: readonly string[], i: number, note: string, heads = false): string | null {
  const line = lines[i] as string;
  const capitals = heads && /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line) && !HEADING.test(line);
  const name = capitals || overContact(lines, i) ? finalLineName(asWritten(line, note)) : null;
  // Up to a family name's particle ("dos", "van"), which a name word is not: "Thiago Mendes".
  return name?.includes(' ') ? asName(name.split(/\s(?=\p{Ll})/u)[0], note) : null;
}

/**
 * A résumé pasted into the note starts with its name, over a contact line ("Thiago Mendes dos Santos" /
 * "BH | thiago@…"); with `opening`, only a paste that is a résumé from its first line. A résumé the
 * intake set apart under the ask is headed by its owner's name, in capitals ("MEGAN HOLLOWAY") or over
 * its contact line, or names it in its name field ("Name: MEGAN HOLLOWAY").
 */
export function resumeTopName(reading: Reading, note: string, opening = false): string | null {
  const lines = filledLines(reading.text);
  for (let i = 0; i + 1 < (opening ? Math.min(2, lines.length) : lines.length); i++) {
    const read = topLineName(lines, i, note);
    // "Hamid Rostami, MD" over "حمید رستمی" over the phone: the name in the note's script.
    if (read) return inNoteScript(read, lines, i, note, reading.text);
  }
  const apart = opening ? null : reading.intake.resume;
  if (!apart) return null;
  // The résumé is no part of the note's text: its own words are the ones its name is read against.
  // Under its heading ("CURRICULUM VITAE" / "Name: VENKATESH IYER"), its name field or the line under it.
  const own = `${note}\n${apart}`;
  return topLineName(filledLines(apart), 0, own, true) ?? headedResumeName(apart, own);
}

const filledLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A résumé's own heading, alone on its line, in the languages the triage reads. */
const HEADING = /^(?:curr[ií]culo(?: vitae)?|curriculum(?: vitae)?|cv|résumé|resume|lebenslauf|hoja de vida)\s*:?$/iu;

/** "Name: Obi Nwosu", and a referral form's "Candidate: …" or "Applicant name: …". */
const NAME_FIELD = /^(?:(?:full |candidate(?:'s)? |applicant(?:'s)? )?name|candidate|applicant)\s*:\s*(\S.{1,60})$/i;

/** The owner's name in the résumé's name field, or on the line under its heading. */
export function headedResumeName(text: string, note: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // A form's own field names it: "Name: Obi Nwosu".
  const field = lines.map((l) => NAME_FIELD.exec(l)?.[1]).find(Boolean);
  if (field) return asName(asWritten(field, note), note);
  const at = lines.findIndex((l) => HEADING.test(l));
  const next = at === -1 ? undefined : lines[at + 1];
  return next ? asName(finalLineName(next), note) : null;
}
