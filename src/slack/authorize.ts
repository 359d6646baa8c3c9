import { type Authorize, webApi } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { slackFetch } from './web-api-transport.js';

/**
 * Single-workspace authorization that asks Slack who the bot is (auth.test) once, on first use,
 * and remembers it. Bolt's own version with start-time verification off repeats auth.test on every
 * request; a failure here is retried on the next request instead of being cached.
 */
export function singleWorkspaceAuthorize(botToken: string, slackApiUrl: string, logger: Logger): Authorize<boolean> {
  const client = new webApi.WebClient(botToken, {
    slackApiUrl,
    logger,
    retryConfig: { retries: 1 },
    fetch: slackFetch,
  });
  let identity: Promise<{ botUserId?: string; botId?: string }> | null = null;
  return async () => {
    if (!identity) {
      identity = client.auth
        .test()
        .then((r) => ({ botUserId: r.user_id, botId: r.bot_id }))
        .catch((error: unknown) => {
          identity = null;
          throw error;
        });
    }
    return { botToken, ...(await identity) };
  };
}
