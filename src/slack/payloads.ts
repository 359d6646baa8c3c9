import * as z from 'zod';
import type { Owner } from '../store/schema.js';

/**
 * The parts of Slack payloads the handlers use, parsed at the edge. Bolt has already verified the
 * signature; these make sure the fields are what the code expects before anything acts on them.
 */
const Id = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,40}$/i);

export const CommandSchema = z.object({
  team_id: Id,
  user_id: Id,
  text: z.string().max(40_000).default(''),
  trigger_id: z.string().min(1),
  channel_id: Id.optional(),
});

/** A file on a message. An email brought into Slack is a file with filetype "email". */
export const SlackFileSchema = z
  .object({
    id: z.string(),
    name: z.string().nullish(),
    title: z.string().nullish(),
    filetype: z.string().nullish(),
    subject: z.string().nullish(),
    plain_text: z.string().nullish(),
    from: z.array(z.object({ name: z.string().nullish(), address: z.string().nullish() }).loose()).nullish(),
  })
  .loose();
export type SlackFile = z.infer<typeof SlackFileSchema>;

/** A message shared (forwarded) into this one: its text, author and link. */
export const SharedAttachmentSchema = z
  .object({
    text: z.string().optional(),
    fallback: z.string().optional(),
    pretext: z.string().optional(),
    author_id: z.string().optional(),
    author_name: z.string().optional(),
    author_subname: z.string().optional(),
    from_url: z.string().optional(),
    is_share: z.boolean().optional(),
    is_msg_unfurl: z.boolean().optional(),
    files: z.array(SlackFileSchema).optional(),
  })
  .loose();

export const MessageShortcutSchema = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: Id, team_id: Id.optional() }).loose(),
  team: z.object({ id: Id }).loose().nullish(),
  channel: z.object({ id: Id }).loose(),
  message_ts: z.string(),
  message: z
    .object({
      text: z.string().optional(),
      user: Id.optional(),
      attachments: z.array(SharedAttachmentSchema).optional(),
      files: z.array(SlackFileSchema).optional(),
    })
    .loose(),
});

export const DirectMessageSchema = z.object({
  user: Id,
  channel: Id,
  channel_type: z.literal('im'),
  ts: z.string(),
  team: Id.optional(),
  text: z.string().optional(),
  /** A plain message, or one with files (a résumé, an email). Edits, deletions and the rest are not requests. */
  subtype: z.literal('file_share').optional(),
  /** Bots' messages (the app's own included) are never requests. */
  bot_id: z.never().optional(),
  /** Set on a reply in a thread: a reply in a triage's thread adds to that triage's note. */
  thread_ts: z.string().optional(),
  attachments: z.array(SharedAttachmentSchema).optional(),
  files: z.array(SlackFileSchema).optional(),
});

export const ActionBodySchema = z.object({
  user: z.object({ id: Id, team_id: Id.optional() }).loose(),
  team: z.object({ id: Id }).loose().nullish(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  container: z.object({ channel_id: Id.optional(), message_ts: z.string().optional() }).loose().optional(),
  view: z
    .object({ id: z.string(), hash: z.string().optional(), private_metadata: z.string().optional() })
    .loose()
    .optional(),
  /** The message a button sits on, as Slack sends it with a click: a digest's other lines are kept from it. */
  message: z
    .object({
      ts: z.string(),
      text: z.string().optional(),
      blocks: z.array(z.looseObject({ type: z.string() })).optional(),
    })
    .loose()
    .optional(),
});

export const ViewSubmissionSchema = z.object({
  user: z.object({ id: Id, team_id: Id.optional() }).loose(),
  team: z.object({ id: Id }).loose().nullish(),
  view: z
    .object({
      id: z.string(),
      private_metadata: z.string().optional(),
      state: z.object({ values: z.unknown() }).loose(),
    })
    .loose(),
});

export function ownerOf(body: {
  user: { id: string; team_id?: string | undefined };
  team?: { id: string } | null;
}): Owner {
  return { teamId: body.team?.id ?? body.user.team_id ?? 'T0', userId: body.user.id };
}
