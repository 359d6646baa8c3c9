import type { Generated } from 'kysely';
import * as z from 'zod';
import type { BlurbState, Decision, ReminderKind, Stage } from '../lifecycle.js';
import { OpenRoleSchema, RecommendationSchema, type TriageResult, WORKING_LANGUAGES } from '../triage/index.js';

export { BLURB_STATES, type BlurbState, DECISIONS, type Decision, STAGES, type Stage } from '../lifecycle.js';

/** Tables as Kysely sees them. Timestamps are ISO-8601 UTC text in both SQLite and PostgreSQL. */
export interface Database {
  profiles: ProfileTable;
  triages: TriageTable;
  triage_events: TriageEventTable;
  installations: InstallationTable;
  slack_events: SlackEventTable;
  reminders: ReminderTable;
  blurb_votes: BlurbVoteTable;
  reminder_days: ReminderDayTable;
  spray_notes: SprayNoteTable;
  spray_bands: SprayBandTable;
  workspace_settings: WorkspaceSettingsTable;
}

/** A note's similarity fingerprint (spray check): keyed hashes and a MinHash signature, never text or names. */
export interface SprayNoteTable {
  id: Generated<number>;
  triage_id: string;
  team_id: string;
  recipient_id: string;
  sender_hash: string;
  role_hash: string;
  signature: string;
  created_at: string;
}

export interface SprayBandTable {
  note_id: number;
  team_id: string;
  band: number;
  band_hash: number;
}

export interface WorkspaceSettingsTable {
  team_id: string;
  spray_checks: Generated<number>;
  updated_at: string;
}

export interface ReminderDayTable {
  team_id: string;
  user_id: string;
  /** The referrer's local date (YYYY-MM-DD) of a reminder DM. */
  local_date: string;
  sent_at: string;
}

export interface ReminderTable {
  id: string;
  triage_id: string;
  team_id: string;
  referrer_id: string;
  kind: ReminderKind;
  due_at: string;
  /** pending → sent, or cancelled when the referral moves on first. */
  state: 'pending' | 'sent' | 'cancelled';
  /** A sweep's lease: until then no other sweep takes it; after, a crashed sweep's claim lapses. */
  claimed_until: string | null;
  sent_at: string | null;
}

export interface BlurbVoteTable {
  triage_id: string;
  team_id: string;
  voter_id: string;
  vote: 'interested' | 'not_a_fit';
  at: string;
}

export interface SlackEventTable {
  event_id: string;
  team_id: string | null;
  received_at: string;
}

export interface ProfileTable {
  team_id: string;
  user_id: string;
  name: string | null;
  team_area: string;
  open_roles: string;
  hiring_channel: string | null;
  retention_days: number | null;
  reminders_off: Generated<number>;
  one_pager_wait_days: number | null;
  time_zone: string | null;
  /** The blurb's language (migration 0007); 'en' for rows made before it. */
  working_language: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface TriageTable {
  id: string;
  team_id: string;
  referrer_id: string;
  requester_id: string | null;
  requester_name: string | null;
  source: string;
  channel_id: string | null;
  message_ts: string | null;
  permalink: string | null;
  request_text: string;
  result: string;
  /** Null for a note in a language the triage does not read (0006). */
  recommendation: string | null;
  decision: string;
  /** The referral's stage (lifecycle.ts); named status since 0.1. */
  status: string;
  stage_at: string | null;
  one_pager_text: string | null;
  reply_text: string | null;
  blurb_text: string | null;
  blurb_state: string;
  blurb_channel: string | null;
  blurb_ts: string | null;
  blurb_permalink: string | null;
  earlier_triage_id: string | null;
  /** The referral's DM (0004): the message a move updates in place. */
  dm_channel: string | null;
  dm_ts: string | null;
  created_at: string;
  updated_at: string;
}

export interface TriageEventTable {
  id: Generated<number>;
  triage_id: string;
  status: string;
  at: string;
  detail: string | null;
}

export interface InstallationTable {
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  data: string;
  created_at: string;
  updated_at: string;
}

const SlackId = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,40}$/i, 'must be a Slack id');

export const SOURCES = ['slash_command', 'shortcut', 'message', 'modal', 'cli'] as const;

export const OwnerSchema = z.object({ teamId: SlackId, userId: SlackId });
export type Owner = z.infer<typeof OwnerSchema>;

export const StoredProfileSchema = z.object({
  name: z.string().trim().max(80).nullable().default(null),
  teamArea: z.string().trim().min(1, 'describe your team area').max(500),
  openRoles: z.array(OpenRoleSchema).max(20).default([]),
  hiringChannel: SlackId.nullable().default(null),
  retentionDays: z.number().int().min(1).max(3650).nullable().default(null),
  remindersOn: z.boolean().default(true),
  onePagerWaitDays: z.number().int().min(1).max(60).nullable().default(null),
  /** The language of the blurb for the hiring channel (contracts.md `workingLanguage`); replies follow the note's. */
  workingLanguage: z.enum(WORKING_LANGUAGES).default('en'),
});
export type StoredProfile = z.infer<typeof StoredProfileSchema>;
export type StoredProfileInput = z.input<typeof StoredProfileSchema>;

export const NewTriageSchema = z.object({
  requesterId: SlackId.nullable().default(null),
  requesterName: z.string().trim().max(200).nullable().default(null),
  source: z.enum(SOURCES),
  channelId: SlackId.nullable().default(null),
  messageTs: z
    .string()
    .regex(/^\d{1,12}\.\d{1,9}$/)
    .nullable()
    .default(null),
  permalink: z.url().max(3000).nullable().default(null),
  requestText: z.string().min(1).max(40_000),
});
export type NewTriage = z.input<typeof NewTriageSchema>;

export const DecisionInputSchema = z.object({
  decision: RecommendationSchema,
  replyText: z.string().trim().min(1, 'the reply cannot be empty').max(3000),
  blurbText: z.string().trim().max(3000).nullable().default(null),
  blurbChannel: SlackId.nullable().default(null),
});
export type DecisionInput = z.input<typeof DecisionInputSchema>;

export const BlurbPostSchema = z.object({
  channel: SlackId,
  ts: z.string().min(1).max(40),
  permalink: z.url().max(3000).nullable(),
});
export type BlurbPost = z.infer<typeof BlurbPostSchema>;

/** A triage as the app reads it back. */
export interface TriageRecord {
  id: string;
  teamId: string;
  referrerId: string;
  requesterId: string | null;
  requesterName: string | null;
  source: string;
  channelId: string | null;
  messageTs: string | null;
  permalink: string | null;
  requestText: string;
  result: TriageResult;
  recommendation: string | null;
  decision: Decision;
  stage: Stage;
  /** When the referral entered its stage. */
  stageAt: string;
  /** The one-pager the referrer asked for, once it came; the result is then judged on both notes. */
  onePagerText: string | null;
  replyText: string | null;
  blurbText: string | null;
  blurbState: BlurbState;
  blurbChannel: string | null;
  blurbTs: string | null;
  blurbPermalink: string | null;
  earlierTriageId: string | null;
  /** The DM that stands for this referral, updated in place when it moves; null before one is sent. */
  dmMessage: { channel: string; ts: string } | null;
  createdAt: string;
  updatedAt: string;
  history: Array<{ status: string; at: string; detail: string | null }>;
}
