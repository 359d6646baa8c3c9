/**
 * The result a blurb retells (issue 22): the note's strongest result, a change in a measured quantity
 * ("from 38% to 24%", "halved", "up 14%"), when the proof point the signals found is a weaker figure
 * ("11 stores"). And the note's lead-in before a colon ("The piece I'm proudest of:"), which the
 * blurb does not lift.
 */

import { LABELLED_TIME } from '../lang/en/candidate.js';
import { RESULT_WORDS } from '../reading/result-words.js';
import type { Quantity, ResultReading } from '../reading/types.js';
import { clauseAround, clausesOf, metricIn, withoutEndPunctuation } from '../shared/text.js';
import * as P from '../signals/patterns.js';
import { structuralResult } from '../signals/proof.js';

/** A change: a percentage, a from-to, a multiple, "halved"; one who "doubled for" or "doubled as" another stood in, and changed nothing. */
const CHANGE =
  /\d\s?%|\b(?:halved|doubled|tripled)\b(?! (?:for|as)\b)|\b(?:by half|by a (?:third|quarter|fifth))\b|\bfrom [^,;]{0,40}\d[^,;]{0,20} (?:to|down to) [^,;]{0,10}\d/i;

export const isChange = (text: string) =>
  CHANGE.test(text) && (P.PROOF_IMPACT_VERB.test(text) || P.PROOF_FROM_TO.test(text));

/**
 * The sentence that holds the note's strongest result: the proof point, unless it holds no change and
 * another sentence does. A record kept with nothing of its work ("Zero recordable injuries in five
 * years.") gives way to a sentence that delivers a counted piece of work with what came of it
 * ("2,150 trees, finished five weeks early").
 */
export function strongestResult(proof: string | null, sentences: readonly string[]): string | null {
  if (!proof || isChange(proof)) return proof;
  const own = (s: string) => s !== proof && !P.SECOND_PERSON.test(s.split(/[,;:]/)[0] ?? '');
  const changed = sentences.find((s) => own(s) && isChange(s));
  const delivered =
    onlyARecord(proof) || LABELLED.test(proof)
      ? sentences.find((s) => own(s) && /\d/.test(s) && readsAsResult(s))
      : undefined;
  return changed ?? delivered ?? withWhatCameOfIt(proof, sentences);
}

/** "Background: 6 yrs as a …": time given to the work under a label, with no subject: who they are, not what came of it. */
const LABELLED = new RegExp(LABELLED_TIME, 'i');

/** A clean record in a sentence of its own, with no verb of work: "Zero lost-time incidents on his shift since 2021." */
const onlyARecord = (proof: string) =>
  structuralResult(proof)?.kind === 'clean-record' && clausesOf(proof).length === 1 && !/\b[a-z]+ed\b/.test(proof);

/**
 * A count of the work ("I cleaned 11,000 filings") told right before what came of it, in words ("the
 * council passed an ordinance citing it"): the result is the two together, the work and its outcome.
 */
function withWhatCameOfIt(proof: string, sentences: readonly string[]): string {
  const at = sentences.findIndex((s) => proof.includes(s) || s.includes(proof));
  const next = at >= 0 ? sentences[at + 1] : undefined;
  if (!next || isChange(proof) || !P.PROOF_IN_WORDS.test(next) || P.PROOF_IN_WORDS.test(proof)) return proof;
  return `${withoutEndPunctuation(proof)}. ${next}`;
}

