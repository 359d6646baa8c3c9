import { type Logger, webApi } from '@slack/bolt';
import { hiringPostFor } from '../presenters/messages.js';
import { slackErrorCode } from '../slack/slack-errors.js';
import { slackFetch } from '../slack/web-api-transport.js';
import type { Owner, TriageRecord } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { postFailureMessage } from '../user-messages.js';
import type { SlackMessage } from '../views/messages.js';

/** How long a Web API call may take before it counts as failed. */
export const DEFAULT_SLACK_TIMEOUT_MS = 10_000;

export type PostOutcome =
  | { kind: 'posted'; record: TriageRecord }
  | { kind: 'already'; record: TriageRecord }
  | { kind: 'needsChannel'; record: TriageRecord }
  | { kind: 'failed'; record: TriageRecord; code: string; message: string };

/**
 * Posts an approved blurb to its hiring channel exactly once. The store's conditional claim decides
 * who posts; a failed post gives the claim back so the referrer can fix the cause and click again.
 */
export async function postBlurb(
  store: Store,
  client: webApi.WebClient,
  owner: Owner,
  triageId: string,
  poster: PosterOptions = {},
): Promise<PostOutcome> {
  const before = await store.triages.get(owner, triageId);
  const channel = before.blurbChannel;
  if (before.blurbState === 'posted') return { kind: 'already', record: before };
  if (!channel) return { kind: 'needsChannel', record: before };
  const outside = await outsideTheOrganisation(client, channel);
  if (outside) return { kind: 'failed', record: before, code: outside, message: postFailureMessage(outside) };
  if (!(await store.blurbs.claimPost(owner, triageId))) {
    return { kind: 'already', record: await store.triages.get(owner, triageId) };
  }
  const message = hiringPostFor(before);
  try {
    const posted = await postJoiningIfNeeded(client, channel, message, poster);
    const permalink = await client.chat
      .getPermalink({ channel, message_ts: posted })
      .then((r) => r.permalink ?? null)
      .catch(() => null);
    return {
      kind: 'posted',
      record: await store.blurbs.completePost(owner, triageId, { channel, ts: posted, permalink }),
    };
  } catch (error) {
    await store.blurbs.releasePost(owner, triageId);
    const code = slackErrorCode(error);
    return {
      kind: 'failed',
      record: await store.triages.get(owner, triageId),
      code,
      message: postFailureMessage(code),
    };
  }
}

/**
 * A candidate's details must not leave the organisation: a channel shared with another one (Slack
 * Connect), or being shared, is refused. So is one the app cannot check: nothing is posted unverified.
 * Returns the reason to refuse, or null when the channel is inside.
 */
async function outsideTheOrganisation(client: webApi.WebClient, channel: string): Promise<string | null> {
  try {
    const { channel: info } = await client.conversations.info({ channel });
    return info?.is_ext_shared || info?.is_pending_ext_shared ? 'ext_shared' : null;
  } catch (error) {
    return slackErrorCode(error);
  }
}

export interface PosterOptions {
  /** How long the post may take before it counts as failed. */
  timeoutMs?: number;
  /** The app's Slack-shaped logger, so the poster's client logs through pino like every other. */
  logger?: Logger;
}

/** Longest Retry-After worth waiting for inside a click; beyond it the user is asked to click again. */
const MAX_RATE_LIMIT_WAIT_S = 5;

/**
 * The post itself gets no automatic retries: a timeout or a 5xx may hide a post Slack did make, and
 * retrying it would post twice. A 429 means Slack did not post, so it is retried once after Retry-After.
 */
function noRetryClient(client: webApi.WebClient, { timeoutMs, logger }: PosterOptions): webApi.WebClient {
  return new webApi.WebClient(client.token, {
    slackApiUrl: client.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS,
    fetch: slackFetch,
    ...(logger ? { logger } : {}),
  });
}

/** A public channel the bot is not in is joined once and the post retried; private ones need a human invite. */
async function postJoiningIfNeeded(
  client: webApi.WebClient,
  channel: string,
  message: SlackMessage,
  options: PosterOptions,
): Promise<string> {
  const poster = noRetryClient(client, options);
  const once = async () => {
    const r = await poster.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    return r.ts as string;
  };
  const post = async () => {
    try {
      return await once();
    } catch (error) {
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      if (slackErrorCode(error) !== 'ratelimited' || retryAfter === undefined || retryAfter > MAX_RATE_LIMIT_WAIT_S)
        throw error;
      await new Promise((r) => setTimeout(r, retryAfter * 1000));
      return once();
    }
  };
  try {
    return await post();
  } catch (error) {
    if (slackErrorCode(error) !== 'not_in_channel') throw error;
    await client.conversations.join({ channel }).catch(() => {
      throw error;
    });
    return post();
  }
}
