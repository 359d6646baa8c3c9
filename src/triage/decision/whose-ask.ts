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
  if (who.askedBy === 'agency' && who.candidate && !signals.onBehalf.present && who.evidence)
    return { ...signals, onBehalf: { present: true, evidence: who.evidence } };
  if (named) return signals.onBehalf.present ? { ...signals, onBehalf: { present: false, evidence: null } } : signals;
  // Anyone offering a candidate they do not name, or an agency, asks on someone's behalf: a no.
  if (who.askedBy !== 'self' && !who.candidate && !signals.onBehalf.present && who.evidence)
    return { ...signals, onBehalf: { present: true, evidence: who.evidence } };
  return signals;
}

/** A relative's or friend's note is at best a one-pager: the referrer hears from the candidate before a yes. */
export function capForWriter(recommendation: Recommendation, who: WhoIsWho): Recommendation {
  return who.askedBy === 'relative' && recommendation === 'yes' ? 'one_pager' : recommendation;
}
