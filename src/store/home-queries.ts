import type { Kysely } from 'kysely';
import { type PipelineColumn, stagesIn } from '../lifecycle.js';
import { guardUnavailable } from './errors.js';
import { type Clock, DAY_MS, ownsTriage, parseOwner } from './owner.js';
import { readableRecords } from './records.js';
import type { Database, Decision, Owner, TriageRecord } from './schema.js';

/**
 * How many referrals each pipeline column reads; one more is read to know there are more. What waits
 * on the referrer is read in full (up to what a Home tab can hold), so nothing needing action is hidden.
 */
export const PIPELINE_ITEMS: Record<PipelineColumn, number> = { you: 60, them: 20, closed: 10 };

export type Pipeline = Record<PipelineColumn, { items: TriageRecord[]; more: boolean }>;

/** What the App Home shows a referrer: recent triages, counts, one-pagers still awaited. */
export class HomeQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  async recent(owner: Owner, limit = 10): Promise<TriageRecord[]> {
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .selectAll()
        .where(ownsTriage(parseOwner(owner)))
        .orderBy('created_at', 'desc')
        .limit(Math.max(1, Math.min(limit, 50)))
        .execute(),
    );
    return readableRecords(rows);
  }

  async counts(owner: Owner, days = 30): Promise<Record<Decision, number>> {
    const since = new Date(this.clock.now().getTime() - days * DAY_MS).toISOString();
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .select(['decision', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where(ownsTriage(parseOwner(owner)))
        .where('created_at', '>=', since)
        .groupBy('decision')
        .execute(),
    );
    const counts: Record<Decision, number> = { pending: 0, yes: 0, one_pager: 0, no: 0 };
    for (const row of rows) counts[row.decision as Decision] = Number(row.count);
    return counts;
  }

  /**
   * The App Home pipeline: waiting on you (oldest first), waiting on them (oldest first), and closed
   * in the last 30 days (newest first). Each column reads a handful of rows through the stage index,
   * so it costs the same at a thousand triages as at a hundred thousand.
   */
  async pipeline(owner: Owner, closedDays = 30): Promise<Pipeline> {
    const checked = parseOwner(owner);
    const since = new Date(this.clock.now().getTime() - closedDays * DAY_MS).toISOString();
    const column = async (name: PipelineColumn) => {
      const rows = await guardUnavailable(() => {
        let query = this.db
          .selectFrom('triages')
          .selectAll()
          .where(ownsTriage(checked))
          .where('status', 'in', stagesIn(name));
        query =
          name === 'closed'
            ? query.where('stage_at', '>=', since).orderBy('stage_at', 'desc')
            : query.orderBy('stage_at');
        return query.limit(PIPELINE_ITEMS[name] + 1).execute();
      });
      const items = readableRecords(rows);
      return { items: items.slice(0, PIPELINE_ITEMS[name]), more: rows.length > PIPELINE_ITEMS[name] };
    };
    const [you, them, closed] = await Promise.all([column('you'), column('them'), column('closed')]);
    return { you, them, closed };
  }
}
