import * as D from './detectors.js';
import { notAReferralReply } from './not-a-referral.js';
import * as P from './patterns.js';
import { firstMatch, firstOf } from './signal.js';
import { countSchema, plainSchema, type QuestionSpec, type RiskSpec, wordsSchema } from './signal-spec.js';

export type { MissingPiece, Policy, SignalMap, SignalSpec } from './signal-spec.js';

import { CLEAR_NO, tip } from './reply-kit.js';
import { quote } from './wording.js';

/**
 * Every signal the triage reads, one entry each: what it is, how each surface names it, how a
 * referrer weighs it, how the reasons word it, and how it is found. The result schema, the modal,
 * the command line report, the DM summary and the recommendation are all derived from this table.
 * Adding a signal is one entry here, its phrases in patterns.ts, and its tests.
 */

// The builders keep each entry's own type, so the compiler knows which signals block (drafts.ts words a no for each).
const question = <const T extends Omit<QuestionSpec, 'kind' | 'schema'>>(spec: T) =>
  ({ kind: 'question', schema: plainSchema, ...spec }) as const;
const risk = <const T extends Omit<RiskSpec, 'kind' | 'schema'>>(spec: T) =>
  ({ kind: 'risk', schema: plainSchema, ...spec }) as const;

export const REGISTRY = {
  whyMe: question({
    position: 1,
    label: 'Why me?',
    question: 'Why did they pick me?',
    unanswered: 'why they picked you',
    detect: ({ reading }) => firstOf(reading.body, P.WHY_ME_PATTERNS),
    policy: { soft: 1 },
    missing: 'whyMe',
    strength: (s) => `They say why they picked you: ${quote(s.evidence)}.`,
    gap: () => 'They do not say why they picked you.',
  }),
  roleNamed: question({
    position: 2,
    label: 'Which role?',
    question: 'Which role do they want?',
    unanswered: 'a specific role',
    detect: D.findRole,
    policy: {
      blocks: {
        when: (s) => !s.present,
        rank: 6,
        reason: () => 'No specific role or track is named, so you would have to guess what to refer them for.',
        reply: (ctx) => `I only refer people for a specific role I can vouch for, so I'll pass for now. ${tip(ctx)}`,
      },
    },
    missing: 'role',
    strength: (s) => `They name the role: ${quote(s.evidence)}.`,
  }),
  proofPoint: question({
    position: 3,
    label: 'What makes them relevant?',
    question: 'What makes them relevant?',
    unanswered: 'a proof point',
    detect: ({ reading }) => D.findProof(reading.body),
    policy: { soft: 1, yesNeedsClear: true },
    missing: 'proof',
    strength: (s) => `A concrete proof point: ${quote(s.evidence)}.`,
    gap: () => 'No concrete result or number shows what they have done.',
  }),
  gracefulExit: question({
    position: 5,
    label: 'Easy to say no?',
    question: 'Can I say no without drama?',
    unanswered: 'an easy out',
    detect: ({ reading }) => firstMatch(reading.body, P.GRACEFUL_EXIT),
    policy: { soft: 1 },
    strength: (s) => `They leave you an easy out: ${quote(s.evidence)}.`,
    gap: () => 'No graceful exit: saying no may take more than a line.',
  }),
  flattery: risk({
    label: 'Flattery',
    detect: ({ reading }) => firstMatch(reading.body, P.FLATTERY),
    policy: {
      soft: 1,
      blocks: {
        // Praise blocks when it stands in for the substance: no reason to ask this referrer and no result.
        // With a result to point to, it is a soft risk, and the referrer can ask for the rest.
        when: (s, all) => s.present && !all.whyMe?.present && !all.proofPoint?.present,
        rank: 8,
        reason: (s) => `Praise stands in for a reason to ask you: ${quote(s.evidence)}.`,
        reply: (ctx) =>
          `I appreciate the kind words, but I only refer people for a specific role where I can speak to the fit, so I'll pass for now. ${tip(ctx)}`,
      },
    },
    gap: (s) => `Some flattery: ${quote(s.evidence)}.`,
  }),
  adviceOnly: risk({
    label: 'Advice only',
    detect: D.findAdviceOnly,
    policy: {
      blocks: {
        when: (s) => s.present,
        rank: 4,
        reason: (s) => `It asks for advice, not a referral: ${quote(s.evidence)}.`,
        reply: (ctx) =>
          `I'm not able to take on advice calls right now, so I'll pass on this one. ${tip({ ...ctx, missing: ['role'] })}`,
      },
    },
  }),
  pressure: risk({
    label: 'Pressure',
    detect: ({ reading }) => firstMatch(reading.body, P.PRESSURE),
    policy: {
      blocks: {
        when: (s) => s.present,
        rank: 2,
        reason: (s) => `The note leans on pressure or guilt: ${quote(s.evidence)}.`,
        reply: () => CLEAR_NO,
      },
    },
  }),
  followUp: {
    kind: 'risk',
    label: 'Follow-up',
    schema: countSchema,
    detect: D.findFollowUp,
    // A one-pager the referrer asked for is an answer, not a bump; only its own words can make it one.
    answerAlone: true,
    against: (s) => s.count > 1,
    policy: {
      blocks: {
        when: (s) => s.count > 1,
        rank: 3,
        reason: (s) => {
          const where = s.evidence ? `: ${quote(s.evidence)}` : ' (from your records)';
          return `This is follow-up number ${s.count}${where}; more than one bump is a warning sign.`;
        },
        reply: () => CLEAR_NO,
      },
    },
    strength: (s) => (s.count === 1 ? 'One calm follow-up is fine.' : null),
  } satisfies RiskSpec<D.Counted<'count'>>,
  placeholder: risk({
    label: 'Template placeholder',
    detect: ({ reading }) => D.findPlaceholder(reading.text),
    policy: {
      blocks: {
        when: (s) => s.present,
        rank: 1,
        reason: (s) => `A template placeholder was left in: ${quote(s.evidence)}.`,
        reply: () =>
          "I'll pass on this one. One tip for future notes: part of the template was still in it, and a note written for the person you're asking lands much better.",
      },
    },
  }),
  tooLong: {
    kind: 'risk',
    label: 'Too long',
    schema: wordsSchema,
    detect: D.findTooLong,
    // A one-pager is not homework for being read beside the note it answers.
    answerAlone: true,
    policy: { soft: 2, yesNeedsClear: true },
    gap: (s) => `At ${s.words} words it reads as homework.`,
  } satisfies RiskSpec<D.Counted<'words'>>,
  tooShort: {
    kind: 'risk',
    label: 'Too short',
    schema: wordsSchema,
    detect: D.findTooShort,
    policy: { soft: 1, yesNeedsClear: true },
    gap: (s) => `At ${s.words} words there is too little context to vouch for them.`,
  } satisfies RiskSpec<D.Counted<'words'>>,
  resumeDump: risk({
    label: 'Résumé dump',
    detect: ({ reading }) => D.findResumeDump(reading),
    policy: {
      soft: 1,
      blocks: {
        // A pasted résumé leaves the fit to the referrer when the note names no role, or gives neither a
        // reason to ask them nor a result; beside a named role and a reason, it is extra reading.
        when: (s, all) => s.present && (!all.roleNamed?.present || (!all.whyMe?.present && !all.proofPoint?.present)),
        rank: 5,
        reason: (s) => `It hands you a pile of material to work out the fit yourself: ${quote(s.evidence)}.`,
        reply: () =>
          "I'll pass for now. A referral works best when the fit is spelled out for the reader: the exact role, and one line on why your background matches it.",
      },
    },
  }),
  noAsk: risk({
    label: 'No ask',
    detect: D.findNoAsk,
    policy: { soft: 1, yesNeedsClear: true },
    missing: 'ask',
    gap: () => 'There is no clear ask: they never say what they want from you.',
  }),
  /** An agency or recruiter asking for a candidate: the referrer would vouch for someone they never heard from. */
  onBehalf: risk({
    label: 'Asked on someone’s behalf',
    detect: ({ reading }) => firstMatch(reading.body, P.ON_BEHALF),
    policy: {
      blocks: {
        when: (s) => s.present,
        rank: 0,
        reason: (s) => `Someone else asks on the candidate's behalf: ${quote(s.evidence)}.`,
        reply: () =>
          "I only refer people I hear from directly, so I'll pass on this one. If the candidate would like to write to me themselves with the role and one result they're proud of, I'm glad to take a look.",
      },
    },
  }),
  /** A reference, a sale, a business introduction: something other than a job referral, which is all this gives. */
  notAReferral: risk({
    label: 'Not a referral request',
    detect: D.findNotAReferral,
    policy: {
      blocks: {
        when: (s) => s.present,
        rank: 0,
        reason: (s) => `What they ask for is not a job referral: ${quote(s.evidence)}.`,
        reply: notAReferralReply,
      },
    },
  }),
  /** Sent to a whole channel (@here, "hi everyone"): not a personal ask. */
  broadcast: risk({
    label: 'Sent to everyone',
    detect: ({ reading }) => firstMatch(reading.sentences, P.BROADCAST),
    policy: { soft: 1 },
    gap: (s) => `It reads as a note sent to everyone, not to you: ${quote(s.evidence)}.`,
  }),
  /** The same note reached other referrers here (the app's spray check): a flag from one, a broadcast from three. */
  alsoSentTo: {
    kind: 'risk',
    label: 'Also sent to others here',
    schema: countSchema,
    detect: D.findAlsoSentTo,
    against: (s) => s.count >= 3,
    policy: { soft: 1 },
    gap: (s) => `${s.evidence}: the same note went to many people, as a broadcast does, not just to you.`,
  } satisfies RiskSpec<D.Counted<'count'>>,
};

export type Registry = typeof REGISTRY;
export type SignalName = keyof Registry;
/** The signals that can make a no on their own. */
export type BlockingSignal = {
  [K in SignalName]: Registry[K]['policy'] extends { blocks: object } ? K : never;
}[SignalName];
export const SIGNAL_NAMES = Object.keys(REGISTRY) as SignalName[];

type SignalOf<K extends SignalName> = ReturnType<Registry[K]['detect']>;
/** Every signal of a triage, each always present (the contract's `signals`). */
export type Signals = { [K in SignalName]: SignalOf<K> };
