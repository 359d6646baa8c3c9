import * as D from './detectors.js';
import { formLetter } from './form-letter.js';
import { findProofIn } from './local-proof.js';
import { firstMatch, firstOf, present } from './signal.js';
import { countSchema, plainSchema, type QuestionSpec, type RiskSpec, wordsSchema } from './signal-spec.js';

export type { SignalSpec } from './signal-spec.js';

/**
 * Every signal the triage reads, one entry each: whether it is one of the five questions or a risk,
 * its stored shape, and how it is found. The result schema and every table keyed by signal
 * (decision/policy.ts, writing/signal-wording.ts) are derived from the names here, so adding a signal
 * is one entry here, one in each of those tables (the compiler asks for them), its phrases in lang/,
 * and its tests.
 */

// The builders keep each entry's own type, so the compiler knows each signal's shape.
const question = <const T extends Omit<QuestionSpec, 'kind' | 'schema'>>(spec: T) =>
  ({ kind: 'question', schema: plainSchema, ...spec }) as const;
const risk = <const T extends Omit<RiskSpec, 'kind' | 'schema'>>(spec: T) =>
  ({ kind: 'risk', schema: plainSchema, ...spec }) as const;

export const REGISTRY = {
  whyMe: question({
    position: 1,
    detect: ({ reading, patterns }) => {
      const own = firstOf(reading.body, patterns.WHY_ME_PATTERNS);
      return own.present ? own : D.whyMeThroughContact(reading);
    },
  }),
  roleNamed: question({ position: 2, detect: D.findRole }),
  proofPoint: question({ position: 3, detect: findProofIn }),
  gracefulExit: question({
    position: 5,
    detect: ({ reading, patterns }) => firstMatch(reading.body, patterns.GRACEFUL_EXIT),
  }),
  flattery: risk({ detect: ({ reading, patterns }) => firstMatch(reading.body, patterns.FLATTERY) }),
  adviceOnly: risk({ detect: D.findAdviceOnly }),
  pressure: risk({ detect: ({ reading, patterns }) => firstMatch(reading.body, patterns.PRESSURE) }),
  followUp: {
    kind: 'risk',
    schema: countSchema,
    detect: D.findFollowUp,
    // A one-pager the referrer asked for is an answer, not a bump; only its own words can make it one.
    answerAlone: true,
    against: (s) => s.count > 1,
  } satisfies RiskSpec<D.Counted<'count'>>,
  placeholder: risk({ detect: ({ reading, patterns }) => D.findPlaceholder(reading.text, patterns) }),
  tooLong: {
    kind: 'risk',
    schema: wordsSchema,
    detect: D.findTooLong,
    // A one-pager is not homework for being read beside the note it answers.
    answerAlone: true,
  } satisfies RiskSpec<D.Counted<'words'>>,
  tooShort: { kind: 'risk', schema: wordsSchema, detect: D.findTooShort } satisfies RiskSpec<D.Counted<'words'>>,
  resumeDump: risk({ detect: ({ reading, patterns }) => D.findResumeDump(reading, patterns) }),
  noAsk: risk({ detect: D.findNoAsk }),
  /** An agency or recruiter asking for a candidate: the referrer would vouch for someone they never heard from. */
  onBehalf: risk({ detect: ({ reading, patterns }) => firstMatch(reading.body, patterns.ON_BEHALF) }),
  /** A reference, a sale, a business introduction: something other than a job referral, which is all this gives. */
  notAReferral: risk({ detect: D.findNotAReferral }),
  /** Sent to a whole channel (@here, "hi everyone"), mailed to hidden recipients, or a form letter to a desk: not a personal ask. */
  broadcast: risk({
    detect: ({ reading, patterns }) => {
      const said = firstMatch(reading.sentences, patterns.BROADCAST);
      if (said.present) return said;
      return reading.massMailing ? present(reading.massMailing) : formLetter(reading);
    },
  }),
  /** The same note reached other referrers here (the app's spray check): a flag from one, a broadcast from three. */
  alsoSentTo: {
    kind: 'risk',
    schema: countSchema,
    detect: D.findAlsoSentTo,
    against: (s) => s.count >= 3,
  } satisfies RiskSpec<D.Counted<'count'>>,
};

export type Registry = typeof REGISTRY;
export type SignalName = keyof Registry;
export const SIGNAL_NAMES = Object.keys(REGISTRY) as SignalName[];
/** The five questions' signals (the fourth, the summary, is no signal). */
export type QuestionName = { [K in SignalName]: Registry[K]['kind'] extends 'question' ? K : never }[SignalName];

type SignalOf<K extends SignalName> = ReturnType<Registry[K]['detect']>;
/** Every signal of a triage, each always present (the contract's `signals`). */
export type Signals = { [K in SignalName]: SignalOf<K> };
