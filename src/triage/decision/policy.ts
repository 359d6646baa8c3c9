import type { SignalName, Signals } from '../signals/registry.js';
import type { Signal } from '../signals/signal.js';

/** How a referrer weighs each signal: what makes a no on its own, what adds up, what a yes needs. */

/**
 * What a one-pager, or a future ask, would still need; the drafts name it. `name`: the note gives no name
 * to refer, only initials (decision/unnamed.ts); it is asked for beside the one-pager, not instead of a piece.
 */
export type MissingPiece = 'role' | 'proof' | 'whyMe' | 'ask' | 'fitOverlap' | 'teamArea' | 'roleLink' | 'name';

/** Signals read together by a rule that spans two of them (flattery without a reason). */
export type SignalMap = Readonly<Record<string, Signal | undefined>>;

export interface Policy<S extends Signal> {
  /** A no on its own: the referral is hard to defend whatever else the note has. */
  blocks?: {
    when(signal: S, all: SignalMap): boolean;
    /** Which blocker the reply speaks to when several hold: the lowest rank. */
    rank: number;
  };
  /** Points toward a no when the signal counts against the note; four points are a no. */
  soft?: number;
  /** A yes needs the note clear of this signal. */
  yesNeedsClear?: boolean;
  /** What the note lacks while the signal counts against it. */
  missing?: MissingPiece;
}

const raised = (s: Signal) => s.present;

export const POLICY = {
  whyMe: { soft: 1, missing: 'whyMe' },
  roleNamed: { blocks: { when: (s) => !s.present, rank: 6 }, missing: 'role' },
  proofPoint: { soft: 1, yesNeedsClear: true, missing: 'proof' },
  gracefulExit: { soft: 1 },
  flattery: {
    soft: 1,
    // Praise blocks when it stands in for the substance: no reason to ask this referrer and no result.
    // With a result to point to, it is a soft risk, and the referrer can ask for the rest.
    blocks: { when: (s, all) => s.present && !all.whyMe?.present && !all.proofPoint?.present, rank: 8 },
  },
  adviceOnly: { blocks: { when: raised, rank: 4 } },
  pressure: { blocks: { when: raised, rank: 2 } },
  followUp: { blocks: { when: (s) => s.count > 1, rank: 3 } },
  placeholder: { blocks: { when: raised, rank: 1 } },
  tooLong: { soft: 2, yesNeedsClear: true },
  tooShort: { soft: 1, yesNeedsClear: true },
  resumeDump: {
    soft: 1,
    // A pasted résumé leaves the fit to the referrer when the note names no role, or gives neither a
    // reason to ask them nor a result; beside a named role and a reason, it is extra reading.
    blocks: {
      when: (s, all) => s.present && (!all.roleNamed?.present || (!all.whyMe?.present && !all.proofPoint?.present)),
      rank: 5,
    },
  },
  noAsk: { soft: 1, yesNeedsClear: true, missing: 'ask' },
  onBehalf: { blocks: { when: raised, rank: 0 } },
  notAReferral: { blocks: { when: raised, rank: 0 } },
  broadcast: { soft: 1 },
  alsoSentTo: { soft: 1 },
} satisfies { [K in SignalName]: Policy<Signals[K]> };

/** The signals that can make a no on their own. */
export type BlockingSignal = {
  [K in SignalName]: (typeof POLICY)[K] extends { blocks: object } ? K : never;
}[SignalName];

/** An entry read as a plain policy: each entry types its own signal, the readers need only the common shape. */
export function policyOf(name: SignalName): Policy<Signal> {
  return POLICY[name] as Policy<Signal>;
}
