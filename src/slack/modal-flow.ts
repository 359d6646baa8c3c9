import type { types, webApi } from '@slack/bolt';
import { StoreUnavailableError } from '../store/errors.js';
import { loadingModal, noticeModal } from '../views/notice.js';
import { replyPrivately } from './dm.js';
import { slackErrorCode } from './slack-errors.js';

/** The trigger had expired (or was used) before the modal could open; the caller says so through response_url. */
export class TriggerExpiredError extends Error {
  override name = 'TriggerExpiredError';
}

/**
 * What to tell the user privately when a command or shortcut could not open its modal, so a click
 * never ends in silence. The error itself still goes to the app's error log.
 */
export function openFailureMessage(error: unknown): string {
  if (error instanceof TriggerExpiredError) return EXPIRED_TRIGGER_MESSAGE;
  const code = slackErrorCode(error);
  if (['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed'].includes(code)) {
    return 'Slack refused the app’s token, so the triage could not open. An admin needs to reinstall the app.';
  }
  return 'The triage could not open because Slack did not answer. Nothing was lost; please try again in a moment.';
}

/**
 * The one failure path for a command or shortcut whose modal did not open: the user hears why,
 * privately; an expired trigger ends there, anything else goes on to the app's error log.
 */
export async function reportOpenFailure(respond: Parameters<typeof replyPrivately>[0], error: unknown): Promise<void> {
  await replyPrivately(respond, openFailureMessage(error));
  if (!(error instanceof TriggerExpiredError)) throw error;
}

export const EXPIRED_TRIGGER_MESSAGE =
  'Slack closed the window before the triage could open (that happens when things are slow). Please run it again.';

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
  let viewId: string;
  try {
    const opened = await client.views.open({ trigger_id: triggerId, view: loadingModal(loadingText) });
    viewId = opened.view?.id as string;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'expired_trigger_id' || code === 'exchanged_trigger_id') throw new TriggerExpiredError(code);
    throw error;
  }
  let view: types.ModalView;
  try {
    view = await work();
  } catch (error) {
    view = noticeForError(error, keep);
    await client.views.update({ view_id: viewId, view });
    if (!(error instanceof StoreUnavailableError)) throw error;
    return;
  }
  await client.views.update({ view_id: viewId, view });
}

export function noticeForError(error: unknown, keep?: string): types.ModalView {
  if (error instanceof StoreUnavailableError)
    return noticeModal('Try again shortly', `:warning: ${error.message}`, keep);
  if (error instanceof Error && error.name === 'NotOwnerError')
    return noticeModal('Not yours', ':lock: Only the person who ran this triage can open it.');
  if (error instanceof Error && error.name === 'NotFoundError')
    return noticeModal('Not found', `:mag: ${error.message}`);
  return noticeModal(
    'Something went wrong',
    ':warning: Something went wrong on our side. Nothing was sent to anyone; please try again.',
    keep,
  );
}
