import * as z from 'zod';

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

export const SignalSchema = z.object({
  present: z.boolean(),
  evidence: z.string().nullable(),
});
export type Signal = z.infer<typeof SignalSchema>;

export const SIGNAL_NAMES = [
  'whyMe',
  'roleNamed',
  'proofPoint',
  'gracefulExit',
  'flattery',
  'adviceOnly',
  'pressure',
  'followUp',
  'placeholder',
  'tooLong',
  'tooShort',
  'resumeDump',
  'noAsk',
  'broadcast',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** Signals that answer the referrer's questions; every other signal is a risk flag. */
export const QUESTION_SIGNALS: readonly SignalName[] = ['whyMe', 'roleNamed', 'proofPoint', 'gracefulExit'];
export const RISK_SIGNALS: readonly SignalName[] = SIGNAL_NAMES.filter((n) => !QUESTION_SIGNALS.includes(n));

export const SignalsSchema = z.object({
  whyMe: SignalSchema,
  roleNamed: SignalSchema,
  proofPoint: SignalSchema,
  gracefulExit: SignalSchema,
  flattery: SignalSchema,
  adviceOnly: SignalSchema,
  pressure: SignalSchema,
  followUp: SignalSchema.extend({ count: z.number().int().min(0) }),
  placeholder: SignalSchema,
  tooLong: SignalSchema.extend({ words: z.number().int().min(0) }),
  tooShort: SignalSchema.extend({ words: z.number().int().min(0) }),
  resumeDump: SignalSchema,
  noAsk: SignalSchema,
  /** Sent to a whole channel (@here, "hi everyone"): not a personal ask. */
  broadcast: SignalSchema,
});
export type Signals = z.infer<typeof SignalsSchema>;

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
});
export type TriageResult = z.infer<typeof TriageResultSchema>;