/** "The piece I'm proudest of: I rebuilt…" → "I rebuilt…": a short lead-in with no figure before a colon. */
export function withoutLeadIn(text: string): string {
  const m = /^([^:\d]{3,60}):\s+(?=\S)/u.exec(text);
  if (!m || (m[1]?.match(/\S+/g) ?? []).length > 8) return text;
  const rest = text.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * In a note written for someone, "I" is the writer: an aside hung on the result ("…at the first inspection,
 * which I have never seen in thirty years") is the writer's, and retold it would be said of the candidate.
 */
const WRITERS_ASIDE = /,\s*(?:which|that|something|as)\b[^,;.!?]*\b(?:I|me|my|myself)\b[^;.!?]*/gu;
const withoutWritersAside = (text: string) => text.replace(WRITERS_ASIDE, '');

/** Written for someone else, the note calls the candidate "she" or "he": the blurb names them once. */
export function namedForSomeone(raw: string, name: string | null): string {
  const text = withoutWritersAside(raw);
  if (!name) return text;
  // "Her crew did…" opening the sentence is the candidate's crew: "Precious Ndlovu's crew did…".
  if (/^(?:Her|His)\b/.test(text)) return text.replace(/^(?:Her|His)\b/, `${name}'s`);
  return text.replace(/\b(?:she|he)\b/i, (m) => (m[0] === m[0]?.toUpperCase() ? name : name));
}

/** A clause that reads as a result: a change, time saved, a result in words, a measured outcome. */
export const readsAsResult = (clause: string) =>
  isChange(clause) ||
  P.PROOF_IN_WORDS.test(clause) ||
  structuralResult(clause) !== null ||
  (P.PROOF_METRIC.test(clause) && P.PROOF_IMPACT_VERB.test(clause));

/**
 * A clean record held over the work counted in the clause right before it ("22 live matches, zero
 * on-air errors", "I recorded 212 features, and my drawings went in without redraws"): both clauses.
 */
function withTheWorkBefore(text: string, clauses: readonly string[], clean: string, read: ResultReading): string {
  const before = clauses[clauses.indexOf(clean) - 1];
  const counted = (q: Quantity) => (q.kind === 'count' || q.kind === 'number') && before?.includes(q.text);
  if (!before || !read.quantities.some(counted)) return clean;
  const from = text.indexOf(before);
  const to = text.indexOf(clean, from);
  return from < 0 || to < 0 ? clean : text.slice(from, to + clean.length);
}

/**
 * Where in a proof sentence the blurb's clause should be cut around: the first number of the clause
 * that holds the result ("we finished 9 days ahead…"), not the first number of the sentence ("a 6-man crew").
 */
export function resultAnchor(text: string): string {
  // A before and an after in two clauses ("we were at 4.1 …; the last two quarters, 1.6") are cut around both.
  const read = structuralResult(text);
  if (read && read.quantities.length > 1) return text.slice(read.span[0], read.span[1]);
  const clauses = clausesOf(text);
  // A clean record told in a clause of its own after the work ("…led our response to the inquiry; it closed
  // without a fine"): that clause is the result, whatever count the work clause holds.
  const clean = read?.kind === 'clean-record' ? clauses.find((c) => c.includes(read.cue)) : undefined;
  if (clean && read && !clauses.some((c) => isChange(c))) return withTheWorkBefore(text, clauses, clean, read);
  // No clause reads as a change: the one with a measured result ("bid $600K under the estimate"), as a draft quotes it.
  // A clause the structural reader reads ("zero missed deductions on the first two payrolls") beats one only a list reads ("handled … 3,100 employees").
  const clause =
    clauses.find((c) => isChange(c)) ??
    clauses.find((c) => structuralResult(c) !== null) ??
    // A result in words ("priced 9 basis points inside comparable deals") beats a sum beside a verb ("drafted … the $410 million bonds").
    clauses.find((c) => P.PROOF_IN_WORDS.test(c)) ??
    clauses.find(readsAsResult) ??
    clauses.find((c) => P.PROOF_METRIC.test(c));
  return clause ? (metricIn(clause) === clause ? clause : metricIn(clause)) : metricIn(text);
}

/**
 * A rank after a count ("31 enrolled out of 212 screened, #1 of 14 sites", "the most of any of the 9
 * clinics") measures the count, and a
 * share against a mark after a sum ("delivered at $3.2m, 8% under budget") measures the sum: kept with it.
 */
const PLACE = String.raw`(?:#\d+|number one|top \d+|first|second|third|the (?:most|highest|fewest|lowest|largest|best))`;
const RANK = new RegExp(
  String.raw`^,\s+((?:${PLACE} (?:of|out of|among|across) (?:any of |all of )?(?:the |all |our )?\d+|\d+(?:\.\d+)?\s?% (?:under|over|below|above|ahead of|behind)\b)[^,;.!?]{0,50})`,
  'i',
);

function withRank(source: string, clause: string): string {
  const at = source.indexOf(clause);
  const rank = at < 0 ? null : RANK.exec(source.slice(at + clause.length));
  return rank?.[1] ? `${clause}, ${withoutEndPunctuation(rank[1])}` : clause;
}

/**
 * A clause with no subject of its own: one opening on a participle ("delivered at $3.2m") or on "with"
 * ("with zero deviations at two audits"), or a share against a mark ("7% under budget", "112% of my
 * quota"), which measures the clause before it.
 */
const MARK = String.raw`(?:under|over|below|above|ahead of|behind|of (?:my|our|their|his|her|the) (?:[\w-]+ )?(?:goal|target|quota|plan|budget|forecast)s?)`;
const NO_SUBJECT = new RegExp(
  String.raw`^(?:[a-z]+ed|built|done|run|won|brought|cut|shipped|grown|taken|made|with|without)\b|^\d+(?:\.\d+)?\s?% ${MARK}\b`,
);

/** "I led a rebuild of the plant, finished 9 days early": a clause without a subject keeps the one it tells of. */
function withItsSubject(source: string, clause: string): string {
  let out = clause;
  for (let step = 0; step < 2 && NO_SUBJECT.test(out); step++) {
    const clauses = clausesOf(source);
    const at = clauses.findIndex((c) => out.startsWith(withoutEndPunctuation(c)));
    const before = at > 0 ? clauses[at - 1] : undefined;
    const end = source.indexOf(out) + out.length;
    const from = before ? source.lastIndexOf(before, source.indexOf(out)) : -1;
    if (!before || from < 0) break;
    out = withoutEndPunctuation(source.slice(from, end));
  }
  return out;
}

const VESSEL_SHE = new RegExp(`^(?:${[...RESULT_WORDS.vesselPronouns].join('|')})\\b`, 'i');
const namesAVessel = (clause: string) =>
  (clause.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => RESULT_WORDS.vessels.has(w.replace(/s$/, '')));

/** "…re-rigged a 40 m ketch, and she passed survey clean": "she" is the vessel, so the clause naming it is kept. */
function withTheVessel(source: string, clause: string): string {
  const end = source.indexOf(clause);
  if (!VESSEL_SHE.test(clause) || end < 0) return clause;
  const named = clausesOf(source.slice(0, end)).findLast(namesAVessel);
  const from = named ? source.lastIndexOf(named, end) : -1;
  return from < 0 ? clause : withoutEndPunctuation(source.slice(from, end + clause.length));
}

/** The clause of a proof sentence that holds its result, with the clause it tells of and the rank that measures it. */
export const resultAround = (source: string) =>
  withRank(
    source,
    withItsCause(source, withTheVessel(source, withItsSubject(source, clauseAround(source, resultAnchor(source))))),
  );

/** A short clause of what the candidate did that leads the result ("after I rebuilt the rota, …"): kept before it. */
const CAUSE = /^(?:and\s+)?((?:after|once|since|when|by)\s+(?:I|we)\b[^,;]{3,80})$/i;

/** "…, and after I rebuilt the rota, our overtime fell 30%": the result keeps what brought it about. */
function withItsCause(source: string, clause: string): string {
  const clauses = clausesOf(source);
  const at = clauses.findIndex((c) => clause.startsWith(withoutEndPunctuation(c)));
  const cause = at > 0 ? CAUSE.exec(clauses[at - 1] ?? '') : null;
  return cause?.[1] ? `${cause[1]}, ${clause}` : clause;
}
