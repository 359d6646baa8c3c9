import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SprayCheck } from '../../src/services/spray-check.js';
import { runTriage } from '../../src/services/triage-service.js';
import { sprayKey } from '../../src/sprays/fingerprint.js';
import type { OpenDatabase } from '../../src/store/database.js';
import { createStore, type Store } from '../../src/store/store.js';
import { BACKENDS, createTestDatabase, ManualClock, openMigrated, type TestDatabase } from '../helpers/databases.js';

const TEMPLATE = (name: string, role = 'Senior Data Engineer') =>
  `Hi ${name},\n\nI hope you are well. I am applying for the ${role} role on your payments team. I built the streaming pipeline at Acme that cut settlement delays from two days to four hours, and I have run Kafka and Flink in production for three years. Would you be open to referring me? If it is not a fit, no worries at all.\n\nThanks,\nMaya`;

describe.each(BACKENDS)('spray check on %s', (backend) => {
  let database: TestDatabase;
  let open: OpenDatabase;
  let store: Store;
  let sprays: SprayCheck;
  const clock = new ManualClock();
  let team = 0;
  const nextTeam = () => `T${backend.toUpperCase()}${++team}`;
  const send = (teamId: string, to: string, text: string, from: string | null = 'USENDER') =>
    runTriage(
      store,
      { teamId, userId: to },
      { source: 'message', requestText: text, requesterId: from, requesterName: from ? 'Maya' : null },
      sprays,
    );
  const flag = (run: Awaited<ReturnType<typeof send>>) => run.record.result.signals.alsoSentTo;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    open = await openMigrated(database);
    store = createStore(open.db, clock);
    sprays = new SprayCheck(store, { key: sprayKey('0123456789abcdef0123456789abcdef'), windowDays: 30 });
  });
  afterAll(async () => {
    await open.close();
    await database.dispose();
  });

  it('counts other referrers who got the same note, and counts against it from three', async () => {
    const t = nextTeam();
    expect(flag(await send(t, 'UA', TEMPLATE('Ana'))).present).toBe(false);
    clock.advanceDays(2);
    const second = flag(await send(t, 'UB', TEMPLATE('Bo')));
    expect(second).toMatchObject({
      present: true,
      count: 1,
      evidence: 'Also sent to 1 other person here in the last 2 days',
    });
    const third = await send(t, 'UC', TEMPLATE('Cy'));
    expect(flag(third).evidence).toBe('Also sent to 2 other people here in the last 2 days');
    expect(third.record.result.reasons.join(' ')).not.toContain('Also sent to');
    await send(t, 'UD', TEMPLATE('Di'));
    const fifth = await send(t, 'UE', TEMPLATE('Ed'));
    expect(flag(fifth).count).toBe(4);
    expect(fifth.record.result.reasons.join(' ')).toContain('Also sent to 4 other people here');
    // Another workspace sees nothing of it.
    expect(flag(await send(nextTeam(), 'UA', TEMPLATE('Ana'))).present).toBe(false);
  });

  it('is not a spray: the same note twice to one referrer, another sender, another role', async () => {
    const t = nextTeam();
    await send(t, 'UA', TEMPLATE('Ana'));
    expect(flag(await send(t, 'UA', TEMPLATE('Ana'))).present).toBe(false);
    expect(flag(await send(t, 'UB', TEMPLATE('Bo'), 'UOTHER')).present).toBe(false);
    expect(flag(await send(t, 'UC', TEMPLATE('Cy', 'Staff Product Manager'))).present).toBe(false);
    expect(flag(await send(t, 'UD', TEMPLATE('Di'))).count).toBe(1);
  });

  it('keeps fingerprints, not text, and only within the window', async () => {
    const t = nextTeam();
    await send(t, 'UA', TEMPLATE('Ana'));
    const rows = await open.db.selectFrom('spray_notes').selectAll().where('team_id', '=', t).execute();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    for (const word of ['Maya', 'Ana', 'USENDER', 'Acme', 'Data Engineer']) expect(stored).not.toContain(word);
    clock.advanceDays(31);
    expect(flag(await send(t, 'UB', TEMPLATE('Bo'))).present).toBe(false);
    await store.sprays.purgeOlderThan(30);
    expect(await store.sprays.countFor(t)).toBe(1);
  });

  it('follows Forget me, the triage’s retention and uninstall', async () => {
    const t = nextTeam();
    await send(t, 'UA', TEMPLATE('Ana'));
    await send(t, 'UB', TEMPLATE('Bo'));
    await store.erasure.forget({ teamId: t, userId: 'UA' });
    expect(await store.sprays.countFor(t)).toBe(1);
    expect(flag(await send(t, 'UC', TEMPLATE('Cy'))).count).toBe(1);
    clock.advanceDays(91);
    await store.erasure.purgeExpired();
    expect(await store.sprays.countFor(t)).toBe(0);
    await send(t, 'UA', TEMPLATE('Ana'));
    await store.erasure.forgetWorkspace(t);
    expect(await store.sprays.countFor(t)).toBe(0);
    const bands = await open.db.selectFrom('spray_bands').select('note_id').where('team_id', '=', t).execute();
    expect(bands).toEqual([]);
  });

  it('a workspace that turns it off is not checked, and its fingerprints go', async () => {
    const t = nextTeam();
    await send(t, 'UA', TEMPLATE('Ana'));
    await store.sprays.setEnabled(t, false);
    expect(await store.sprays.countFor(t)).toBe(0);
    expect(flag(await send(t, 'UB', TEMPLATE('Bo'))).present).toBe(false);
    expect(await store.sprays.countFor(t)).toBe(0);
    await store.sprays.setEnabled(t, true);
    expect(await store.sprays.enabled(t)).toBe(true);
  });

  it('looks up each band through the (team_id, band, band_hash) index, never a scan', async () => {
    const query = store.sprays
      .candidatesQuery({ teamId: 'T1', senderHash: 'x', roleHash: 'y', bands: [1, 2, 3], windowDays: 30 })
      .compile();
    if (backend === 'sqlite') {
      const { rows } = await open.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]),
      );
      const plan = rows.map((r) => r.detail);
      expect(
        plan.filter((d) => d.includes('COVERING INDEX spray_bands_lookup (team_id=? AND band=? AND band_hash=?)')),
      ).toHaveLength(3);
      expect(plan.join('\n')).not.toMatch(/SCAN spray_(bands|notes)/);
      return;
    }
    // PostgreSQL picks a scan on a near-empty table whatever the indexes; with scans priced out, the plan
    // shows whether the index fits the query at all.
    const plan = await open.db.transaction().execute(async (trx) => {
      await trx.executeQuery(CompiledQuery.raw('SET LOCAL enable_seqscan = off'));
      const { rows } = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('spray_bands_lookup');
    expect(plan).not.toMatch(/Seq Scan on spray_bands/);
  });

  it('a pasted note is known by its signed name and email; with neither it is not checked', async () => {
    const t = nextTeam();
    const signed = (name: string) => `${TEMPLATE(name)} Lee\nmaya.lee@example.com`;
    await send(t, 'UA', signed('Ana'), null);
    expect(flag(await send(t, 'UB', signed('Bo'), null)).count).toBe(1);
  });
});
