import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REMINDER_FOR_STAGE, STAGES, type Stage } from '../src/lifecycle.js';
import { migrate, type OpenDatabase, openDatabase } from '../src/store/database.js';
import { createStore } from '../src/store/store.js';
import { ProfileSchema, triage } from '../src/triage/index.js';
import { heading, ms, row, summarize } from './stats.js';

const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const OWNER = { teamId: 'T0BENCH', userId: 'U0REFERRER' };
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.\nAmara";
const RESULT = triage(NOTE, ProfileSchema.parse({ teamArea: 'Platform & internal tools' }));

export async function withDatabase(
  kind: 'sqlite' | 'postgres',
  work: (open: OpenDatabase) => Promise<void>,
): Promise<void> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'refer-triage-bench-'));
    const open = openDatabase(`file:${join(dir, 'bench.sqlite')}`);
    try {
      await migrate(open);
      await work(open);
    } finally {
      await open.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const name = `refer_triage_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const open = openDatabase(url.toString());
  try {
    await migrate(open);
    await work(open);
  } finally {
    await open.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * Other referrers' rows, written in bulk, so the Home and reminder queries have a realistic table to
 * search: every stage represented, and each row that waits on someone with its pending reminder,
 * almost all due in the future.
 */
export async function fill(open: OpenDatabase, total: number, already: number): Promise<void> {
  const result = JSON.stringify(RESULT);
  for (let done = already; done < total; ) {
    const batch = Math.min(400, total - done);
    const start = Date.now() - 60 * 86_400_000;
    const rows = Array.from({ length: batch }, (_, i) => {
      const n = done + i;
      const at = new Date(start + n * 1000).toISOString();
      const stage = STAGES[n % STAGES.length] as Stage;
      return {
        id: randomUUID(),
        team_id: 'T0BENCH',
        referrer_id: `U${n % 500}`,
        source: 'slash_command',
        request_text: NOTE,
        result,
        recommendation: RESULT.recommendation,
        decision: 'pending',
        status: stage,
        stage_at: at,
        blurb_state: 'none',
        created_at: at,
        updated_at: at,
      };
    });
    await open.db.insertInto('triages').values(rows).execute();
    const reminders = rows.flatMap((r) => {
      const plan = REMINDER_FOR_STAGE[r.status as Stage];
      return plan
        ? [
            {
              id: randomUUID(),
              triage_id: r.id,
              team_id: r.team_id,
              referrer_id: r.referrer_id,
              kind: plan.kind,
              due_at: new Date(Date.now() + (1 + (Date.parse(r.created_at) % 30)) * 86_400_000).toISOString(),
              state: 'pending' as const,
              claimed_until: null,
              sent_at: null,
            },
          ]
        : [];
    });
    if (reminders.length) await open.db.insertInto('reminders').values(reminders).execute();
    done += batch;
  }
}

export async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

async function benchBackend(kind: 'sqlite' | 'postgres'): Promise<void> {
  await withDatabase(kind, async (open) => {
    const store = createStore(open.db);
    const writes = 1000;
    const ids: string[] = [];
    let start = process.hrtime.bigint();
    for (let i = 0; i < writes; i++) {
      ids.push(
        (
          await store.triages.create(
            OWNER,
            { source: 'slash_command', requestText: NOTE, requesterName: 'Amara' },
            RESULT,
          )
        ).id,
      );
    }
    const writeSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    start = process.hrtime.bigint();
    for (const id of ids) await store.triages.get(OWNER, id);
    const readSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    row(
      `${kind}: triages written / read per second`,
      `${(writes / writeSeconds).toFixed(0)} / ${(writes / readSeconds).toFixed(0)}`,
    );

    let rows = writes;
    for (const size of [1_000, 10_000, 100_000]) {
      await fill(open, size, rows);
      rows = Math.max(rows, size);
      const home = async () =>
        Promise.all([store.home.recent(OWNER), store.home.counts(OWNER), store.home.pipeline(OWNER)]);
      await home();
      const stats = summarize(await timed(50, home));
      row(
        `${kind}: App Home queries with the pipeline, ${size.toLocaleString('en')} triages`,
        `median ${ms(stats.median)}, p99 ${ms(stats.p99)}`,
      );
    }
  });
}

export async function benchStore(): Promise<void> {
  heading('Store (one connection, sequential)');
  await benchBackend('sqlite');
  await benchBackend('postgres');
}
