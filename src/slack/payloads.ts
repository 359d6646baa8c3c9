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

const SharedAttachmentSchema = z
  .object({
    text: z.string().optional(),
    fallback: z.string().optional(),
    pretext: z.string().optional(),
    author_id: z.string().optional(),
    author_name: z.string().optional(),
    author_subname: z.string().optional(),
    from_url: z.string().optional(),
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
  subtype: z.never().optional(),
  bot_id: z.never().optional(),
  thread_ts: z.never().optional(),
  attachments: z.array(SharedAttachmentSchema).optional(),
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

/** The text of a message, including a forwarded (shared) message's own text. */
export function messageText(message: {
  text?: string | undefined;
  attachments?: z.infer<typeof SharedAttachmentSchema>[] | undefined;
}): string {
  const shared = (message.attachments ?? []).map((a) => [a.pretext, a.text ?? a.fallback].filter(Boolean).join('\n'));
  return [message.text ?? '', ...shared].filter((t) => t.trim()).join('\n\n');
}

/** The author of a forwarded message, when Slack says who wrote it. */
export function sharedAuthor(message: { attachments?: z.infer<typeof SharedAttachmentSchema>[] | undefined }) {
  const a = message.attachments?.find((x) => x.author_id || x.author_name || x.from_url);
  return a
    ? {
        id: a.author_id && /^[UW][A-Z0-9]+$/.test(a.author_id) ? a.author_id : null,
        name: a.author_subname ?? a.author_name ?? null,
        permalink: a.from_url && /^https:\/\//.test(a.from_url) ? a.from_url : null,
      }
    : null;
}
