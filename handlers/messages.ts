import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { threadSummaryModel } from '../src/presenters/triage.js';
import { runTriage } from '../src/services/triage-service.js';
import { withEmailText } from '../src/slack/email-files.js';
import { type MessageContent, readMessage } from '../src/slack/message-content.js';
import { DirectMessageSchema } from '../src/slack/payloads.js';
import { userMessage } from '../src/user-messages.js';
import { helpMessage, type SlackMessage, threadSummary } from '../src/views/messages.js';

/** Below this many words a DM is a greeting or a question to the app, not a forwarded request. */
const MIN_REQUEST_WORDS = 8;

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** What the referrer should know about how the message was read. */
function readingNotes(content: MessageContent): string[] {
  const notes: string[] = [];
  if (content.fileNames.length) notes.push(`Attached: ${content.fileNames.join(', ')} (noted, not opened).`);
  if (content.comment) notes.push('Your own words with the forwarded message were kept out of the triage.');
  return notes;
}

/**
 * A request forwarded or pasted into the app's DM gets a short triage in a thread, with a button
 * that opens the full modal (the click brings the trigger a modal needs).
 */
export const makeDirectMessage =
  (deps: AppDeps) =>
  async ({ event, body, client }: Args) => {
    const parsed = DirectMessageSchema.safeParse(event);
    if (!parsed.success) return;
    const dm = parsed.data;
    const teamId = dm.team ?? (body as { team_id?: string }).team_id ?? 'T0';
    // Slack re-sends an event whose delivery failed or timed out: the first delivery to claim it, on
    // any replica, handles it; a retry whose first delivery never arrived is that first delivery.
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !(await deps.store.events.claim(eventId, teamId))) return;
    const content = await withEmailText(client, readMessage(dm));
    const text = content.request;
    const reply = (message: { text: string; blocks?: SlackMessage['blocks'] }) =>
      client.chat.postMessage({
        channel: dm.channel,
        thread_ts: dm.ts,
        text: message.text,
        ...(message.blocks?.length ? { blocks: message.blocks } : {}),
        unfurl_links: false,
      });
    if (text.split(/\s+/).filter(Boolean).length < MIN_REQUEST_WORDS) {
      await reply(helpMessage());
      return;
    }
    try {
      const run = await runTriage(
        deps.store,
        { teamId, userId: dm.user },
        {
          source: 'message',
          requestText: text,
          requesterId: content.author?.id ?? null,
          requesterName: content.author?.name ?? null,
          channelId: dm.channel,
          messageTs: dm.ts,
          permalink: content.author?.permalink ?? null,
        },
      );
      await reply(threadSummary(threadSummaryModel(run.record, run.earlier, readingNotes(content))));
    } catch (error) {
      const message = userMessage(error);
      if (!message.expected) throw error;
      await reply({ text: `:warning: ${message.text}` });
    }
  };

export function register(app: App, deps: AppDeps): void {
  app.event('message', makeDirectMessage(deps));
}
