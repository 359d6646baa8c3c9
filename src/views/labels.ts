import { type Decision, STAGE_WORDS, type Stage } from '../lifecycle.js';
import type { Recommendation } from '../triage/index.js';

export const RECOMMENDATION_TITLE: Record<Recommendation, string> = {
  yes: 'Yes: refer them',
  one_pager: 'Send me a one-pager',
  no: 'A clean no',
};

/** The verdict's title; a note in a language the triage does not read has none. */
export function verdictTitle(recommendation: Recommendation | null): string {
  return recommendation ? RECOMMENDATION_TITLE[recommendation] : 'No verdict: a language I don’t read';
}

export const ANSWER_LABEL: Record<Recommendation, string> = {
  yes: 'Yes, refer them',
  one_pager: 'Ask for a one-pager',
  no: 'A clean no',
};

export const DECISION_LABEL: Record<Decision, string> = {
  pending: 'not answered yet',
  yes: 'yes',
  one_pager: 'one-pager',
  no: 'no',
};

export const STAGE_LABEL: Record<Stage, string> = STAGE_WORDS;

/** The button that moves a referral into a stage. */
export const MOVE_LABEL: Record<Stage, string> = {
  undecided: 'Undecided',
  one_pager_requested: 'One-pager requested',
  one_pager_received: 'One-pager received',
  yes: 'Yes',
  resume_requested: 'Résumé requested',
  referred: 'Mark as referred',
  interviewing: 'Interviewing',
  hired: 'Hired',
  not_moving_forward: 'Not moving forward',
  withdrawn: 'Withdrawn',
  closed: 'Close it out',
};

export const FIT_LABEL = { strong: 'strong', partial: 'partial', none: 'none', unknown: 'unknown' } as const;
