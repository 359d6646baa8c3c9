/**
 * What every reply is written from, and the pieces replies share: the greeting, the sign-off, how
 * the role and team are named, and the one tip that would make a future ask stronger. Used by the
 * drafts (drafts.ts) and by each blocking signal's own reply (signal-wording.ts).
 */
import type { Candidate } from '../decision/candidate.js';
import type { MissingPiece } from '../decision/policy.js';
import type { Blocker } from '../decision/recommend.js';
import { teamDisciplines } from '../fit/disciplines.js';
import type { Fit } from '../fit/fit.js';
import { readQuantities } from '../reading/quantities.js';
import type { ResultReading } from '../reading/types.js';
import type { Profile } from '../shared/profile.js';
import { clauseAround, clausesOf, metricIn, withoutEndPunctuation, withoutLinks } from '../shared/text.js';
import * as P from '../signals/patterns.js';
import { listedResult, readsAsResult, structuralResult } from '../signals/proof.js';
import type { Signals } from '../signals/registry.js';
import type { Relationship } from '../signals/relationship.js';
import { firstName, pick } from './wording.js';

/** A no that gives no reason to argue with: for pressure, or a note sent once too often. */
export const CLEAR_NO =
  "I'm not able to help with this one, and I'd rather say so clearly than leave you waiting. I hope the search turns up the right role soon.";

export interface DraftContext {
  candidate: Candidate;
  signals: Signals;
  fit: Fit;
  profile: Profile | null;
  missing: MissingPiece[];
  blocker: Blocker | null;
  seed: number;
  /** The note is the one-pager the referrer asked for, read with the note it answers. */
  answering?: boolean;
  /** Who the candidate is to the referrer: it sets the warmth, never the bar. */
  relationship?: Relationship;
  /** Who wrote the note when it is not the candidate: the reply greets them and speaks of the candidate by name. */
  writer?: string | null;
  /**
   * The ask is someone else's for the candidate (a relative, a manager, an agency): the note's "I" is
   * its writer. A colleague passing on the candidate's own note is not: that note is the candidate's ask.
   */
  askedByAnother?: boolean;
  /** The writer vouches from first-hand work for someone they never name: the replies ask them for the name. */
  namelessVouch?: boolean;
}

/**
 * Whether the reply goes to the note's writer rather than the candidate: the ask is someone else's,
 * or a known writer passes on the candidate's own note (a forward under a colleague's cover). Such a
 * reply greets the writer and speaks of the candidate by name.
 */
export const repliesToWriter = (ctx: DraftContext): boolean => Boolean(ctx.askedByAnother || ctx.writer);

/**
 * Whether the drafts speak to the writer of a named candidate, in every language: an agency's note that
 * names no candidate keeps the drafts it has.
 */
export const aboutCandidate = (ctx: DraftContext): boolean => repliesToWriter(ctx) && Boolean(ctx.candidate.name);

/**
 * Whether the English drafts speak to the writer of the candidate: a named one, or one the writer knows
 * first-hand without naming, whose name the reply asks of the writer (for-someone.ts).
 */
export const speaksOfCandidate = (ctx: DraftContext): boolean =>
  aboutCandidate(ctx) || (repliesToWriter(ctx) && Boolean(ctx.namelessVouch));

/** How a reply opens, by who the candidate is to the referrer; a stranger gets the plain openers. */
const WARM_OPENERS: Record<Exclude<Relationship, 'stranger'>, readonly string[]> = {
  friend: ['so good to hear from you.', 'great to hear from you.'],
  formerColleague: ['good to hear from you again.', 'nice to hear from you again.'],
  fellowAlum: ['always glad to hear from a fellow alum.'],
  mutualContact: ['thanks for reaching out, and glad you were pointed my way.'],
};

export function opener(ctx: DraftContext, plain: readonly string[], salt: number): string {
  const warm = ctx.relationship && ctx.relationship !== 'stranger' ? WARM_OPENERS[ctx.relationship] : null;
  return pick(warm ?? plain, ctx.seed, salt);
}

/** A no to someone the referrer knows leaves the door open for the person, not the ask. */
export function warmClose(ctx: DraftContext): string {
  return ctx.relationship === 'friend' || ctx.relationship === 'formerColleague'
    ? ' Happy to catch up about the search anytime.'
    : '';
}

