import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { SprayCheck } from '../src/services/spray-check.js';
import { fingerprint, roleHash, senderHash, sprayKey } from '../src/sprays/fingerprint.js';
import { bandHashes, encodeSignature, MINHASH } from '../src/sprays/minhash.js';
import { migrate, openDatabase } from '../src/store/database.js';
import { createStore } from '../src/store/store.js';
import { heading, ms, row, summarize } from './stats.js';

/** One workspace holding every fingerprint: the worst case for the (team_id, band, band_hash) index. */
const TEAM = 'T0BENCH';
const TOTAL = 1_000_000;
const KEY = sprayKey('bench-only-key-0123456789abcdef0123');
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35% across 40 teams, and I ran the migration to the new build system. Would you refer me? No worries if not.\nAmara";
const ROLE = 'Senior PM, Developer Platform';
/** A file kept between runs (bulk-inserted once); delete it to rebuild. */
const PATH = join(tmpdir(), `refer-triage-bench-sprays-${TOTAL}-${MINHASH.bands}x${MINHASH.rows}-v3.sqlite`);

/** A fast deterministic stream of 32-bit values for made-up signatures. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/**
 * Fills the file: a million notes with random signatures from 50,000 senders, plus 200 copies of the
 * benchmark's note from other senders (the same template by other people, which the lookup must
 * sift out) and five from its own sender to other referrers (the spray it must find).
 */
function bulkInsert(path: string): void {
  const db = new SQLite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  const note = db.prepare(
    'INSERT INTO spray_notes (id, triage_id, team_id, recipient_id, sender_hash, role_hash, signature, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const band = db.prepare('INSERT INTO spray_bands (note_id, team_id, band, band_hash) VALUES (?, ?, ?, ?)');
  // Indexes are built once after the load (the same definitions as the migration), which is far quicker.
  db.exec('DROP INDEX spray_bands_lookup; DROP INDEX spray_bands_note');
  const senders = Array.from({ length: 50_000 }, (_, i) => senderHash(KEY, { slackUserId: `U${i}` }) as string);
  const ownSender = senderHash(KEY, { slackUserId: 'U0SENDER' }) as string;
  const next = xorshift(42);
  const length = MINHASH.bands * MINHASH.rows;
  const real = fingerprint(NOTE, ['Priya']);
  const role = roleHash(KEY, ROLE);
  const recent = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const insert = db.transaction((from: number, to: number) => {
    for (let id = from; id < to; id++) {
      const planted = id > TOTAL - 205 && real;
      const sig = new Uint32Array(length).map(() => next());
      const signature = planted ? real.signature : encodeSignature(sig);
      const bands = planted ? real.bands : bandHashes(sig);
      const own = id > TOTAL - 5; // five copies to five other referrers
      const sender = own ? ownSender : (senders[id % 50_000] as string);
      note.run(id, `t${id}`, TEAM, `U0R${id % 3000}`, sender, own ? role : `r${id % 97}`, signature, recent);
      for (const [b, h] of bands.entries()) band.run(id, TEAM, b, h);
    }
  });
  for (let from = 1; from <= TOTAL; from += 50_000) insert(from, Math.min(TOTAL + 1, from + 50_000));
  db.exec('CREATE INDEX spray_bands_lookup ON spray_bands (team_id, band, band_hash, note_id)');
  db.exec('CREATE INDEX spray_bands_note ON spray_bands (note_id)');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

export async function benchSprays(): Promise<void> {
  heading('Spray check');
  const open = openDatabase(`file:${PATH}`);
  await migrate(open);
  const count = await open.db
    .selectFrom('spray_notes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(count.n) !== TOTAL) {
    await open.close();
    const started = Date.now();
    bulkInsert(PATH);
    row('bulk insert, once (file kept between runs)', `${((Date.now() - started) / 1000).toFixed(1)} s`);
    return benchSprays();
  }
  try {
    await measure(open);
  } finally {
    await open.close();
  }
}

async function measure(open: ReturnType<typeof openDatabase>): Promise<void> {
  const store = createStore(open.db);
  const sprays = new SprayCheck(store, { key: KEY, windowDays: 30 });
  const owner = { teamId: TEAM, userId: 'U0ME' };
  const input = (text: string) => ({
    text,
    referrerNames: ['Priya'],
    requesterId: 'U0SENDER',
    signedName: null,
    role: ROLE,
  });
  const found = await sprays.look(owner, input(NOTE));
  if (found?.alsoSentTo?.others !== 5) throw new Error(`expected 5 others, got ${JSON.stringify(found?.alsoSentTo)}`);
  const lookups = async (text: (i: number) => string) => {
    const samples: number[] = [];
    for (let i = 0; i < 300; i++) {
      const start = process.hrtime.bigint();
      await sprays.look(owner, input(text(i)));
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return summarize(samples.slice(50));
  };
  const size = `${(statSync(PATH).size / 1e9).toFixed(2)} GB`;
  row(`sqlite, ${TOTAL.toLocaleString('en')} fingerprints (${size}), one workspace`, '');
  const hit = await lookups(() => NOTE);
  row('  match a sprayed note (5 found, 200 sifted out)', `median ${ms(hit.median)}, p99 ${ms(hit.p99)}`);
  const miss = await lookups((i) => `${NOTE} P.S. variant ${i} with a new closing line about weekend plans.`);
  row('  match a new note', `median ${ms(miss.median)}, p99 ${ms(miss.p99)}`);
  const fp = fingerprint(NOTE, ['Priya']);
  const query = store.sprays
    .candidatesQuery({ teamId: TEAM, senderHash: 'x', roleHash: 'y', bands: fp?.bands ?? [], windowDays: 30 })
    .compile();
  row('  query plan', await planOf(open, query));
}

/** What SQLite does for the lookup: each band must be a search on the (team_id, band, band_hash) index. */
async function planOf(open: ReturnType<typeof openDatabase>, query: { sql: string; parameters: readonly unknown[] }) {
  const { rows } = await open.db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]),
  );
  return [...new Set(rows.map((r) => r.detail))].join('; ');
}
