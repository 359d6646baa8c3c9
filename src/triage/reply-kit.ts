/**
 * What every reply is written from, and the pieces replies share: the greeting, the sign-off, how
 * the role and team are named, and the one tip that would make a future ask stronger. Used by the
 * drafts (drafts.ts) and by each blocking signal's own reply (registry.ts).
 */
import type { Candidate } from './candidate.js';
import type { Fit } from './fit.js';
import type { Blocker } from './recommend.js';
import type { MissingPiece, Signals } from './registry.js';
import type { Profile } from './schema.js';
import { clauseAround, firstName, metricIn, pick } from './wording.js';

/** A no that gives no reason to argue with: for pressure, or a note sent once too often. */
export const CLEAR_NO =
  "I'm not able to help with this one, and I'd rather say so clearly than leave you waiting. I hope the search turns up the right role soon.";

export interface DraftContext {
  candidate: Candidate;
  signals: Signals;
  fit: Fit;
  profile: Profile | null;
  missing: MissingPiece[];
  blocker: Blocker | null;
  seed: number;
  /** The note is the one-pager the referrer asked for, read with the note it answers. */
  answering?: boolean;
}

export function greeting(ctx: DraftContext): string {
  const name = firstName(ctx.candidate.name);
  return `${pick(['Hi', 'Hey', 'Hi'], ctx.seed)} ${name ?? 'there'},`;
}

export function signature(ctx: DraftContext): string {
  return ctx.profile?.name ? `\n\n${ctx.profile.name}` : '';
}

export function roleName(ctx: DraftContext): string {
  const { targetRole } = ctx.candidate;
  if (ctx.fit.openRole) return `the ${ctx.fit.openRole.title} role`;
  if (!targetRole) return 'this role';
  return /\b(?:roles?|positions?|track)\b/i.test(targetRole) ? targetRole : `the ${targetRole} role`;
}

export function teamName(ctx: DraftContext): string {
  return ctx.profile ? (ctx.profile.teamArea.split(':')[0] ?? ctx.profile.teamArea).trim() : 'my team';
}

export function proofQuote(ctx: DraftContext): string | null {
  const proof = ctx.signals.proofPoint.evidence;
  if (!proof) return null;
  const metric = metricIn(proof);
  return clauseAround(proof, metric);
}

/** One concrete thing that would make a future ask stronger. */
export function tip(ctx: DraftContext): string {
  const first = ctx.missing.find((m) => m === 'role' || m === 'proof' || m === 'whyMe' || m === 'ask');
  switch (first) {
    case 'role':
      return 'If you find a specific posting that matches your background, a short note with the role link and one result you are proud of would make a future ask much stronger.';
    case 'proof':
      return 'For a future ask, one concrete result with a number (what you shipped and what it changed) would make it much easier to vouch for you.';
    case 'whyMe':
      return 'For a future ask, a line on why you are asking that person in particular goes a long way.';
    case 'ask':
      return 'For a future ask, say plainly what you would like the person to do: it makes a yes much easier.';
    default:
      return 'A short note with the exact role link and one concrete result is what makes these easy to say yes to.';
  }
}
