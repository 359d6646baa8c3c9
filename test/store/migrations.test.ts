import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/database.js';
import { migrationsFor, StaticMigrationProvider } from '../../src/store/migrations.js';
import { createStore } from '../../src/store/store.js';
import { triage } from '../../src/triage/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { oldTriageRow } from '../helpers/old-rows.js';

describe.each(BACKENDS)('migrations on %s', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('run at start, once, and keep existing data on every later start', async () => {
    const first = database.open();
    expect(await migrate(first)).toEqual(Object.keys(migrationsFor(backend)));
    await createStore(first.db).profiles.save({ teamId: 'T1', userId: 'U1' }, { teamArea: 'Platform' });
    await first.close();

    const second = database.open();
    expect(await migrate(second)).toEqual([]);
    expect((await createStore(second.db).profiles.get({ teamId: 'T1', userId: 'U1' }))?.teamArea).toBe('Platform');
    await second.close();
  });

  it('0003 turns the 0.2 statuses into referral stages, keeping every row', async () => {
    const scratch = await createTestDatabase(backend);
    const open = scratch.open();
    try {
      const migrator = new Migrator({ db: open.db, provider: new StaticMigrationProvider(migrationsFor(backend)) });
      expect((await migrator.migrateTo('0002_slack_events')).error).toBeUndefined();
      const old: Record<string, string> = {
        triaged: 'undecided',
        replied: 'yes',
        one_pager_requested: 'one_pager_requested',
        blurb_posted: 'yes',
        declined: 'closed',
      };
      const ids = Object.keys(old).map((_, i) => `00000000-0000-4000-8000-00000000000${i}`);
      const result = (await import('../fixtures/triage-row-0.1.1.json', { with: { type: 'json' } })).default.result;
      for (const [i, status] of Object.keys(old).entries()) {
        const row = oldTriageRow({
          id: ids[i] as string,
          teamId: 'T1',
          referrerId: 'U1',
          result,
          status,
          at: '2026-10-01T10:00:00.000Z',
          updatedAt: `2026-10-0${i + 2}T10:00:00.000Z`,
        });
        await open.db
          .insertInto('triages')
          .values(row as never)
          .execute();
      }
      expect(await migrate(open)).toEqual([
        '0003_referral_loop',
        '0004_message_refs',
        '0005_spray_fingerprints',
        '0006_unread_language',
        '0007_working_language',
      ]);
      const store = createStore(open.db);
      for (const [i, stage] of Object.values(old).entries()) {
        const record = await store.triages.get({ teamId: 'T1', userId: 'U1' }, ids[i] as string);
        // 0004 adds the referral's DM, unknown for rows made before it: the next move posts one.
        expect(record).toMatchObject({
          stage,
          stageAt: `2026-10-0${i + 2}T10:00:00.000Z`,
          onePagerText: null,
          dmMessage: null,
        });
      }
    } finally {
      await open.close();
      await scratch.dispose();
    }
  });

  it('0004 remembers a referral DM per triage, for its owner only', async () => {
    const open = database.open();
    try {
      await migrate(open);
      const store = createStore(open.db);
      const owner = { teamId: 'T1', userId: 'U1' };
      const { triage } = await import('../../src/triage/index.js');
      const t = await store.triages.create(owner, { source: 'cli', requestText: 'Refer me?' }, triage('Refer me?'));
      await store.referrals.rememberMessage(owner, t.id, { channel: 'D0U1', ts: '1732550001.000100' });
      expect((await store.triages.get(owner, t.id)).dmMessage).toEqual({ channel: 'D0U1', ts: '1732550001.000100' });
      await expect(
        store.referrals.rememberMessage({ teamId: 'T1', userId: 'U2' }, t.id, { channel: 'D0U2', ts: '1.2' }),
      ).rejects.toThrow();
      expect((await store.triages.get(owner, t.id)).dmMessage?.channel).toBe('D0U1');
    } finally {
      await open.close();
    }
  });

  it('0006 lets a triage have no recommendation, keeping every stored row, its history and its votes', async () => {
    const scratch = await createTestDatabase(backend);
    const open = scratch.open();
    try {
      const migrator = new Migrator({ db: open.db, provider: new StaticMigrationProvider(migrationsFor(backend)) });
      expect((await migrator.migrateTo('0003_referral_loop')).error).toBeUndefined();
      const result = (await import('../fixtures/triage-row-0.1.1.json', { with: { type: 'json' } })).default.result;
      const id = '00000000-0000-4000-8000-000000000106';
      const row = oldTriageRow({ id, teamId: 'T1', referrerId: 'U1', result, status: 'undecided' });
      await open.db
        .insertInto('triages')
        .values({ ...row, stage_at: row.created_at } as never)
        .execute();
      await open.db
        .insertInto('blurb_votes')
        .values({ triage_id: id, team_id: 'T1', voter_id: 'U9', vote: 'up', at: row.created_at } as never)
        .execute();
      expect(await migrate(open)).toEqual([
        '0004_message_refs',
        '0005_spray_fingerprints',
        '0006_unread_language',
        '0007_working_language',
      ]);
      const store = createStore(open.db);
      const owner = { teamId: 'T1', userId: 'U1' };
      expect(await store.triages.get(owner, id)).toMatchObject({ id, recommendation: 'no', stage: 'undecided' });
      const votes = await open.db.selectFrom('blurb_votes').selectAll().execute();
      expect(votes).toHaveLength(1);
      const note =
        '森 春香 様\n\n突然のご連絡、失礼いたします。山本 直樹と申します。現職では英日ローカライズのプロデューサーとして5年間、主にコンソール向けRPGを担当してまいりました。';
      const created = await store.triages.create(owner, { source: 'message', requestText: note }, triage(note));
      expect(created.recommendation).toBeNull();
      expect((await store.triages.get(owner, created.id)).result).toMatchObject({
        recommendation: null,
        language: { code: 'ja', supported: false },
        drafts: null,
      });
      // The rebuilt table keeps its indexes and still answers the queries that use them.
      expect(await store.triages.findByMessage(owner, 'C1', '1.2')).toBeNull();
    } finally {
      await open.close();
      await scratch.dispose();
    }
  });

  it('0007 adds the blurb’s language: a profile stored before it reads as English and can then be given one', async () => {
    const scratch = await createTestDatabase(backend);
    const open = scratch.open();
    try {
      const migrator = new Migrator({ db: open.db, provider: new StaticMigrationProvider(migrationsFor(backend)) });
      expect((await migrator.migrateTo('0006_unread_language')).error).toBeUndefined();
      // A profile row as 0.7 before this change wrote it: every column up to 0006, no working_language.
      await open.db
        .insertInto('profiles')
        .values({
          team_id: 'T1',
          user_id: 'U1',
          name: 'Priya',
          team_area: 'Platform & internal tools',
          open_roles: '[{"title":"Senior PM, Developer Platform"}]',
          hiring_channel: 'C0HIRING',
          retention_days: 30,
          reminders_off: 1,
          one_pager_wait_days: 5,
          time_zone: 'Europe/Lisbon',
          created_at: '2026-10-01T10:00:00.000Z',
          updated_at: '2026-10-01T10:00:00.000Z',
        } as never)
        .execute();
      expect(await migrate(open)).toEqual(['0007_working_language']);
      const store = createStore(open.db);
      const owner = { teamId: 'T1', userId: 'U1' };
      expect(await store.profiles.get(owner)).toEqual({
        name: 'Priya',
        teamArea: 'Platform & internal tools',
        openRoles: [{ title: 'Senior PM, Developer Platform' }],
        hiringChannel: 'C0HIRING',
        retentionDays: 30,
        remindersOn: false,
        onePagerWaitDays: 5,
        workingLanguage: 'en',
      });
      const row = await open.db.selectFrom('profiles').select(['working_language', 'time_zone']).executeTakeFirst();
      expect(row).toEqual({ working_language: 'en', time_zone: 'Europe/Lisbon' });
      await store.profiles.save(owner, { teamArea: 'Platform & internal tools', workingLanguage: 'pt' });
      expect((await store.profiles.get(owner))?.workingLanguage).toBe('pt');
    } finally {
      await open.close();
      await scratch.dispose();
    }
  });

  it('are safe when several replicas start at once', async () => {
    const opens = [database.open(), database.open(), database.open()];
    const results = await Promise.all(opens.map((o) => migrate(o)));
    expect(results.flat()).toEqual([]);
    await Promise.all(opens.map((o) => o.close()));
  });
});
