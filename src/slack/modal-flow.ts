import type { types, webApi } from '@slack/bolt';
import { fromSlackMarkup } from '../triage/index.js';
import { TriggerExpiredError, userMessage } from '../user-messages.js';
import { loadingModal, noticeModal } from '../views/notice.js';
import { replyPrivately } from './dm.js';
import { slackErrorCode } from './slack-errors.js';

const isExpiredTrigger = (error: unknown) =>
  ['expired_trigger_id', 'exchanged_trigger_id'].includes(slackErrorCode(error));

/**
 * Opens a modal, turning an expired or used trigger into a TriggerExpiredError: the one way every
 * path that opens a modal (at once or after I/O) learns that Slack's three seconds ran out.
 */
export async function openModal(client: webApi.WebClient, triggerId: string, view: types.ModalView): Promise<string> {
  try {
    const opened = await client.views.open({ trigger_id: triggerId, view });
    return opened.view?.id as string;
  } catch (error) {
    if (isExpiredTrigger(error)) throw new TriggerExpiredError(slackErrorCode(error));
    throw error;
  }
}

/**
 * The one failure path for a surface whose modal did not open: the user hears why, privately; a
 * foreseen failure (an expired trigger) ends there, anything else goes on to the app's error log.
 */
export async function reportOpenFailure(respond: Parameters<typeof replyPrivately>[0], error: unknown): Promise<void> {
  const message = userMessage(error);
  await replyPrivately(respond, message.text);
  if (!message.expected) throw error;
}

/**
 * Opens a loading modal at once, inside the trigger's three seconds, then fills it in when the work
 * is done. Failures replace the spinner with a kind message that keeps the user's text.
 */
export async function openWithProgress(
  client: webApi.WebClient,
  triggerId: string,
  work: () => Promise<types.ModalView>,
  keep?: string,
  loadingText?: string,
): Promise<void> {
  const viewId = await openModal(client, triggerId, loadingModal(loadingText));
  let view: types.ModalView;
  try {
    view = await work();
  } catch (error) {
    await client.views.update({ view_id: viewId, view: noticeForError(error, keep) });
    if (!userMessage(error).expected) throw error;
    return;
  }
  await client.views.update({ view_id: viewId, view });
}

/** A failure as a modal notice; the user's own text is kept on it so nothing is lost. */
export function noticeForError(error: unknown, keep?: string): types.ModalView {
  const { title, text, icon } = userMessage(error);
  return noticeModal(title, `${icon} ${text}`, keep === undefined ? undefined : fromSlackMarkup(keep));
}
