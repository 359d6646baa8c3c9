import type { Kysely } from 'kysely';
import { guardUnavailable } from './errors.js';
import { type Clock, DAY_MS, ownsTriage, parseOwner } from './owner.js';
import { readableRecords } from './records.js';
import type { Database, Decision, Owner, TriageRecord } from './schema.js';

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

  /** One-pagers asked for more than `days` ago that have not moved since. */
  async waitingOnePagers(owner: Owner, days = 7): Promise<TriageRecord[]> {
    const before = new Date(this.clock.now().getTime() - days * DAY_MS).toISOString();
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .selectAll()
        .where(ownsTriage(parseOwner(owner)))
        .where('status', '=', 'one_pager_requested')
        .where('updated_at', '<', before)
        .orderBy('updated_at')
        .limit(20)
        .execute(),
    );
    return readableRecords(rows);
  }
}
