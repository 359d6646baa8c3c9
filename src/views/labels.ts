import type { Decision, TriageStatus } from '../lifecycle.js';
import type { Recommendation } from '../triage/index.js';

export const RECOMMENDATION_TITLE: Record<Recommendation, string> = {
  yes: 'Yes: refer them',
  one_pager: 'Send me a one-pager',
  no: 'A clean no',
};

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

export const STATUS_LABEL: Record<TriageStatus, string> = {
  triaged: 'triaged',
  replied: 'replied',
  one_pager_requested: 'one-pager requested',
  blurb_posted: 'blurb posted',
  declined: 'declined',
};

export const FIT_LABEL = { strong: 'strong', partial: 'partial', none: 'none', unknown: 'unknown' } as const;
