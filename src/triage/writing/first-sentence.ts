/**
 * The blurb's first sentence read at a glance (issue 22): when the background and the result together
 * run long, the result stays and what is least needed goes, a whole phrase at a time: a trailing
 * "with …" phrase after the result, the clauses that set the scene before it, the background's aside.
 */
import { clausesOf, withoutEndPunctuation } from '../shared/text.js';
import { withinLength } from './one-sentence.js';
import * as Result from './result-clause.js';

/** The words a forwarded first sentence can hold and still be read at a glance. */
export const GLANCE_WORDS = 40;

const wordsIn = (text: string) => (text.replace(/\bhttps?:\/\/\S+/g, '').match(/\S+/g) ?? []).length;

/** A phrase hung after the result ("…, with no fixes on delivery"): it adds to the result, it is not it. */
const TRAILING_PHRASE = /^(?:with|without|including)\b/i;

/** A clause that leans on one before it ("it", "she", "there"), or has no subject of its own, cannot open. */
const LEANS_BACK =
  /\b(?:it|its|this|these|those|there|them|she|he|her|his|him)\b|^(?:which|that|who|whom|whose|where|when)\b/i;
const HAS_SUBJECT = /\bthey\b/i;

/** The result without the phrase hung after it, when the result is whole without it. */
function withoutTrailingPhrase(retold: string): string {
  const clauses = clausesOf(retold);
  const last = clauses.at(-1) ?? '';
  if (clauses.length < 2 || !TRAILING_PHRASE.test(last)) return retold;
  const cut = retold.slice(0, retold.lastIndexOf(last)).replace(/[\s,;:]+$/, '');
  // A change told in the phrase ("…, with churn down 20%") is the result, and stays.
  return !Result.isChange(last) && Result.readsAsResult(cut) ? cut : retold;
}

/** The result from the clause that holds it: the clauses before it set the scene ("on our spring tour, …"). */
function fromTheResult(retold: string): string {
  const clauses = clausesOf(retold);
  let at = clauses.findIndex(Result.isChange);
  if (at < 0) at = clauses.findIndex(Result.readsAsResult);
  if (at <= 0) return retold;
  const from = retold.indexOf(clauses[at] as string, retold.indexOf(clauses[at - 1] as string));
  const rest = retold.slice(from).replace(/^(?:and|but|so|then)\s+/i, '');
  const whole = wordsIn(rest) >= 4 && HAS_SUBJECT.test(rest) && !LEANS_BACK.test(rest);
  // Only scene goes: a clause before that reads as a result of its own is kept, and with it the rest.
  const scene = clauses.slice(0, at).every((c) => !Result.readsAsResult(c));
  return whole && scene && Result.readsAsResult(rest) ? rest : retold;
}

/** The background without the aside at its end ("…, mostly long-form drama"), when what is left says something. */
function withoutAside(lead: string): string {
  const cut = withinLength(lead, lead.length - 1);
  return cut && wordsIn(cut) >= 4 ? cut : lead;
}

/**
 * The background and the result for one sentence within GLANCE_WORDS: each cut is tried in turn, and
 * only while the sentence is still too long. Unchanged when they fit together, or when nothing whole can go.
 */
export function atAGlance(lead: string, retold: string): { lead: string; retold: string } {
  let out = { lead, retold: withoutEndPunctuation(retold) };
  const cuts = [
    (o: typeof out) => ({ ...o, retold: withoutTrailingPhrase(o.retold) }),
    (o: typeof out) => ({ ...o, retold: fromTheResult(o.retold) }),
    (o: typeof out) => ({ ...o, lead: withoutAside(o.lead) }),
  ];
  for (const cut of cuts) {
    if (wordsIn(`${out.lead}; ${out.retold}`) <= GLANCE_WORDS) break;
    out = cut(out);
  }
  return wordsIn(`${out.lead}; ${out.retold}`) < wordsIn(`${lead}; ${retold}`) ? out : { lead, retold };
}
