import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type * as z from 'zod';
import type { AppDeps } from '../src/deps.js';
import { threadSummaryModel } from '../src/presenters/triage.js';
import { addToNote, runTriage } from '../src/services/triage-service.js';
import { withEmailText } from '../src/slack/email-files.js';
import { type MessageContent, readMessage } from '../src/slack/message-content.js';
import { DirectMessageSchema } from '../src/slack/payloads.js';
import type { Owner } from '../src/store/schema.js';
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

type DirectMessage = z.infer<typeof DirectMessageSchema>;

/** A new request: triaged and saved, answered with a short summary. */
async function triageRequest(deps: AppDeps, owner: Owner, dm: DirectMessage, content: MessageContent) {
  const run = await runTriage(
    deps.store,
    owner,
    {
      source: 'message',
      requestText: content.request,
      requesterId: content.author?.id ?? null,
      requesterName: content.author?.name ?? null,
      channelId: dm.channel,
      messageTs: dm.ts,
      permalink: content.author?.permalink ?? null,
    },
    deps.sprays,
  );
  return threadSummary(threadSummaryModel(run.record, run.earlier, readingNotes(content)));
}

/**
 * A request forwarded or pasted into the app's DM gets a short triage in a thread, with a button
 * that opens the full modal (the click brings the trigger a modal needs). A reply in that thread is
 * more of the same note: the triage is read again on the whole of it.
 */
export const makeDirectMessage =
  (deps: AppDeps) =>
  async ({ event, body, client }: Args) => {
    const parsed = DirectMessageSchema.safeParse(event);
    if (!parsed.success) return;
    const dm = parsed.data;
    const owner = { teamId: dm.team ?? (body as { team_id?: string }).team_id ?? 'T0', userId: dm.user };
    // Slack re-sends an event whose delivery failed or timed out: the first delivery to claim it, on
    // any replica, handles it; a retry whose first delivery never arrived is that first delivery.
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !(await deps.store.events.claim(eventId, owner.teamId))) return;
    const reply = (message: { text: string; blocks?: SlackMessage['blocks'] }) =>
      client.chat.postMessage({
        channel: dm.channel,
        thread_ts: dm.thread_ts ?? dm.ts,
        text: message.text,
        ...(message.blocks?.length ? { blocks: message.blocks } : {}),
        unfurl_links: false,
      });
    try {
      const content = await withEmailText(client, readMessage(dm));
      const earlier = dm.thread_ts ? await deps.store.triages.findByMessage(owner, dm.channel, dm.thread_ts) : null;
      if (earlier && content.request.trim()) {
        const run = await addToNote(deps.store, owner, earlier, content.request);
        const added = run.onePager ? [] : ['Added to the note above; the triage now reads all of it.'];
        const notes = [...added, ...readingNotes(content)];
        await reply(threadSummary(threadSummaryModel(run.record, run.earlier, notes)));
      } else if (content.request.split(/\s+/).filter(Boolean).length < MIN_REQUEST_WORDS) {
        await reply(helpMessage());
      } else {
        await reply(await triageRequest(deps, owner, dm, content));
      }
    } catch (error) {
      const message = userMessage(error);
      if (!message.expected) throw error;
      await reply({ text: `:warning: ${message.text}` });
    }
  };

export function register(app: App, deps: AppDeps): void {
  app.event('message', makeDirectMessage(deps));
}
