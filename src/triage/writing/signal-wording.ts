import type { BlockingSignal } from '../decision/policy.js';
import type { QuestionName, SignalName, Signals } from '../signals/registry.js';
import type { Signal } from '../signals/signal.js';
import { notAReferralReply } from './not-a-referral.js';
import { CLEAR_NO, type DraftContext, tip } from './reply-kit.js';
import { quote } from './wording.js';

/** How every surface words each signal: its name, its question, and the lines of reasons and replies. */
interface Wording<S extends Signal> {
  /** The short name every surface shows: "Why me?", "Flattery". */
  label: string;
  /** The reason line when the signal speaks for the note. */
  strength?(signal: S): string | null;
  /** The reason line when it counts against the note without blocking. */
  gap?(signal: S): string;
}

interface QuestionWording<S extends Signal> extends Wording<S> {
  /** The question in the referrer's words. */
  question: string;
  /** How the DM summary lists it when the note leaves it open: "a specific role". */
  unanswered: string;
}

interface BlockWording<S extends Signal> {
  /** Why it makes a no. */
  blockReason(signal: S): string;
  /** The body of the no it causes, in the referrer's voice: short, kind, and not an argument. */
  blockReply(ctx: DraftContext): string;
}

type WordingOf<K extends SignalName> = (K extends QuestionName ? QuestionWording<Signals[K]> : Wording<Signals[K]>) &
  (K extends BlockingSignal ? BlockWording<Signals[K]> : unknown);

export const WORDING = {
  whyMe: {
    label: 'Why me?',
    question: 'Why did they pick me?',
    unanswered: 'why they picked you',
    strength: (s) => `They say why they picked you: ${quote(s.evidence)}.`,
    gap: () => 'They do not say why they picked you.',
  },
  roleNamed: {
    label: 'Which role?',
    question: 'Which role do they want?',
    unanswered: 'a specific role',
    strength: (s) => `They name the role: ${quote(s.evidence)}.`,
    blockReason: () => 'No specific role or track is named, so you would have to guess what to refer them for.',
    blockReply: (ctx) => `I only refer people for a specific role I can vouch for, so I'll pass for now. ${tip(ctx)}`,
  },
  proofPoint: {
    label: 'What makes them relevant?',
    question: 'What makes them relevant?',
    unanswered: 'a proof point',
    strength: (s) => `A concrete proof point: ${quote(s.evidence)}.`,
    gap: () => 'No concrete result or number shows what they have done.',
  },
  gracefulExit: {
    label: 'Easy to say no?',
    question: 'Can I say no without drama?',
    unanswered: 'an easy out',
    strength: (s) => `They leave you an easy out: ${quote(s.evidence)}.`,
    gap: () => 'No graceful exit: saying no may take more than a line.',
  },
  flattery: {
    label: 'Flattery',
    gap: (s) => `Some flattery: ${quote(s.evidence)}.`,
    blockReason: (s) => `Praise stands in for a reason to ask you: ${quote(s.evidence)}.`,
    blockReply: (ctx) =>
      `I appreciate the kind words, but I only refer people for a specific role where I can speak to the fit, so I'll pass for now. ${tip(ctx)}`,
  },
  adviceOnly: {
    label: 'Advice only',
    blockReason: (s) => `It asks for advice, not a referral: ${quote(s.evidence)}.`,
    blockReply: (ctx) =>
      `I'm not able to take on advice calls right now, so I'll pass on this one. ${tip({ ...ctx, missing: ['role'] })}`,
  },
  pressure: {
    label: 'Pressure',
    blockReason: (s) => `The note leans on pressure or guilt: ${quote(s.evidence)}.`,
    blockReply: () => CLEAR_NO,
  },
  followUp: {
    label: 'Follow-up',
    strength: (s) => (s.count === 1 ? 'One calm follow-up is fine.' : null),
    blockReason: (s) => {
      const where = s.evidence ? `: ${quote(s.evidence)}` : ' (from your records)';
      return `This is follow-up number ${s.count}${where}; more than one bump is a warning sign.`;
    },
    blockReply: () => CLEAR_NO,
  },
  placeholder: {
    label: 'Template placeholder',
    blockReason: (s) => `A template placeholder was left in: ${quote(s.evidence)}.`,
    blockReply: () =>
      "I'll pass on this one. One tip for future notes: part of the template was still in it, and a note written for the person you're asking lands much better.",
  },
  tooLong: { label: 'Too long', gap: (s) => `At ${s.words} words it reads as homework.` },
  tooShort: { label: 'Too short', gap: (s) => `At ${s.words} words there is too little context to vouch for them.` },
  resumeDump: {
    label: 'Résumé dump',
    blockReason: (s) => `It hands you a pile of material to work out the fit yourself: ${quote(s.evidence)}.`,
    blockReply: () =>
      "I'll pass for now. A referral works best when the fit is spelled out for the reader: the exact role, and one line on why your background matches it.",
  },
  noAsk: { label: 'No ask', gap: () => 'There is no clear ask: they never say what they want from you.' },
  onBehalf: {
    label: 'Asked on someone’s behalf',
    blockReason: (s) => `Someone else asks on the candidate's behalf: ${quote(s.evidence)}.`,
    blockReply: () =>
      "I only refer people I hear from directly, so I'll pass on this one. If the candidate would like to write to me themselves with the role and one result they're proud of, I'm glad to take a look.",
  },
  notAReferral: {
    label: 'Not a referral request',
    blockReason: (s) => `What they ask for is not a job referral: ${quote(s.evidence)}.`,
    blockReply: notAReferralReply,
  },
  broadcast: {
    label: 'Sent to everyone',
    gap: (s) => `It reads as a note sent to everyone, not to you: ${quote(s.evidence)}.`,
  },
  alsoSentTo: {
    label: 'Also sent to others here',
    gap: (s) => `${s.evidence}: the same note went to many people, as a broadcast does, not just to you.`,
  },
} satisfies { [K in SignalName]: WordingOf<K> };

type Plain = Wording<Signal> & Partial<QuestionWording<Signal> & BlockWording<Signal>>;

/** An entry read with the common shape: each entry types its own signal, the readers need only this. */
export function wordingOf(name: SignalName): Plain {
  return WORDING[name] as Plain;
}
