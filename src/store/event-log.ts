import type { Kysely } from 'kysely';
import { guardUnavailable } from './errors.js';
import { type Clock, DAY_MS } from './owner.js';
import type { Database } from './schema.js';

/** How long an event id is remembered: Slack retries within minutes, so a day is ample. */
export const EVENT_MEMORY_MS = DAY_MS;

/**
 * The Slack events the app has taken on. Slack re-sends an event whose delivery failed or timed
 * out; the first delivery to claim its event_id handles it, on any replica, and every other is a
 * duplicate. A retry whose first delivery never arrived claims it like a first delivery.
 */
export class EventLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  /** True for exactly one of any number of concurrent callers with the same event id. */
  async claim(eventId: string, teamId: string | null): Promise<boolean> {
    const result = await guardUnavailable(() =>
      this.db
        .insertInto('slack_events')
        .values({ event_id: eventId, team_id: teamId, received_at: this.clock.now().toISOString() })
        .onConflict((oc) => oc.column('event_id').doNothing())
        .executeTakeFirst(),
    );
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** Forgets event ids older than Slack could still retry. Returns how many went. */
  async forgetOld(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - EVENT_MEMORY_MS).toISOString();
    const result = await guardUnavailable(() =>
      this.db.deleteFrom('slack_events').where('received_at', '<', before).executeTakeFirst(),
    );
    return Number(result.numDeletedRows);
  }
}
