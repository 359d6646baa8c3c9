import type { Fit } from './fit.js';
import type { Recommendation, Signals } from './schema.js';

export interface Verdict {
  recommendation: Recommendation;
  reasons: string[];
  /** What a one-pager or a future ask would need; drives the drafts. */
  missing: MissingPiece[];
  /** The decisive reason for a no, for the reply. */
  blocker: Blocker | null;
}

export type MissingPiece = 'role' | 'roleLink' | 'proof' | 'whyMe' | 'ask' | 'fitOverlap' | 'teamArea';
export type Blocker =
  | 'placeholder'
  | 'pressure'
  | 'bumps'
  | 'adviceOnly'
  | 'resumeDump'
  | 'noRole'
  | 'outsideArea'
  | 'flattery'
  | 'tooMuchMissing';

/** Evidence in quotes, cut to a readable length, without its own end punctuation (the reason supplies it). */
const quote = (text: string | null) => {
  const bare = (text ?? '').replace(/[.!?]+$/, '');
  return `"${bare.length > 140 ? `${bare.slice(0, 137)}…` : bare}"`;
};

/**
 * Blocking risks first (each one alone makes the referral hard to defend), then the evidence for a
 * yes, then the count of soft risks. A yes needs everything; doubt lands on the one-pager.
 */
export function recommend(
  signals: Signals,
  fit: Fit,
  hasProfile: boolean,
  hasRoleLink: boolean,
  /** False for a kind of role on the referrer's team that matches none of their openings: a one-pager at most. */
  exactRole = true,
): Verdict {
  const s = signals;
  const blockers: Array<[Blocker, string]> = [];
  if (s.placeholder.present)
    blockers.push(['placeholder', `A template placeholder was left in: ${quote(s.placeholder.evidence)}.`]);
  if (s.pressure.present)
    blockers.push(['pressure', `The note leans on pressure or guilt: ${quote(s.pressure.evidence)}.`]);
  if (s.followUp.count > 1) {
    const where = s.followUp.evidence ? `: ${quote(s.followUp.evidence)}` : ' (from your records)';
    blockers.push([
      'bumps',
      `This is follow-up number ${s.followUp.count}${where}; more than one bump is a warning sign.`,
    ]);
  }
  if (s.adviceOnly.present)
    blockers.push(['adviceOnly', `It asks for advice, not a referral: ${quote(s.adviceOnly.evidence)}.`]);
  if (s.resumeDump.present)
    blockers.push([
      'resumeDump',
      `It hands you a pile of material to work out the fit yourself: ${quote(s.resumeDump.evidence)}.`,
    ]);
  if (!s.roleNamed.present)
    blockers.push(['noRole', 'No specific role or track is named, so you would have to guess what to refer them for.']);
  if (fit.level === 'none') blockers.push(['outsideArea', fit.explanation]);
  if (s.flattery.present && !s.whyMe.present)
    blockers.push(['flattery', `Praise stands in for a reason to ask you: ${quote(s.flattery.evidence)}.`]);

  const strengths: string[] = [];
  const gaps: string[] = [];
  const missing: MissingPiece[] = [];
  if (s.roleNamed.present) strengths.push(`They name the role: ${quote(s.roleNamed.evidence)}.`);
  if (s.proofPoint.present) strengths.push(`A concrete proof point: ${quote(s.proofPoint.evidence)}.`);
  else {
    gaps.push('No concrete result or number shows what they have done.');
    missing.push('proof');
  }
  if (s.whyMe.present) strengths.push(`They say why they picked you: ${quote(s.whyMe.evidence)}.`);
  else {
    gaps.push('They do not say why they picked you.');
    missing.push('whyMe');
  }
  if (s.gracefulExit.present) strengths.push(`They leave you an easy out: ${quote(s.gracefulExit.evidence)}.`);
  else gaps.push('No graceful exit: saying no may take more than a line.');
  if (s.noAsk.present) {
    gaps.push('There is no clear ask: they never say what they want from you.');
    missing.push('ask');
  }
  if (s.tooLong.present) gaps.push(`At ${s.tooLong.words} words it reads as homework.`);
  if (s.tooShort.present) gaps.push(`At ${s.tooShort.words} words there is too little context to vouch for them.`);
  if (s.broadcast.present)
    gaps.push(`It reads as a note sent to everyone, not to you: ${quote(s.broadcast.evidence)}.`);
  if (s.flattery.present && s.whyMe.present) gaps.push(`Some flattery: ${quote(s.flattery.evidence)}.`);
  if (s.followUp.count === 1) strengths.push('One calm follow-up is fine.');
  if (fit.level === 'strong') strengths.push(`Fit: ${fit.explanation}`);
  if (fit.level === 'partial') {
    gaps.push(`Fit is partial: ${fit.explanation}`);
    missing.push('fitOverlap');
  }
  if (fit.level === 'unknown' && s.roleNamed.present) {
    gaps.push(hasProfile ? `Fit is unclear: ${fit.explanation}` : 'Set your team area so the fit can be checked.');
    if (!hasProfile) missing.push('teamArea');
  }
  if (!s.roleNamed.present) missing.unshift('role');
  else if (!hasRoleLink) missing.push('roleLink');

  const firstBlocker = blockers[0];
  if (firstBlocker) {
    return {
      recommendation: 'no',
      reasons: [...blockers.map(([, r]) => r), ...strengths.slice(0, 2)],
      missing,
      blocker: firstBlocker[0],
    };
  }

  // Soft risks add up: an essay with no reason and no way out is a no even with a role and a number.
  const softRisk =
    (s.tooLong.present ? 2 : 0) +
    (s.tooShort.present ? 1 : 0) +
    (s.broadcast.present ? 1 : 0) +
    (s.flattery.present ? 1 : 0) +
    (s.whyMe.present ? 0 : 1) +
    (s.gracefulExit.present ? 0 : 1) +
    (s.noAsk.present ? 1 : 0) +
    (s.proofPoint.present ? 0 : 1) +
    (fit.level === 'partial' ? 1 : 0);
  if (softRisk >= 4) {
    return {
      recommendation: 'no',
      reasons: [
        'Too much is missing to vouch for them or to ask for more without a long exchange.',
        ...gaps,
        ...strengths.slice(0, 1),
      ],
      missing,
      blocker: 'tooMuchMissing',
    };
  }
  if (!exactRole) {
    gaps.push('They name a kind of role on your team, not the opening itself.');
    if (!missing.includes('roleLink')) missing.push('roleLink');
  }
  const canSayYes =
    exactRole &&
    s.proofPoint.present &&
    !s.noAsk.present &&
    fit.level === 'strong' &&
    softRisk <= 1 &&
    !s.tooLong.present &&
    !s.tooShort.present;
  if (canSayYes) {
    return { recommendation: 'yes', reasons: [...strengths, ...gaps], missing, blocker: null };
  }
  return {
    recommendation: 'one_pager',
    reasons: [
      `The role is specific and the fit plausible, but ${gapPhrase(missing, exactRole)}.`,
      ...gaps,
      ...strengths,
    ],
    missing,
    blocker: null,
  };
}

function gapPhrase(missing: MissingPiece[], exactRole: boolean): string {
  if (missing.includes('proof')) return 'there is no proof point yet';
  if (missing.includes('fitOverlap')) return 'their background overlaps your area only in part';
  if (missing.includes('ask')) return 'there is no explicit ask';
  if (missing.includes('teamArea')) return 'the fit against your area is not checked';
  if (!exactRole) return 'they have not named the exact opening yet';
  return 'the case is not complete yet';
}
