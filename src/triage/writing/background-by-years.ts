/**
 * A background told by its length alone ("I've taught maths for five years") is the weakest kind: the blurb
 * gives it beside a result only where the result loses nothing for it.
 */
import { BACKGROUND_BY_WORK, BACKGROUND_BY_YEARS } from '../lang/en/background-kinds.js';
import { phraseMatcher } from '../shared/phrases.js';

const BY_WORK = phraseMatcher(BACKGROUND_BY_WORK, { flags: '' });
const BY_YEARS = phraseMatcher(BACKGROUND_BY_YEARS, { flags: '' });

/** Their background counts as one only by how long they have done it. */
export const byYearsAlone = (background: string | null) =>
  !!background && BY_YEARS.test(background) && !BY_WORK.test(background);

const FIGURE = /\d[\d.,]*\d|\d/g;
/** What they did that brought the result about: "after I rebuilt the board", "by Ana switching the feed". */
const CAUSE = /\b(?:after|once|by)\s+(?:I|we|they|\p{Lu}\p{Ll}+)\b/u;

/** The clause kept of a proof sentence leaves out one of its figures, or what brought the result about. */
export function costsTheResult(source: string, kept: string): boolean {
  if ((source.match(FIGURE) ?? []).some((figure) => !kept.includes(figure))) return true;
  return CAUSE.test(source) && !CAUSE.test(kept);
}

/**
 * A result told of "my" work with no "I" in it ("In 2024 my error rate was 1%") would open the blurb with
 * no one named: the first "my" is the candidate's name, as the first "I" is.
 */
export function namedOwner(text: string, name: string | null): string {
  if (!name || /(^|[^\w-])I(?=[\s',]|$)/.test(text) || text.includes(name)) return text;
  return text.replace(/\b[Mm]y\b/, `${name}'s`);
}

/** The words a retold background opens on, up to its verb ("Ana Ruiz is …" → "Ana Ruiz"). */
export const subjectOf = (retold: string) => retold.split(/\s+(?:is|was|has|have|had|are|were)\b/)[0] ?? retold;
