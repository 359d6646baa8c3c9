import { policyOf } from '../decision/policy.js';
import type { Blocker, Verdict } from '../decision/recommend.js';
import type { Fit } from '../fit/fit.js';
import { SIGNAL_NAMES, type SignalName, type Signals } from '../signals/registry.js';
import { countsAgainst } from '../signals/signal-reading.js';
import { wordingOf } from './signal-wording.js';

const blocks = (name: SignalName, signals: Signals) => policyOf(name).blocks?.when(signals[name], signals) ?? false;

/** The fit's own reason line, for each level that has one; the modal shows fit on a line of its own. */
export function fitReasonLines(fit: Pick<Fit, 'explanation'>): string[] {
  return [`Fit: ${fit.explanation}`, `Fit is partial: ${fit.explanation}`, `Fit is unclear: ${fit.explanation}`];
}

function strengths(signals: Signals, fit: Fit): string[] {
  const lines: string[] = [];
  for (const name of SIGNAL_NAMES) {
    const line = !countsAgainst(signals, name) && wordingOf(name).strength?.(signals[name]);
    if (line) lines.push(line);
  }
  if (fit.level === 'strong') lines.push(`Fit: ${fit.explanation}`);
  return lines;
}

function gaps(signals: Signals, fit: Fit, hasProfile: boolean): string[] {
  const lines: string[] = [];
  for (const name of SIGNAL_NAMES) {
    const { gap } = wordingOf(name);
    if (gap && countsAgainst(signals, name) && !blocks(name, signals)) lines.push(gap(signals[name]));
  }
  if (fit.level === 'partial') lines.push(`Fit is partial: ${fit.explanation}`);
  if (fit.level === 'unknown' && signals.roleNamed.present) {
    lines.push(hasProfile ? `Fit is unclear: ${fit.explanation}` : 'Set your team area so the fit can be checked.');
  }
  return lines;
}

function blockerReason(blocker: Blocker, signals: Signals, fit: Fit): string {
  if (blocker === 'outsideArea') return fit.explanation;
  if (blocker === 'tooMuchMissing')
    return 'Too much is missing to vouch for them or to ask for more without a long exchange.';
  const wording = wordingOf(blocker);
  return wording.blockReason?.(signals[blocker]) ?? wording.label;
}

function gapPhrase({ missing }: Verdict): string | null {
  if (missing.includes('proof')) return 'there is no proof point yet';
  if (missing.includes('fitOverlap')) return 'their background overlaps your area only in part';
  if (missing.includes('ask')) return 'there is no explicit ask';
  if (missing.includes('teamArea')) return 'the fit against your area is not checked';
  if (missing.includes('name')) return 'the note gives no name to put on a referral';
  return null;
}

/**
 * The first reason of a note that is neither a yes nor a no: what holds and what is missing, saying
 * only what is true. A note that names no role is not called specific, and says so once.
 */
function lead(verdict: Verdict, signals: Signals, reasons: readonly string[]): string | null {
  const gap = gapPhrase(verdict);
  if (signals.roleNamed.present) {
    const rest =
      gap ?? (verdict.exactRole ? 'the case is not complete yet' : 'they have not named the exact opening yet');
    return `The role is specific and the fit plausible, but ${rest}.`;
  }
  const said = reasons.some((r) => /\bno (?:role|opening)\b[^.]*\bnamed\b/i.test(r));
  if (!said) return `No opening is named yet${gap ? `, and ${gap}` : ''}.`;
  return gap ? `The fit is plausible, but ${gap}.` : null;
}

const NO_NAME = 'They sign with initials only and give no name anywhere: a referral needs one, so ask for it.';

/**
 * The reasons as plain sentences, each tied to the note: for a no, what blocks it (most decisive
 * first); otherwise what speaks for the note and what is still missing, in the order of the five questions.
 */
export function explain(verdict: Verdict, signals: Signals, fit: Fit): string[] {
  const good = strengths(signals, fit);
  const open = gaps(signals, fit, verdict.hasProfile);
  if (verdict.blocker === 'tooMuchMissing') {
    return [blockerReason('tooMuchMissing', signals, fit), ...open, ...good.slice(0, 1)];
  }
  if (verdict.blocker) {
    return [...verdict.blockers.map((b) => blockerReason(b, signals, fit)), ...good.slice(0, 2)];
  }
  if (!verdict.exactRole) open.push('They name a kind of role on your team, not the opening itself.');
  if (verdict.missing.includes('name')) open.push(NO_NAME);
  if (verdict.recommendation === 'yes') return [...good, ...open];
  const first = lead(verdict, signals, [...open, ...good]);
  return [...(first ? [first] : []), ...open, ...good];
}
