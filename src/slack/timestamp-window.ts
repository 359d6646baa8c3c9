import type { AnyMiddlewareArgs, BufferedIncomingMessage, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';

/** How far ahead of our clock a request may claim to be; Bolt itself refuses anything over 5 minutes old. */
export const MAX_FUTURE_SKEW_S = 60;

/** Carries the signed request timestamp from the HTTP layer into the listener context. */
export function timestampExtractor(request: BufferedIncomingMessage): Record<string, unknown> {
  const header = request.headers['x-slack-request-timestamp'];
  return { requestTimestamp: typeof header === 'string' ? Number(header) : undefined };
}

/**
 * Refuses signed requests dated in the future: a captured request with a future timestamp would
 * otherwise stay replayable for longer than Slack's five-minute window.
 */
export function refuseFutureTimestamps(logger: Logger, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const ts = (args.context as { requestTimestamp?: number }).requestTimestamp;
    if (typeof ts === 'number' && Number.isFinite(ts) && ts - now() / 1000 > MAX_FUTURE_SKEW_S) {
      logger.warn({ skewSeconds: Math.round(ts - now() / 1000) }, 'request refused: timestamp is in the future');
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  };
}
