import type { AllMiddlewareArgs, App, MessageShortcut, SlackShortcutMiddlewareArgs, types, webApi } from '@slack/bolt';
import type * as z from 'zod';
import type { AppDeps } from '../src/deps.js';
import { SHORTCUTS } from '../src/ids.js';
import { modalForRun } from '../src/services/triage-modal.js';
import { runTriage } from '../src/services/triage-service.js';
import { replyPrivately } from '../src/slack/dm.js';
import { withEmailText } from '../src/slack/email-files.js';
import { type MessageContent, readMessage } from '../src/slack/message-content.js';
import { openModal, openWithProgress, reportOpenFailure } from '../src/slack/modal-flow.js';
import { MessageShortcutSchema, ownerOf } from '../src/slack/payloads.js';
import { noticeModal } from '../src/views/notice.js';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

type ShortcutBody = z.infer<typeof MessageShortcutSchema>;

/** The shortcut's work, once the loading modal is open: the message read, its author found, the triage run. */
async function triageShortcutMessage(
  deps: AppDeps,
  client: webApi.WebClient,
  body: ShortcutBody,
  content: MessageContent,
): Promise<types.ModalView> {
  const read = await withEmailText(client, content);
  if (!read.request.trim()) {
    return noticeModal(
      'Nothing to triage',
      'Slack did not share the text of that email. Paste it into `/refer-triage` instead.',
    );
  }
  // An email's message is Slackbot's; its sender is the author. A shared message names its own author.
  const authorId = read.author ? read.author.id : (body.message.user ?? null);
  const [slackName, permalink] = await Promise.all([
    authorId
      ? client.users
          .info({ user: authorId })
          .then((r) => r.user?.profile?.real_name || r.user?.real_name || r.user?.name || null)
          .catch(() => null)
      : null,
    client.chat
      .getPermalink({ channel: body.channel.id, message_ts: body.message_ts })
      .then((r) => r.permalink ?? null)
      .catch(() => null),
  ]);
  const run = await runTriage(
    deps.store,
    ownerOf(body),
    {
      source: 'shortcut',
      requestText: read.request,
      requesterId: authorId,
      requesterName: read.author?.name ?? slackName,
      channelId: body.channel.id,
      messageTs: /^\d+\.\d+$/.test(body.message_ts) ? body.message_ts : null,
      permalink: read.author?.permalink ?? permalink,
    },
    deps.sprays,
  );
  return modalForRun(run);
}

/** "Triage referral request" on a message: the text, its author's name and a permalink go into the triage. */
export const makeTriageMessageShortcut =
  (deps: AppDeps) =>
  async ({ shortcut, ack, client, respond }: Args) => {
    await ack();
    const parsed = MessageShortcutSchema.safeParse(shortcut);
    if (!parsed.success) {
      await replyPrivately(respond, 'That message could not be read. Please try again.');
      return;
    }
    const body = parsed.data;
    const content = readMessage(body.message);
    const text = content.request;
    try {
      if (!text.trim() && content.emailsToFetch.length === 0) {
        await openModal(
          client,
          body.trigger_id,
          noticeModal(
            'Nothing to triage',
            'That message has no text to read. Try it on the message with the request in it.',
          ),
        );
        return;
      }
      await openWithProgress(client, body.trigger_id, () => triageShortcutMessage(deps, client, body, content), text);
    } catch (error) {
      await reportOpenFailure(respond, error);
    }
  };

export function register(app: App, deps: AppDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUTS.triageMessage, type: 'message_action' },
    makeTriageMessageShortcut(deps),
  );
}
