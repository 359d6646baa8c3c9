import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { previewFor, replyFor } from '../presenters/messages.js';
import { candidateNameOf } from '../presenters/triage.js';
import { type OutgoingMessage, postDm, postDms } from '../slack/dm.js';
import { slackErrorCode } from '../slack/slack-errors.js';
import type { Owner, TriageRecord } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { answerChanged } from '../views/referral-messages.js';

/** chat.update errors that mean the message is no longer there to update: a fresh DM replaces it. */
const GONE = new Set([
  'message_not_found',
  'cant_update_message',
  'channel_not_found',
  'edit_window_closed',
  'is_archived',
]);

/**
 * Shows a referral as it stands now in the one DM that stands for it: that message is updated in
 * place (so its old buttons go with its old state), or, when there is none yet or it is gone, a new
 * DM is posted and remembered. Only error codes are logged, never message text.
 */
export async function showInDm(
  client: webApi.WebClient,
  store: Store,
  logger: Pick<Logger, 'warn'>,
  owner: Owner,
  record: Pick<TriageRecord, 'id' | 'dmMessage'>,
  message: OutgoingMessage,
): Promise<void> {
  const ref = record.dmMessage;
  if (ref) {
    try {
      await client.chat.update({ channel: ref.channel, ts: ref.ts, text: message.text, blocks: message.blocks });
      return;
    } catch (error) {
      const code = slackErrorCode(error);
      if (!GONE.has(code)) throw error;
      logger.warn({ code }, 'referral DM could not be updated; posting a new one');
    }
  }
  const posted = await postDm(client, owner.userId, message);
  await store.referrals.rememberMessage(owner, record.id, posted);
}

/**
 * The referrer changed their answer: the earlier reply DM loses its buttons and says where the new
 * one is, so nothing on it acts on a decision that no longer stands. Best effort: it is only a pointer.
 */
export async function retireDm(
  client: webApi.WebClient,
  logger: Pick<Logger, 'warn'>,
  record: Pick<TriageRecord, 'dmMessage'>,
  message: OutgoingMessage,
): Promise<void> {
  const ref = record.dmMessage;
  if (!ref) return;
  await client.chat
    .update({ channel: ref.channel, ts: ref.ts, text: message.text, blocks: message.blocks })
    .catch((error: unknown) => logger.warn({ code: slackErrorCode(error) }, 'earlier reply DM not retired'));
}

/**
 * A saved decision, in the referrer's DM: the earlier reply (if they changed their answer) is retired,
 * the new reply is posted and remembered as the referral's DM, and a yes brings its blurb preview.
 */
export async function sendDecision(
  client: webApi.WebClient,
  store: Store,
  logger: Pick<Logger, 'warn'>,
  owner: Owner,
  record: TriageRecord,
): Promise<void> {
  await retireDm(client, logger, record, answerChanged(candidateNameOf(record)));
  const preview = record.decision === 'yes' && record.blurbText ? [previewFor(record, { kind: 'draft' })] : [];
  const [reply] = await postDms(client, owner.userId, replyFor(record), ...preview);
  if (reply) await store.referrals.rememberMessage(owner, record.id, reply);
}

/**
 * The click came from another message than the referral's DM (a reminder digest, or a reply DM from
 * before DMs were remembered): that message keeps its other lines, and the moved referral's buttons
 * there become a line that says where it went, so none of them acts on the old stage. Best effort.
 */
export async function answerInPlace(
  client: webApi.WebClient,
  logger: Pick<Logger, 'warn'>,
  clicked: { channel: string; ts: string; text: string; blocks: ReadonlyArray<{ type: string }> },
  triageId: string,
  done: OutgoingMessage['blocks'][number],
): Promise<void> {
  const acts = (b: { type: string; elements?: unknown }) =>
    b.type === 'actions' &&
    Array.isArray(b.elements) &&
    b.elements.some((e) => (e as { value?: unknown }).value === triageId);
  if (!clicked.blocks.some(acts)) return;
  const blocks = clicked.blocks.map((b) => (acts(b) ? done : b)) as OutgoingMessage['blocks'];
  await client.chat
    .update({ channel: clicked.channel, ts: clicked.ts, text: clicked.text, blocks })
    .catch((error: unknown) => logger.warn({ code: slackErrorCode(error) }, 'clicked message not answered in place'));
}
