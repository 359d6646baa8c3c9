import * as z from 'zod';
import type { NoteContext } from './detectors.js';
import type { DraftContext } from './reply-kit.js';
import { ABSENT, type Signal, SignalSchema } from './signal.js';

/** The shape of a registry entry (registry.ts): what a signal is, how it is weighed, worded and found. */

/** What a one-pager, or a future ask, would still need; the drafts name it. */
export type MissingPiece = 'role' | 'proof' | 'whyMe' | 'ask' | 'fitOverlap' | 'teamArea' | 'roleLink';

/** Signals read together by a rule that spans two of them (flattery without a reason). */
export type SignalMap = Readonly<Record<string, Signal | undefined>>;

export interface Policy<S extends Signal> {
  /** A no on its own: the referral is hard to defend whatever else the note has. */
  blocks?: {
    when(signal: S, all: SignalMap): boolean;
    /** Which blocker the reply speaks to when several hold: the lowest rank. */
    rank: number;
    reason(signal: S): string;
    /** The body of the no it causes, in the referrer's voice: short, kind, and not an argument. */
    reply(ctx: DraftContext): string;
  };
  /** Points toward a no when the signal counts against the note; four points are a no. */
  soft?: number;
  /** A yes needs the note clear of this signal. */
  yesNeedsClear?: boolean;
}

interface Common<S extends Signal> {
  /** The short name every surface shows: "Why me?", "Flattery". */
  label: string;
  /** The stored shape, with a default for results saved before the signal existed. */
  schema: z.ZodType<S, S | undefined>;
  detect(note: NoteContext): S;
  /** In a one-pager the referrer asked for, read from the one-pager alone rather than with its first note. */
  answerAlone?: boolean;
  /** When it counts against the note. Questions: unanswered. Risks: raised. */
  against?(signal: S): boolean;
  policy: Policy<S>;
  missing?: MissingPiece;
  /** The reason line when the signal speaks for the note. */
  strength?(signal: S): string | null;
  /** The reason line when it counts against the note without blocking. */
  gap?(signal: S): string;
}

/** One of the five questions a referrer asks of every note. */
export interface QuestionSpec<S extends Signal = Signal> extends Common<S> {
  kind: 'question';
  /** Where it stands among the five (the fourth, "one sentence", is the summary, not a signal). */
  position: 1 | 2 | 3 | 5;
  /** The question in the referrer's words. */
  question: string;
  /** How the DM summary lists it when the note leaves it open: "a specific role". */
  unanswered: string;
}

/** Something that makes the referral riskier to give. */
export interface RiskSpec<S extends Signal = Signal> extends Common<S> {
  kind: 'risk';
}

export type SignalSpec<S extends Signal = Signal> = QuestionSpec<S> | RiskSpec<S>;

export const plainSchema = SignalSchema.default(ABSENT);
export const countSchema = SignalSchema.extend({ count: z.number().int().min(0) }).default({ ...ABSENT, count: 0 });
export const wordsSchema = SignalSchema.extend({ words: z.number().int().min(0) }).default({ ...ABSENT, words: 0 });
