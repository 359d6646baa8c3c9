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
