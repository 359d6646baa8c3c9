import type { Fit } from '../fit/fit.js';
import type { Recommendation } from '../shared/profile.js';
import { SIGNAL_NAMES, type Signals } from '../signals/registry.js';
import { countsAgainst } from '../signals/signal-reading.js';
import { type BlockingSignal, type MissingPiece, policyOf } from './policy.js';

/** Why a no is a no: a blocking signal, a role outside the referrer's area, or too much missing at once. */
export type Blocker = BlockingSignal | 'outsideArea' | 'tooMuchMissing';

/** The decision as data; reasons.ts words it. */
export interface Verdict {
  recommendation: Recommendation;
  /** Every blocker that holds, most decisive first. */
  blockers: Blocker[];
  /** The decisive reason for a no, for the reply. */
  blocker: Blocker | null;
  /** What a one-pager or a future ask would need, in the order the drafts ask for it. */
  missing: MissingPiece[];
  /** False for a kind of role on the referrer's team that matches none of their openings: a one-pager at most. */
  exactRole: boolean;
  hasProfile: boolean;
}

export interface DecisionInput {
  signals: Signals;
  fit: Fit;
  hasProfile: boolean;
  hasRoleLink: boolean;
  exactRole: boolean;
}

/** A role outside the area blocks between a missing role and flattery (policy ranks 6 and 8). */
const OUTSIDE_AREA_RANK = 7;
/** Soft points that make a no even with no blocker: an essay with no reason and no way out. */
const TOO_MUCH_MISSING = 4;
const MISSING_ORDER: readonly MissingPiece[] = ['role', 'proof', 'whyMe', 'ask', 'fitOverlap', 'teamArea', 'roleLink'];

function rankedBlockers({ signals, fit }: DecisionInput): Blocker[] {
  const ranked: Array<[number, Blocker]> = [];
  for (const name of SIGNAL_NAMES) {
    const blocks = policyOf(name).blocks;
    if (blocks?.when(signals[name], signals)) ranked.push([blocks.rank, name as BlockingSignal]);
  }
  if (fit.level === 'none') ranked.push([OUTSIDE_AREA_RANK, 'outsideArea']);
  return ranked.sort((a, b) => a[0] - b[0]).map(([, blocker]) => blocker);
}

function softRisk({ signals, fit }: DecisionInput): number {
  let points = fit.level === 'partial' ? 1 : 0;
  for (const name of SIGNAL_NAMES) {
    const soft = policyOf(name).soft;
    if (soft && countsAgainst(signals, name)) points += soft;
  }
  return points;
}

function missingPieces(input: DecisionInput): MissingPiece[] {
  const { signals, fit, hasProfile, hasRoleLink, exactRole } = input;
  const missing = new Set<MissingPiece>();
  for (const name of SIGNAL_NAMES) {
    const piece = policyOf(name).missing;
    if (piece && countsAgainst(signals, name)) missing.add(piece);
  }
  if (fit.level === 'partial') missing.add('fitOverlap');
  if (fit.level === 'unknown' && signals.roleNamed.present && !hasProfile) missing.add('teamArea');
  if ((signals.roleNamed.present && !hasRoleLink) || !exactRole) missing.add('roleLink');
  return MISSING_ORDER.filter((piece) => missing.has(piece));
}

/**
 * Blocking risks first (each one alone makes the referral hard to defend), then the soft risks added
 * up, then the bar for a yes: everything the registry marks as needed, a strong fit and the exact role.
 * Doubt lands on the one-pager.
 */
export function recommend(input: DecisionInput): Verdict {
  const blockers = rankedBlockers(input);
  const points = softRisk(input);
  if (blockers.length === 0 && points >= TOO_MUCH_MISSING) blockers.push('tooMuchMissing');
  const base = { blockers, missing: missingPieces(input), exactRole: input.exactRole, hasProfile: input.hasProfile };
  if (blockers.length > 0) return { ...base, recommendation: 'no', blocker: blockers[0] ?? null };
  const clearForYes = SIGNAL_NAMES.every(
    (name) => !policyOf(name).yesNeedsClear || !countsAgainst(input.signals, name),
  );
  const yes = input.exactRole && clearForYes && input.fit.level === 'strong' && points <= 1;
  return { ...base, recommendation: yes ? 'yes' : 'one_pager', blocker: null };
}
