/**
 * Whose ask it is (issue 22). A note written for someone else is judged by who writes it:
 * - an agency or recruiter, or anyone offering a candidate they do not name: a no, as the onBehalf signal says;
 * - a parent, relative or friend passing on a named candidate's wish: at best a one-pager, asked of the candidate;
 * - an employer, manager or close colleague vouching from first-hand work for a named candidate: on the note's merits.
 */
import type { Recommendation } from '../shared/profile.js';
import type { Signals } from '../signals/registry.js';
import type { WhoIsWho } from './who.js';

/** The signals the verdict weighs: a named candidate passed on by family or vouched for at work is not an agency's offer. */
export function signalsToWeigh(signals: Signals, who: WhoIsWho): Signals {
  // A vouch is from first-hand work: a note that shows none of the candidate's work is an offer, judged as one.
  const vouched = who.askedBy === 'vouch' && signals.proofPoint.present;
  const named = who.candidate !== null && (who.askedBy === 'relative' || vouched);
  return named && signals.onBehalf.present ? { ...signals, onBehalf: { present: false, evidence: null } } : signals;
}

/** A relative's or friend's note is at best a one-pager: the referrer hears from the candidate before a yes. */
export function capForWriter(recommendation: Recommendation, who: WhoIsWho): Recommendation {
  return who.askedBy === 'relative' && recommendation === 'yes' ? 'one_pager' : recommendation;
}
