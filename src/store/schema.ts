import type { Generated } from 'kysely';
import * as z from 'zod';
import type { BlurbState, Decision, TriageStatus } from '../lifecycle.js';
import { OpenRoleSchema, RecommendationSchema, type TriageResult } from '../triage/index.js';

export { BLURB_STATES, type BlurbState, DECISIONS, type Decision, STATUSES, type TriageStatus } from '../lifecycle.js';

/** Tables as Kysely sees them. Timestamps are ISO-8601 UTC text in both SQLite and PostgreSQL. */
export interface Database {
  profiles: ProfileTable;
  triages: TriageTable;
  triage_events: TriageEventTable;
  installations: InstallationTable;
  slack_events: SlackEventTable;
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
  recommendation: string;
  decision: string;
  status: string;
  reply_text: string | null;
  blurb_text: string | null;
  blurb_state: string;
  blurb_channel: string | null;
  blurb_ts: string | null;
  blurb_permalink: string | null;
  earlier_triage_id: string | null;
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
  recommendation: string;
  decision: Decision;
  status: TriageStatus;
  replyText: string | null;
  blurbText: string | null;
  blurbState: BlurbState;
  blurbChannel: string | null;
  blurbTs: string | null;
  blurbPermalink: string | null;
  earlierTriageId: string | null;
  createdAt: string;
  updatedAt: string;
  history: Array<{ status: string; at: string; detail: string | null }>;
}
