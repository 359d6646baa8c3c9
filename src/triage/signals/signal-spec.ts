import * as z from 'zod';
import type { NoteContext } from './detectors.js';
import { ABSENT, type Signal, SignalSchema } from './signal.js';

/**
 * The shape of a registry entry (registry.ts): what a signal is and how it is found. How a referrer
 * weighs it lives in decision/policy.ts; how every surface words it, in writing/signal-wording.ts.
 */
interface Common<S extends Signal> {
  /** The stored shape, with a default for results saved before the signal existed. */
  schema: z.ZodType<S, S | undefined>;
  detect(note: NoteContext): S;
  /** In a one-pager the referrer asked for, read from the one-pager alone rather than with its first note. */
  answerAlone?: boolean;
  /** When it counts against the note. Questions: unanswered. Risks: raised. */
  against?(signal: S): boolean;
}

/** One of the five questions a referrer asks of every note. */
export interface QuestionSpec<S extends Signal = Signal> extends Common<S> {
  kind: 'question';
  /** Where it stands among the five (the fourth, "one sentence", is the summary, not a signal). */
  position: 1 | 2 | 3 | 5;
}

/** Something that makes the referral riskier to give. */
export interface RiskSpec<S extends Signal = Signal> extends Common<S> {
  kind: 'risk';
}

export type SignalSpec<S extends Signal = Signal> = QuestionSpec<S> | RiskSpec<S>;

export const plainSchema = SignalSchema.default(ABSENT);
export const countSchema = SignalSchema.extend({ count: z.number().int().min(0) }).default({ ...ABSENT, count: 0 });
export const wordsSchema = SignalSchema.extend({ words: z.number().int().min(0) }).default({ ...ABSENT, words: 0 });
