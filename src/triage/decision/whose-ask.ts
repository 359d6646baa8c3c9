/**
 * Whose ask it is (issue 22). A note written for someone else is judged by who writes it:
 * - an agency or recruiter, or anyone offering a candidate they do not name: a no, as the onBehalf signal says;
 * - a parent, relative or friend passing on a named candidate's wish: at best a one-pager, asked of the candidate;
 * - an employer, manager or close colleague vouching from first-hand work for a named candidate: on the note's merits.
 */

import type { Fit } from '../fit/fit.js';
import type { Signals } from '../signals/registry.js';
import type { Blocker, Verdict } from './recommend.js';
import type { WhoIsWho } from './who.js';

/** Who passes on a named candidate's wish: a relative or friend, or a writer who does not say who they are to them. */
const passesOnAWish = (who: WhoIsWho) =>
  who.candidate !== null && (who.askedBy === 'relative' || who.askedBy === 'passedOn');

/** A person the writer knows: named, or one whose work the writer says they saw ("I was her lead"), whose name the referrer can ask. */
const known = (who: WhoIsWho) => who.candidate !== null || (who.askedBy === 'vouch' && who.firstHand === true);

/** One the writer knows first-hand but never names ("I was his foreman for two winters"): the replies ask the writer for the name. */
export const namelessVouch = (who: WhoIsWho) => who.candidate === null && known(who);

/** The signals the verdict weighs: a named candidate passed on by family or vouched for at work is not an agency's offer. */
export function signalsToWeigh(signals: Signals, who: WhoIsWho): Signals {
  // A vouch is from first-hand work: a note that shows none of the candidate's work, and does not say the
  // writer saw it, is an offer, judged as one; one that says so is a wish passed on (capForWriter).
  const vouched = who.askedBy === 'vouch' && (signals.proofPoint.present || who.firstHand === true);
  const named = known(who) && (passesOnAWish(who) || vouched);
  // A relative's news ("my wife just finished her residency") beside the writer's own ask outweighing it (who.ts) is no offer.
  if (who.askedBy === 'self' && signals.onBehalf.present)
    return { ...signals, onBehalf: { present: false, evidence: null } };
  if (who.askedBy === 'agency' && who.candidate && !signals.onBehalf.present && who.evidence)
    return { ...signals, onBehalf: { present: true, evidence: who.evidence } };
  if (named) return signals.onBehalf.present ? { ...signals, onBehalf: { present: false, evidence: null } } : signals;
  // Anyone offering a candidate they do not name, or an agency, asks on someone's behalf: a no.
  if (who.askedBy !== 'self' && !who.candidate && !signals.onBehalf.present && who.evidence)
    return { ...signals, onBehalf: { present: true, evidence: who.evidence } };
  return signals;
}

/** Only these make a no of a wish passed on: the referrer asks the candidate directly for what is missing. */
const REAL_BLOCKERS: ReadonlySet<Blocker> = new Set<Blocker>([
  'placeholder',
  'pressure',
  'followUp',
  'outsideArea',
  'notAReferral',
  'adviceOnly',
  'onBehalf',
]);

const onePager = (verdict: Verdict): Verdict => ({
  ...verdict,
  recommendation: 'one_pager',
  blockers: [],
  blocker: null,
});

/**
 * A vouch that shows a named candidate's work (a result the writer saw) and asks outright, held back only by
 * naming no posting: the referrer asks for a one-pager and the role, as they would of the candidate. Not a
 * note sent to many, nor an essay: those stay a no without a role.
 */
const shownVouchWithoutRole = (verdict: Verdict, who: WhoIsWho, signals: Signals) =>
  who.askedBy === 'vouch' &&
  who.candidate !== null &&
  signals.proofPoint.present &&
  verdict.blockers.length === 1 &&
  verdict.blocker === 'roleNamed' &&
  !signals.broadcast.present &&
  !signals.alsoSentTo.present &&
  !signals.tooLong.present;

/**
 * A wish passed on for a named candidate is a one-pager, asked of the candidate: never a yes before the
 * referrer hears from them, and a no only for a real blocker, not for what the candidate will send anyway
 * (no why-me, no easy out, no result yet). A vouch that shows none of the candidate's work, from a writer who
 * says they saw it ("I've supervised her for five years"), is read the same way.
 */
export function capForWriter(verdict: Verdict, who: WhoIsWho, signals: Signals, fit: Fit['level']): Verdict {
  // A message carried under covers that disown it is the candidate's own ask of someone else: never a yes,
  // but judged as the candidate's own note otherwise (the easy out and the result are theirs).
  if (who.unvouched && verdict.recommendation === 'yes') return { ...verdict, recommendation: 'one_pager' };
  // No posting named is forgiven only beside an outright ask and a kind of work the area holds ("can you put
  // in a word for her, anything for ER vets"): "does your org have anything?" leaves the referrer to guess.
  const guess = fit === 'unknown' || fit === 'none' || signals.noAsk.present;
  if (shownVouchWithoutRole(verdict, who, signals) && !guess) return onePager(verdict);
  const wish = passesOnAWish(who) || (who.askedBy === 'vouch' && !signals.proofPoint.present && who.firstHand === true);
  if (!wish || !known(who)) return verdict;
  if (verdict.recommendation === 'yes') return { ...verdict, recommendation: 'one_pager' };
  const noRole = verdict.blockers.includes('roleNamed') && guess;
  if (verdict.recommendation !== 'no' || noRole || verdict.blockers.some((b) => REAL_BLOCKERS.has(b))) return verdict;
  return onePager(verdict);
}