/** What a result looks like in the referrer's field: a nurse is not asked what they shipped. */
const RESULT_BY_FAMILY: Record<string, string> = {
  software: 'one thing you shipped and what it changed',
  product: 'one thing you shipped and what it changed',
  design: 'one thing you shipped and what it changed',
  data: 'one analysis or model you built and the decision it changed',
  finance: 'one analysis or model you built and the decision it changed',
  clinical: 'one change you made in patient care and what it improved',
  rehab: 'one change you made in patient care and what it improved',
  behavioral: 'one change you made for your clients and what it improved',
  sales: 'a deal you closed or how you did against quota',
  recruiting: 'a hiring result, such as roles filled or time to hire',
  teaching: 'one change in your classroom and what it did for your students',
};

export function resultAsk(ctx: DraftContext): string {
  const family = ctx.profile ? teamDisciplines(ctx.profile.teamArea)[0]?.family : undefined;
  return (family && RESULT_BY_FAMILY[family]) ?? 'one thing you did and what it changed';
}

export function greeting(ctx: DraftContext): string {
  // A note for no one to be referred (a seller's) is answered to its writer too.
  const name = firstName(repliesToWriter(ctx) || !ctx.candidate.name ? (ctx.writer ?? null) : ctx.candidate.name);
  return `${pick(['Hi', 'Hey', 'Hi'], ctx.seed)} ${name ?? 'there'},`;
}

export function signature(ctx: DraftContext): string {
  return ctx.profile?.name ? `\n\n${ctx.profile.name}` : '';
}

/** The role as a reply names it; a note that names none and links none gets `unnamed` ("the role you are after"). */
export function roleName(ctx: DraftContext, unnamed = 'this role'): string {
  const { targetRole } = ctx.candidate;
  if (ctx.fit.openRole) return `the ${ctx.fit.openRole.title} role`;
  if (!targetRole) return ctx.signals.roleNamed.present || ctx.candidate.roleUrl ? 'this role' : unnamed;
  return /\b(?:roles?|positions?|track)\b/i.test(targetRole) ? targetRole : `the ${targetRole} role`;
}

export function teamName(ctx: DraftContext): string {
  return ctx.profile ? (ctx.profile.teamArea.split(':')[0] ?? ctx.profile.teamArea).trim() : 'my team';
}

const OWN_SUBJECT = /\b(?:I|I'm|I've|we|my|our)\b/i;

/**
 * The words of the note a yes quotes: the clause that holds the result ("sales per labour hour rose
 * 14%"), not the first number in its sentence ("a 30-person store"), with the clause before it when
 * the result alone does not say who did it ("after I rebuilt the staffing plan, …").
 */
export function proofQuote(ctx: DraftContext): string | null {
  const evidence = ctx.signals.proofPoint.evidence;
  const proof = evidence ? withoutLinks(evidence).trim() : undefined;
  if (!proof) return null;
  const across = acrossTwoSentences(proof);
  if (across) return across;
  const clauses = clausesOf(proof);
  const at = strongestResult(clauses, structuralResult(proof));
  // No clause reads as a change: the one with a measured result ("top 5% in onboard sales"), not a tenure.
  const measured = at === -1 ? clauses.find((c) => P.PROOF_METRIC.test(c)) : undefined;
  if (at === -1 && !measured) {
    // A before and after split across clauses ("used to take an hour; after I …, about twenty-five minutes") is quoted whole.
    return readsAsResult(proof) ? withoutEndPunctuation(proof) : clauseAround(proof, metricIn(proof));
  }
  const clause = (measured ?? clauses[at]) as string;
  // A clause read only with the sentence ("…, and she passed survey clean") is quoted from the writer's own doing.
  const told =
    measured || clauseIsResult(clause)
      ? undefined
      : (clauses.slice(0, at).findLast((c) => OWN_SUBJECT.test(c)) ?? clauses[at - 1]);
  const before = measured ? undefined : (told ?? clauses[at - 1]);
  const withBefore =
    before &&
    (told !== undefined || (!OWN_SUBJECT.test(clause) && OWN_SUBJECT.test(before)) || AFTER_OF_A_BEFORE.test(clause));
  // Quoted as written, separator and all.
  const quote = withBefore ? proof.slice(proof.indexOf(before), proof.indexOf(clause) + clause.length) : clause;
  // The after of a before stated earlier in the sentence ("pulls were late, often by a week; since I …") is quoted with it.
  if (AFTER_OF_A_BEFORE.test(quote) && statesABefore(proof.slice(0, proof.indexOf(quote)))) {
    return withoutEndPunctuation(proof);
  }
  return withoutEndPunctuation(quote.replace(/^(?:and|but|so|then)\s+/i, ''));
}

