/**
 * A referral's life as the app records it: the referrer's decision, the referral's stage, the
 * blurb's state, the reminders that follow a stage, and how long it is kept. The store persists
 * these; views and the command line name them.
 */

export const DECISIONS = ['pending', 'yes', 'one_pager', 'no'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * Where a referral stands. undecided → (one-pager requested → one-pager received →) decided again;
 * yes → résumé requested → referred → an outcome; no → closed.
 */
export const STAGES = [
  'undecided',
  'one_pager_requested',
  'one_pager_received',
  'yes',
  'resume_requested',
  'referred',
  'interviewing',
  'hired',
  'not_moving_forward',
  'withdrawn',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

/** Each stage in a referrer's words: every surface names a stage this way, never by its stored name. */
export const STAGE_WORDS: Record<Stage, string> = {
  undecided: 'not answered yet',
  one_pager_requested: 'one-pager requested',
  one_pager_received: 'one-pager received',
  yes: 'yes, not submitted yet',
  resume_requested: 'résumé requested',
  referred: 'referred',
  interviewing: 'interviewing',
  hired: 'hired',
  not_moving_forward: 'not moving forward',
  withdrawn: 'withdrawn',
  closed: 'closed',
};

/** What a referral can end in once it is submitted. */
export const OUTCOMES = ['interviewing', 'hired', 'not_moving_forward', 'withdrawn'] as const satisfies Stage[];
export type Outcome = (typeof OUTCOMES)[number];

/** The stage a decision moves a referral to. */
export const STAGE_FOR_DECISION: Record<Exclude<Decision, 'pending'>, Stage> = {
  yes: 'yes',
  one_pager: 'one_pager_requested',
  no: 'closed',
};

/** Stages a referrer can still answer from (or change their answer in, until something moved on). */
export const DECIDABLE: readonly Stage[] = ['undecided', 'one_pager_requested', 'one_pager_received', 'yes', 'closed'];

/** The moves the referrer makes by hand, from buttons; a decision and a one-pager's arrival move it otherwise. */
const MOVES: Record<Stage, readonly Stage[]> = {
  undecided: [],
  one_pager_requested: ['closed'],
  one_pager_received: [],
  yes: ['resume_requested', 'referred', 'withdrawn'],
  resume_requested: ['referred', 'withdrawn'],
  referred: ['interviewing', 'hired', 'not_moving_forward', 'withdrawn'],
  interviewing: ['hired', 'not_moving_forward', 'withdrawn'],
  hired: [],
  not_moving_forward: [],
  withdrawn: [],
  closed: [],
};

export function movesFrom(stage: Stage): readonly Stage[] {
  return MOVES[stage];
}

export function canMove(from: Stage, to: Stage): boolean {
  return MOVES[from].includes(to);
}

/** The App Home pipeline: whose move it is. */
export type PipelineColumn = 'you' | 'them' | 'closed';
export const PIPELINE: Record<Stage, PipelineColumn> = {
  undecided: 'you',
  one_pager_received: 'you',
  yes: 'you',
  one_pager_requested: 'them',
  resume_requested: 'them',
  referred: 'them',
  interviewing: 'them',
  hired: 'closed',
  not_moving_forward: 'closed',
  withdrawn: 'closed',
  closed: 'closed',
};
export const stagesIn = (column: PipelineColumn): Stage[] => STAGES.filter((s) => PIPELINE[s] === column);

/** The nudges the app sends when a referral sits too long in a stage. */
export const REMINDER_KINDS = ['undecided', 'one_pager_overdue', 'referral_overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How long a one-pager is waited for before a reminder, unless the referrer set their own. */
export const DEFAULT_ONE_PAGER_WAIT_DAYS = 7;

/** Which reminder a stage starts, and after how many days by default. */
export const REMINDER_FOR_STAGE: Partial<Record<Stage, { kind: ReminderKind; days: number }>> = {
  undecided: { kind: 'undecided', days: 3 },
  one_pager_received: { kind: 'undecided', days: 3 },
  one_pager_requested: { kind: 'one_pager_overdue', days: DEFAULT_ONE_PAGER_WAIT_DAYS },
  yes: { kind: 'referral_overdue', days: 2 },
  resume_requested: { kind: 'referral_overdue', days: 2 },
};

export const BLURB_STATES = ['none', 'draft', 'posting', 'posted', 'discarded'] as const;
export type BlurbState = (typeof BLURB_STATES)[number];

/** How long a triage is kept when the referrer has not chosen otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;
