import * as z from 'zod';
import { REGISTRY, type Registry, SIGNAL_NAMES, type SignalName } from './registry.js';

export { SIGNAL_NAMES, type SignalName, type Signals } from './registry.js';
export { FIVE_QUESTIONS, type FiveQuestion, RISK_SIGNALS } from './rows.js';
export { type Signal, SignalSchema } from './signal.js';

/** A role the referrer can refer people to. */
export const OpenRoleSchema = z.object({
  title: z.string().trim().min(1, 'an open role needs a title').max(200),
  url: z
    .url({ protocol: /^https?$/, message: 'an open role URL must start with http:// or https://' })
    .max(2000)
    .optional(),
});
export type OpenRole = z.infer<typeof OpenRoleSchema>;

/** The referrer's profile, as in contracts.md. Only teamArea is required. */
export const ProfileSchema = z.object({
  name: z.string().trim().max(80).optional(),
  teamArea: z.string().trim().min(1, 'teamArea is required: describe your team area in a few words').max(500),
  openRoles: z.array(OpenRoleSchema).max(50).default([]),
  hiringChannel: z.string().trim().max(100).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export const RECOMMENDATIONS = ['yes', 'one_pager', 'no'] as const;
export const RecommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const FitLevelSchema = z.enum(['strong', 'partial', 'none', 'unknown']);
export type FitLevel = z.infer<typeof FitLevelSchema>;

const signalShape = Object.fromEntries(SIGNAL_NAMES.map((name) => [name, REGISTRY[name].schema])) as {
  [K in SignalName]: Registry[K]['schema'];
};

/** Every signal, derived from the registry; a signal added after a result was stored reads as absent. */
export const SignalsSchema = z.object(signalShape);

export const TriageResultSchema = z.object({
  recommendation: RecommendationSchema,
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
  drafts: z.object({ yes: z.string(), one_pager: z.string(), no: z.string() }),
  blurb: z.string().nullable(),
  /** Present when the note is a one-pager judged with the note it answers: what it added, what is still open. */
  onePager: z.object({ nowHas: z.array(z.string()), stillMissing: z.array(z.string()) }).optional(),
});
export type TriageResult = z.infer<typeof TriageResultSchema>;
