import type { webApi } from '@slack/bolt';
import { type SweepReport, sweepReminders } from '../src/services/reminder-sweep.js';
import { createStore } from '../src/store/store.js';
import { heading, ms, row, summarize } from './stats.js';
import { fill, timed, withDatabase } from './store.js';

/** Slack as the sweep sees it, answering at once: the numbers are the store's and the app's own work. */
const quietSlack = {
  users: { info: async () => ({ ok: true, user: { tz: 'UTC' } }) },
  conversations: { open: async () => ({ ok: true, channel: { id: 'D0BENCH' } }) },
  chat: { postMessage: async () => ({ ok: true, ts: '1.1' }) },
} as unknown as webApi.WebClient;

/** Midday UTC, so the referrers (all in UTC here) are in their daytime and nothing is held for the night. */
const NOON = new Date('2026-11-26T12:00:00.000Z');

/**
 * One reminder sweep over a table of 100,000 triages, each waiting one with its pending reminder:
 * when nothing is due (what most minutes look like), and when twenty are due for twenty referrers.
 */
async function benchSweeps(kind: 'sqlite' | 'postgres'): Promise<void> {
  await withDatabase(kind, async (open) => {
    await fill(open, 100_000, 0);
    const clock = { now: () => NOON };
    const store = createStore(open.db, clock);
    const logger = { warn: () => {} };
    const sweep = (): Promise<SweepReport> =>
      sweepReminders({ store, clock, clientFor: async () => quietSlack, logger });
    const pending = await open.db.selectFrom('reminders').select('id').where('state', '=', 'pending').execute();
    await sweep();
    const idle = summarize(await timed(50, sweep));
    row(`${kind}: reminder sweep, 100,000 triages, none due`, `median ${ms(idle.median)}, p99 ${ms(idle.p99)}`);

    const due = async () => {
      // Twenty reminders for twenty referrers come due; their day is free again.
      await open.db.deleteFrom('reminder_days').execute();
      const ids = pending.slice(0, 20).map((r) => r.id);
      await open.db
        .updateTable('reminders')
        .set({ state: 'pending', due_at: '2026-11-26T11:00:00.000Z', claimed_until: null })
        .where('id', 'in', ids)
        .execute();
    };
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      await due();
      const [sample = 0] = await timed(1, async () => {
        const report = await sweep();
        if (report.sent + report.cancelled !== 20)
          throw new Error(`expected 20 handled, got ${JSON.stringify(report)}`);
      });
      samples.push(sample);
    }
    const busy = summarize(samples);
    row(`${kind}: reminder sweep, 100,000 triages, 20 due`, `median ${ms(busy.median)}, p99 ${ms(busy.p99)}`);
  });
}

export async function benchReminders(): Promise<void> {
  heading('Reminder sweeps');
  await benchSweeps('sqlite');
  await benchSweeps('postgres');
}
