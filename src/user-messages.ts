import { DeadlineError } from './slack/deadline.js';
import { slackErrorCode } from './slack/slack-errors.js';
import { InvalidInputError, NotFoundError, NotOwnerError, StoreUnavailableError } from './store/errors.js';
import { UnreadableTriageError } from './store/records.js';

/** The trigger had expired (or was used) before a modal could open. */
export class TriggerExpiredError extends Error {
  override name = 'TriggerExpiredError';
}

/** What a person is told when something fails: a short title, a sentence, and whether the failure was foreseen. */
export interface UserMessage {
  title: string;
  text: string;
  /** The emoji it is shown with. */
  icon: string;
  /** Foreseen failures (an outage, someone else's triage) end with the message; others also go to the error log. */
  expected: boolean;
}

const SLACK_AUTH_CODES = new Set(['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed']);

/**
 * The one mapping from an error to what the user is told, for every surface: a modal notice, a
 * field error, a private message. Matching is by class, never by message text.
 */
export function userMessage(error: unknown): UserMessage {
  if (error instanceof StoreUnavailableError)
    return { title: 'Try again shortly', text: error.message, icon: ':warning:', expected: true };
  if (error instanceof DeadlineError)
    return {
      title: 'Try again shortly',
      text: 'Could not save: the database is not answering. Your text is still here; try Save again in a moment.',
      icon: ':warning:',
      expected: true,
    };
  if (error instanceof NotOwnerError)
    return { title: 'Not yours', text: error.message, icon: ':lock:', expected: true };
  if (error instanceof NotFoundError)
    return { title: 'Not found', text: error.message, icon: ':warning:', expected: true };
  if (error instanceof InvalidInputError)
    return { title: 'Check the input', text: error.message, icon: ':warning:', expected: true };
  if (error instanceof UnreadableTriageError)
    return { title: 'Cannot open it', text: error.message, icon: ':warning:', expected: true };
  if (error instanceof TriggerExpiredError)
    return {
      title: 'Please run it again',
      text: 'Slack closed the window before the triage could open (that happens when things are slow). Please run it again.',
      icon: ':warning:',
      expected: true,
    };
  if (SLACK_AUTH_CODES.has(slackErrorCode(error)))
    return {
      title: 'App needs reinstalling',
      text: 'Slack refused the app’s token, so this could not be done. An admin needs to reinstall the app.',
      icon: ':warning:',
      expected: false,
    };
  if (slackErrorCode(error) !== 'unknown')
    return {
      title: 'Slack did not answer',
      text: 'Slack did not answer, so this could not be done. Nothing was lost; please try again in a moment.',
      icon: ':warning:',
      expected: false,
    };
  return {
    title: 'Something went wrong',
    text: 'Something went wrong on our side. Nothing was sent to anyone; please try again in a moment.',
    icon: ':warning:',
    expected: false,
  };
}

/** What the referrer is told when a blurb post fails, by Slack's error code: what happened, and what to do. */
const POST_FAILURES: Record<string, string> = {
  ext_shared:
    'That channel is shared with another organisation (Slack Connect), so the candidate’s details would leave yours. Pick a channel inside your organisation below. Nothing was posted.',
  not_in_channel:
    'I am not in that channel. Invite me with `/invite @refer-triage` in the channel, then click Post again.',
  channel_not_found:
    'I cannot see that channel. If it is private, invite me with `/invite @refer-triage` there, then click Post again.',
  is_archived: 'That channel is archived. Pick another channel below, then click Post again.',
  ratelimited: 'Slack asked me to slow down. Nothing was posted; click Post again in a minute.',
  rate_limited: 'Slack asked me to slow down. Nothing was posted; click Post again in a minute.',
  slack_unavailable:
    'Slack did not confirm the post. Check the hiring channel first; if it is not there, click Post again.',
  invalid_auth: 'My Slack token was refused; an admin needs to reinstall the app. Nothing was posted.',
  token_revoked: 'The app was removed from this workspace; an admin needs to reinstall it. Nothing was posted.',
  account_inactive: 'The app was removed from this workspace; an admin needs to reinstall it. Nothing was posted.',
  missing_scope:
    'The app is missing a permission; an admin needs to reinstall it from the manifest. Nothing was posted.',
  restricted_action: 'This workspace does not let apps post in that channel. Pick another channel below.',
};

/** A failed blurb post, in words: nothing was posted, and how to fix it before clicking Post again. */
export function postFailureMessage(code: string): string {
  return (
    POST_FAILURES[code] ?? 'Something went wrong talking to Slack. Nothing was posted; click Post again in a moment.'
  );
}
