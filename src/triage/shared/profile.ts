/** What every stage may read about the referrer, and the answers a triage can give. */
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

/**
 * The languages a blurb is written in (lang/blurbs.ts; Hinglish's is English, see docs/languages.md).
 * A regional tag ("pt-BR", "fr-CA") is read as its language.
 */
export const WORKING_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'hi-en'] as const;
export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];

function workingLanguageOf(code: string): WorkingLanguage | null {
  const lower = code.toLowerCase().replace(/_/g, '-');
  const known = (c: string): c is WorkingLanguage => (WORKING_LANGUAGES as readonly string[]).includes(c);
  if (known(lower)) return lower;
  const base = lower.split('-')[0] ?? '';
  return known(base) ? base : null;
}

/**
 * A code the blurb is not written in ("ja") falls back to English rather than refusing the profile:
 * other tools send profiles as contracts.md writes them, with any language code. The command line
 * says so on stderr (`unknownWorkingLanguage`).
 */
const WorkingLanguageSchema = z
  .string()
  .trim()
  .transform((code): WorkingLanguage => workingLanguageOf(code) ?? 'en');

/** Why a profile's workingLanguage will not be the blurb's language, or null when it will. */
export function unknownWorkingLanguage(profile: unknown): string | null {
  const code = (profile as { workingLanguage?: unknown } | null)?.workingLanguage;
  if (typeof code !== 'string' || workingLanguageOf(code.trim())) return null;
  return `workingLanguage "${code}" is not a language the blurb is written in (${WORKING_LANGUAGES.join(', ')}); the blurb is in English`;
}

/** The referrer's profile, as in contracts.md. Only teamArea is required. */
export const ProfileSchema = z.object({
  name: z.string().trim().max(80).optional(),
  teamArea: z.string().trim().min(1, 'teamArea is required: describe your team area in a few words').max(500),
  openRoles: z.array(OpenRoleSchema).max(50).default([]),
  hiringChannel: z.string().trim().max(100).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
  /** The language of the blurb, which goes to the hiring channel (replies follow the note's); English when unset. */
  workingLanguage: WorkingLanguageSchema.optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export const RECOMMENDATIONS = ['yes', 'one_pager', 'no'] as const;
export const RecommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const FitLevelSchema = z.enum(['strong', 'partial', 'none', 'unknown']);
export type FitLevel = z.infer<typeof FitLevelSchema>;
