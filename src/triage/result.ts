import * as z from 'zod';
import { FitLevelSchema, RecommendationSchema } from './shared/profile.js';
import { REGISTRY, type Registry, SIGNAL_NAMES, type SignalName } from './signals/registry.js';

export * from './shared/profile.js';
export { SIGNAL_NAMES, type SignalName, type Signals } from './signals/registry.js';
export { type Signal, SignalSchema } from './signals/signal.js';
export { FIVE_QUESTIONS, type FiveQuestion, RISK_SIGNALS } from './writing/rows.js';

/** The result contract (contracts.md): what the pipeline returns, every surface shows and the store keeps. */

const signalShape = Object.fromEntries(SIGNAL_NAMES.map((name) => [name, REGISTRY[name].schema])) as {
  [K in SignalName]: Registry[K]['schema'];
};

/** Every signal, derived from the registry; a signal added after a result was stored reads as absent. */
export const SignalsSchema = z.object(signalShape);

/** The note's language; a result stored before languages were read is English. */
export const NoteLanguageSchema = z.object({ code: z.string(), supported: z.boolean() });

export const TriageResultSchema = z.object({
  /** Null when the note is in a language the triage does not read: no verdict, the referrer answers by hand. */
  recommendation: RecommendationSchema.nullable(),
  reasons: z.array(z.string()).min(1),
  fit: z.object({
    level: FitLevelSchema,
    matched: z.array(z.string()),
    explanation: z.string(),
  }),
  signals: SignalsSchema,
  summary: z.string().nullable(),
  candidate: z.object({
    name: z.string().nullable(),
    targetRole: z.string().nullable(),
    roleUrl: z.string().nullable(),
    background: z.string().nullable(),
    proofPoint: z.string().nullable(),
    links: z.array(z.string()),
  }),
  language: NoteLanguageSchema.default({ code: 'en', supported: true }),
  /** Who wrote the note, when it is not the candidate (a parent, a recruiter, a manager); null for the candidate's own. */
  writer: z.string().nullable().default(null),
  /** Null with the recommendation: no reply is written in a language the triage does not read. */
  drafts: z.object({ yes: z.string(), one_pager: z.string(), no: z.string() }).nullable(),
  blurb: z.string().nullable(),
  /** Present when the note is a one-pager judged with the note it answers: what it added, what is still open. */
  onePager: z.object({ nowHas: z.array(z.string()), stillMissing: z.array(z.string()) }).optional(),
});
export type TriageResult = z.infer<typeof TriageResultSchema>;
