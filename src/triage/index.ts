import { writeBlurb } from './blurb.js';
import { type Candidate, extractCandidate } from './candidate.js';
import { draftNo, draftOnePager, draftYes } from './drafts.js';
import { type Fit, rateFit } from './fit.js';
import { toThirdPerson } from './person.js';
import { readRequest } from './reading.js';
import { recommend } from './recommend.js';
import type { Profile, TriageResult } from './schema.js';
import { chooseRole, detectSignals } from './signals.js';
import { clauseAround, defangMentions, lowerFirst, metricIn, seedOf, withoutEndPunctuation } from './wording.js';

export { normalizeRequest } from './normalize.js';
export * from './schema.js';

/** The longest request the triage reads; beyond it, text is cut so timing and views stay bounded. */
export const MAX_REQUEST_CHARS = 40_000;

export interface TriageOptions {
  /** The author's display name from Slack, used when the note has no sign-off. */
  authorName?: string | null;
  /** Earlier requests on record from the same person; a follow-up count can come from the records. */
  priorRequests?: number;
}

/**
 * Triage one referral request against the referrer's profile. Pure: no I/O, no clock, no Slack,
 * so it runs the same from a handler, the command line or a test.
 */
export function triage(rawText: string, profile: Profile | null = null, options: TriageOptions = {}): TriageResult {
  const reading = readRequest(rawText.slice(0, MAX_REQUEST_CHARS), profile?.openRoles.map((r) => r.title) ?? []);
  const signals = detectSignals(reading, options.priorRequests ?? 0);
  const role = chooseRole(reading.roles);
  const fit = rateFit(reading, profile, role);
  const candidate = extractCandidate(reading, signals, role, fit.openRole, options.authorName ?? null);
  const exactRole = !(role?.ownTeam && !fit.openRole);
  const verdict = recommend(signals, fit, profile !== null, candidate.roleUrl !== null, exactRole);
  const seed = seedOf(reading.text);
  const draftContext = { candidate, signals, fit, profile, missing: verdict.missing, blocker: verdict.blocker, seed };
  const drafts = {
    yes: draftYes(draftContext),
    one_pager: draftOnePager(draftContext),
    no: draftNo({ ...draftContext, blocker: verdict.blocker ?? (fit.level === 'none' ? 'outsideArea' : null) }),
  };
  const blurb = verdict.recommendation === 'no' ? null : writeBlurb({ candidate, signals, fit, role, profile, seed });
  return {
    recommendation: verdict.recommendation,
    reasons: verdict.reasons.map(defangMentions),
    fit: { level: fit.level, matched: fit.matched, explanation: defangMentions(fit.explanation) },
    signals,
    summary: summarize(candidate, role?.evidence ?? null, fit, profile),
    candidate,
    drafts,
    blurb,
  };
}

/** Question four: can the referrer explain this person in one sentence? Only when there is a role and something to say. */
function summarize(candidate: Candidate, roleWords: string | null, fit: Fit, profile: Profile | null): string | null {
  if (!candidate.targetRole) return null;
  const evidence = candidate.proofPoint ?? candidate.background;
  if (!evidence) return null;
  const clause = withoutEndPunctuation(toThirdPerson(clauseAround(evidence, metricIn(evidence)), null));
  const who = candidate.name ?? 'The candidate';
  const team = profile ? (profile.teamArea.split(':')[0] ?? '').trim() : null;
  const where =
    fit.level === 'strong' && team
      ? `, squarely in your ${team} area`
      : fit.level === 'partial' && team
        ? `, partly in your ${team} area`
        : '';
  const role =
    roleWords && /\b(?:roles|positions|openings)\b/i.test(roleWords)
      ? roleWords
      : `the ${roleWords ?? `${candidate.targetRole} role`}`;
  return defangMentions(`${who} (${lowerFirst(clause)}) wants ${role}${where}.`);
}