/**
 * A before in one sentence and its after in the next ("That season we lost eleven calves. Last season,
 * two."): both spans, as written, joined by an ellipsis, since neither sentence holds the result alone.
 */
function acrossTwoSentences(proof: string): string | null {
  const [before, after, ...more] = proof.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (!before || !after || more.length > 0) return null;
  const read = structuralResult(after, before);
  if (!read?.joinsPrevious) return null;
  // The whole after when it is short: "Since I rebuilt the templates, we sign off on day four" says who did it.
  const clause = after.length <= 160 ? after : clauseAround(after, after.slice(read.span[0], read.span[1]));
  return `${withoutEndPunctuation(before)} … ${withoutEndPunctuation(clause)}`;
}

const statesABefore = (text: string) => /\bused to\b/i.test(text) || readQuantities(text).length > 0;

/**
 * A change ("28h to 19h", "by half", "14%") says more than a clean record ("0 violations"): the first of the
 * strongest, or -1. A change or a clean record the sentence is read by, in a clause whose agent is told in
 * the one before ("…, and she passed survey with zero findings"), beats a figure a list reads ("a 47 m sloop").
 */
function strongestResult(clauses: readonly string[], read: ResultReading | null): number {
  let best = -1;
  let bestScore = 0;
  const cue = read && (read.kind === 'change' || read.kind === 'clean-record') ? read.cue.toLowerCase() : null;
  const cueAt = cue ? clauses.findIndex((c) => c.toLowerCase().includes(cue)) : -1;
  clauses.forEach((clause, i) => {
    const listed = !clauseIsResult(clause) ? 0 : CHANGE.test(clause) || measuredFromTo(clause) ? 2 : 1;
    const score = i === cueAt ? Math.max(listed, 1.5) : listed;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** "from 37 open cases to 5", "to almost none": a from-to with a measure after "to"; "from steel rod to carbon" changes none. */
function measuredFromTo(clause: string): boolean {
  const m = P.PROOF_FROM_TO.exec(clause);
  const after = m
    ? clause
        .slice(m.index + m[0].length)
        .split(/\s+/)
        .slice(0, 4)
        .join(' ')
    : '';
  return m !== null && (readQuantities(after).length > 0 || /\b(?:none|zero|nothing|half|no)\b/i.test(after));
}

const CHANGE = /\d\s?%|\b(?:halved|doubled|tripled|half|\d[\d.]*\s?[a-z]* to \d)/i;

const clauseIsResult = (clause: string) => listedResult(clause) !== null || structuralResult(clause) !== null;

/** A clause that tells the after of a before ("since I built the calendar, not one has been late"): quoted with the before. */
const AFTER_OF_A_BEFORE = /^(?:since|after|once|now that|but now|now)\b/i;

/** One concrete thing that would make a future ask stronger. */
export function tip(ctx: DraftContext): string {
  const first = ctx.missing.find((m) => m === 'role' || m === 'proof' || m === 'whyMe' || m === 'ask');
  switch (first) {
    case 'role':
      return 'If you find a specific posting that matches your background, a short note with the role link and one result you are proud of would make a future ask much stronger.';
    case 'proof':
      return `For a future ask, one concrete result with a number (${resultAsk(ctx)}) would make it much easier to vouch for you.`;
    case 'whyMe':
      return 'For a future ask, a line on why you are asking that person in particular goes a long way.';
    case 'ask':
      return 'For a future ask, say plainly what you would like the person to do: it makes a yes much easier.';
    default:
      return 'A short note with the exact role link and one concrete result is what makes these easy to say yes to.';
  }
}
