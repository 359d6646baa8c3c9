import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';

/** What a request was, by ids only: never its text. */
export function describeRequest(body: Record<string, unknown>): { kind: string; id: string | undefined } {
  if (typeof body.command === 'string') return { kind: 'command', id: body.command };
  const type = body.type as string | undefined;
  if (type === 'event_callback') {
    const event = body.event as { type?: string; channel_type?: string } | undefined;
    return { kind: 'event', id: event?.channel_type ? `${event.type}.${event.channel_type}` : event?.type };
  }
  if (type === 'block_actions') {
    const actions = body.actions as Array<{ action_id?: string }> | undefined;
    return { kind: 'action', id: actions?.[0]?.action_id };
  }
  if (type === 'view_submission' || type === 'view_closed') {
    return { kind: type, id: (body.view as { callback_id?: string } | undefined)?.callback_id };
  }
  if (type === 'message_action' || type === 'shortcut') return { kind: 'shortcut', id: body.callback_id as string };
  return { kind: type ?? 'unknown', id: undefined };
}

/** One log line per handled request with its kind and duration, and a count of requests in flight for shutdown. */
export function requestLogging(logger: Logger, inFlight: { count: number }): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const start = process.hrtime.bigint();
    const { kind, id } = describeRequest(body as Record<string, unknown>);
    inFlight.count++;
    let ok = false;
    try {
      await next();
      ok = true;
    } finally {
      inFlight.count--;
      const durationMs = Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
      logger.info({ kind, id, durationMs, ok }, 'handled');
    }
  };
}
