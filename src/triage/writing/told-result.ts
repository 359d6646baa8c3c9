/** Which sentence of the note the blurb tells a result in: the note's own, not a bare figure or a résumé's list line. */
import { withoutQuoteLabel } from '../shared/text.js';
import * as P from '../signals/patterns.js';

/** A line of a list ("• 40 rigs serviced"), as a résumé or a note's own list is written: a fragment with no subject. */
const LIST_LINE = /^\s*(?:[•·▪‣◦*–-]|\d{1,2}[.)])\s/;

/**
 * Evidence cut down to its bare figure ("8 m", "61%", from a sentence too long to quote) is read in the
 * note's sentence that holds it, which the blurb cuts to the clause its result is in.
 */
export const inItsSentence = (proof: string | null, sentences: readonly string[]) =>
  proof && (proof.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4
    ? (sentences.find((s) => s.includes(proof)) ?? proof)
    : (inTheirWords(proof, sentences) ?? proof);

/**
 * A résumé's list line ("• ~900 flues swept; no complaints") whose figure the candidate gave in a sentence of
 * their own: the blurb tells their sentence, with them as its subject, not the subjectless line.
 */
function inTheirWords(proof: string | null, sentences: readonly string[]): string | null {
  const figure = proof && LIST_LINE.test(proof) ? /\d[\d,.]*\d|\d/.exec(proof)?.[0] : undefined;
  if (!figure) return null;
  const same = new RegExp(`(?<![\\d.,])${figure.replaceAll('.', '\\.')}(?![\\d]|[.,]\\d)`);
  const own = sentences.find((s) => !LIST_LINE.test(s) && same.test(s));
  // Their words, without a portal's label, the quote mark or the greeting before them.
  return own ? withoutQuoteLabel(own).replace(P.GREETING_PREFIX, '') : null;
}
