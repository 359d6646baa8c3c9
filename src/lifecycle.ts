/**
 * A referral's life as the app records it: the referrer's decision, the triage's status, the blurb's
 * state, and how long it is kept. The store persists these; views and the command line name them.
 */

export const DECISIONS = ['pending', 'yes', 'one_pager', 'no'] as const;
export type Decision = (typeof DECISIONS)[number];

export const STATUSES = ['triaged', 'replied', 'one_pager_requested', 'blurb_posted', 'declined'] as const;
export type TriageStatus = (typeof STATUSES)[number];

export const BLURB_STATES = ['none', 'draft', 'posting', 'posted', 'discarded'] as const;
export type BlurbState = (typeof BLURB_STATES)[number];

/** How long a triage is kept when the referrer has not chosen otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;
