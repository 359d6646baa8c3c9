import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate, type OpenDatabase } from '../../src/store/database.js';
import { InvalidInputError, NotFoundError, NotOwnerError } from '../../src/store/errors.js';
import type { NewTriage } from '../../src/store/schema.js';
import { createStore, STALE_POST_CLAIM_MS, type Store } from '../../src/store/store.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { BACKENDS, createTestDatabase, ManualClock, openMigrated, type TestDatabase } from '../helpers/databases.js';

const ALICE = { teamId: 'T0001', userId: 'U0ALICE' };
const BOB = { teamId: 'T0001', userId: 'U0BOB' };
const OTHER_TEAM_ALICE = { teamId: 'T0002', userId: 'U0ALICE' };
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.\nAmara";
const profile = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, CI/CD',
});
const request = (over: Partial<NewTriage> = {}): NewTriage => ({
  source: 'slash_command',
  requestText: NOTE,
  requesterName: 'Amara',
  ...over,
});

describe.each(BACKENDS)('Store on %s', (backend) => {
  let database: TestDatabase;
  let open: OpenDatabase;
  let clock: ManualClock;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    open = await openMigrated(database);
  });
  afterAll(async () => {
    await open.db.destroy();
    await database.dispose();
  });
  beforeEach(async () => {
    for (const table of ['triage_events', 'triages', 'profiles', 'installations'] as const) {
      await open.db.deleteFrom(table).execute();
    }
    clock = new ManualClock();
    store = createStore(open.db, clock);
  });

  const create = (owner = ALICE, over: Partial<NewTriage> = {}, text = NOTE) =>
    store.triages.create(owner, request({ requestText: text, ...over }), triage(text, profile));

  describe('profiles', () => {
    it('saves, reads back and updates a profile per workspace and user', async () => {
      expect(await store.profiles.get(ALICE)).toBeNull();
      await store.profiles.save(ALICE, {
        name: 'Priya',
        teamArea: 'Platform',
        openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
        hiringChannel: 'C0HIRING',
        retentionDays: 30,
        remindersOn: true,
        onePagerWaitDays: null,
      });
      await store.profiles.save(ALICE, { teamArea: 'Platform & internal tools' });
      expect(await store.profiles.get(ALICE)).toEqual({
        name: null,
        teamArea: 'Platform & internal tools',
        openRoles: [],
        hiringChannel: null,
        retentionDays: null,
        remindersOn: true,
        onePagerWaitDays: null,
        workingLanguage: 'en',
      });
      expect(await store.profiles.get(OTHER_TEAM_ALICE)).toBeNull();
    });

    it('keeps the blurb’s language, English by default, and refuses one the blurb is not written in', async () => {
      await store.profiles.save(ALICE, { teamArea: 'Platform' });
      expect((await store.profiles.get(ALICE))?.workingLanguage).toBe('en');
      for (const code of ['es', 'pt', 'fr', 'de', 'it', 'hi-en', 'en'] as const) {
        await store.profiles.save(ALICE, { teamArea: 'Platform', workingLanguage: code });
        expect((await store.profiles.get(ALICE))?.workingLanguage).toBe(code);
      }
      await store.profiles.save(BOB, { teamArea: 'Growth', workingLanguage: 'de' });
      expect((await store.profiles.get(BOB))?.workingLanguage).toBe('de');
      expect((await store.profiles.get(ALICE))?.workingLanguage).toBe('en');
      await expect(
        store.profiles.save(ALICE, { teamArea: 'Platform', workingLanguage: 'ja' as never }),
      ).rejects.toThrow(/workingLanguage/);
      // A code this version does not write (a later version's, a hand edit) reads as English, not as a broken profile.
      await open.db.updateTable('profiles').set({ working_language: 'ja' }).where('user_id', '=', BOB.userId).execute();
      expect(await store.profiles.get(BOB)).toMatchObject({ teamArea: 'Growth', workingLanguage: 'en' });
    });

    it('refuses invalid data before it reaches the database, naming the field', async () => {
      await store.profiles.save(ALICE, { teamArea: 'Growth' });
      await expect(store.profiles.save(ALICE, { teamArea: '   ' })).rejects.toThrow(InvalidInputError);
      await expect(
        store.profiles.save(ALICE, { teamArea: 'x', openRoles: [{ title: 'PM', url: 'javascript:alert(1)' }] }),
      ).rejects.toThrow(/openRoles\.0\.url/);
      await expect(store.profiles.save({ teamId: 'T1', userId: "U1'; drop table" }, { teamArea: 'x' })).rejects.toThrow(
        InvalidInputError,
      );
      expect((await store.profiles.get(ALICE))?.teamArea).toBe('Growth');
    });
  });

  describe('triages', () => {
    it('stores the request, the result and a history entry, and reads them back', async () => {
      const created = await create(ALICE, {
        requesterId: 'U0AMARA',
        channelId: 'D0DM',
        messageTs: '1732550000.000100',
        permalink: 'https://example.slack.com/archives/D0DM/p1732550000000100',
      });
      const read = await store.triages.get(ALICE, created.id);
      expect(read).toMatchObject({
        referrerId: ALICE.userId,
        requesterId: 'U0AMARA',
        requesterName: 'Amara',
        requestText: NOTE,
        decision: 'pending',
        stage: 'undecided',
        blurbState: 'none',
      });
      expect(read.result.recommendation).toBe(created.recommendation);
      expect(read.history.map((h) => h.status)).toEqual(['triaged']);
    });

    it('refuses anyone but the referrer, and says when a triage is gone', async () => {
      const created = await create();
      await expect(store.triages.get(BOB, created.id)).rejects.toThrow(NotOwnerError);
      await expect(store.triages.get(OTHER_TEAM_ALICE, created.id)).rejects.toThrow(NotOwnerError);
      await expect(store.triages.recordDecision(BOB, created.id, { decision: 'no', replyText: 'x' })).rejects.toThrow(
        NotOwnerError,
      );
      await expect(store.blurbs.claimPost(BOB, created.id)).rejects.toThrow(NotOwnerError);
      await expect(store.triages.get(ALICE, '00000000-0000-0000-0000-000000000000')).rejects.toThrow(NotFoundError);
      expect((await store.triages.get(ALICE, created.id)).decision).toBe('pending');
    });

    it('records a decision with its reply and status history', async () => {
      const created = await create();
      clock.advanceMs(1000);
      const decided = await store.triages.recordDecision(ALICE, created.id, {
        decision: 'yes',
        replyText: 'Happy to refer you.',
        blurbText: 'Amara led a launch. Amara wants the role. The fit is credible.',
      });
      expect(decided).toMatchObject({
        decision: 'yes',
        stage: 'yes',
        replyText: 'Happy to refer you.',
        blurbState: 'draft',
      });
      expect(decided.history.map((h) => h.status)).toEqual(['triaged', 'yes']);
      const no = await store.triages.recordDecision(ALICE, (await create()).id, {
        decision: 'no',
        replyText: 'Thanks, I will pass.',
      });
      expect(no).toMatchObject({ stage: 'closed', blurbState: 'none', blurbText: null });
      const onePager = await store.triages.recordDecision(ALICE, (await create()).id, {
        decision: 'one_pager',
        replyText: 'Send a one-pager?',
      });
      expect(onePager.stage).toBe('one_pager_requested');
    });

    it('keeps a failed write from leaving half a record', async () => {
      await sql`DROP TABLE triage_events`.execute(open.db);
      try {
        await expect(create()).rejects.toThrow();
        const rows = await open.db.selectFrom('triages').select('id').execute();
        expect(rows).toEqual([]);
      } finally {
        await sql`DROP TABLE IF EXISTS kysely_migration`.execute(open.db);
        await sql`DROP TABLE IF EXISTS kysely_migration_lock`.execute(open.db);
        const later = ['spray_bands', 'spray_notes', 'workspace_settings'];
        for (const table of [...later, 'reminders', 'blurb_votes', 'reminder_days']) {
          await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(open.db);
        }
        await sql`DROP TABLE triages`.execute(open.db);
        await sql`DROP TABLE profiles`.execute(open.db);
        await sql`DROP TABLE installations`.execute(open.db);
        await sql`DROP TABLE IF EXISTS slack_events`.execute(open.db);
        await migrate(open);
      }
    });
  });

  describe('posting a blurb exactly once', () => {
    const approved = async () => {
      const created = await create();
      return store.triages.recordDecision(ALICE, created.id, {
        decision: 'yes',
        replyText: 'Yes.',
        blurbText: 'A. B. C.',
      });
    };

    it('lets exactly one of many concurrent claims win', async () => {
      for (let round = 0; round < 5; round++) {
        const { id } = await approved();
        const claims = await Promise.all(Array.from({ length: 25 }, () => store.blurbs.claimPost(ALICE, id)));
        expect(claims.filter(Boolean)).toHaveLength(1);
      }
    });

    it('lets exactly one of two replicas (separate connections) win', async () => {
      const secondOpen = database.open();
      const replicaB = createStore(secondOpen.db, clock);
      try {
        for (let round = 0; round < 10; round++) {
          const { id } = await approved();
          const claims = await Promise.all([
            ...Array.from({ length: 5 }, () => store.blurbs.claimPost(ALICE, id)),
            ...Array.from({ length: 5 }, () => replicaB.blurbs.claimPost(ALICE, id)),
          ]);
          expect(claims.filter(Boolean)).toHaveLength(1);
        }
      } finally {
        await secondOpen.close();
      }
    });

    it('records where it was posted, and refuses to post again', async () => {
      const { id } = await approved();
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(true);
      const posted = await store.blurbs.completePost(ALICE, id, {
        channel: 'C0HIRING',
        ts: '1732550000.000200',
        permalink: 'https://example.slack.com/archives/C0HIRING/p1732550000000200',
      });
      expect(posted).toMatchObject({ blurbState: 'posted', stage: 'yes', blurbChannel: 'C0HIRING' });
      expect(posted.history.map((h) => h.status)).toEqual(['triaged', 'yes', 'blurb_posted']);
      await expect(
        store.triages.recordDecision(ALICE, id, { decision: 'no', replyText: 'Changed my mind.' }),
      ).rejects.toThrow(/already posted/);
      expect((await store.triages.get(ALICE, id)).history).toHaveLength(3);
      clock.advanceMs(STALE_POST_CLAIM_MS * 10);
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(false);
    });

    it('gives a failed post back as a draft so the referrer can retry', async () => {
      const { id } = await approved();
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(true);
      await store.blurbs.releasePost(ALICE, id);
      expect((await store.triages.get(ALICE, id)).blurbState).toBe('draft');
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(true);
    });

    it('lets a crashed claim be taken again only after it goes stale', async () => {
      const { id } = await approved();
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(true);
      clock.advanceMs(STALE_POST_CLAIM_MS - 1000);
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(false);
      clock.advanceMs(2000);
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(true);
    });

    it('does not post a discarded or never-approved blurb; an edit brings it back', async () => {
      const pending = await create();
      expect(await store.blurbs.claimPost(ALICE, pending.id)).toBe(false);
      const { id } = await approved();
      await store.blurbs.discard(ALICE, id);
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(false);
      const edited = await store.blurbs.edit(ALICE, id, 'Edited. Blurb. Here.');
      expect(edited).toMatchObject({ blurbText: 'Edited. Blurb. Here.', blurbState: 'draft' });
      expect(await store.blurbs.claimPost(ALICE, id)).toBe(true);
    });
  });

  describe('follow-ups', () => {
    it('links a new request to earlier ones from the same Slack user', async () => {
      const first = await create(ALICE, { requesterId: 'U0AMARA' });
      clock.advanceDays(3);
      const earlier = await store.triages.findEarlier(ALICE, {
        requesterId: 'U0AMARA',
        requesterName: null,
        text: 'bump',
      });
      expect(earlier.map((e) => e.id)).toEqual([first.id]);
      expect(await store.triages.findEarlier(BOB, { requesterId: 'U0AMARA', requesterName: null, text: 'x' })).toEqual(
        [],
      );
    });

    it('matches a pasted note by sign-off name only when the wording is close', async () => {
      const first = await create(ALICE, { requesterName: 'Amara Okafor' });
      const close = `Just bumping this once. ${NOTE}`;
      const sameName = await store.triages.findEarlier(ALICE, {
        requesterId: null,
        requesterName: 'amara okafor',
        text: close,
      });
      expect(sameName.map((e) => e.id)).toEqual([first.id]);
      const different = await store.triages.findEarlier(ALICE, {
        requesterId: null,
        requesterName: 'Amara Okafor',
        text: 'Totally unrelated question about your hiring process for designers in Berlin.',
      });
      expect(different).toEqual([]);
    });
  });

  describe('App Home queries', () => {
    it('lists recent triages newest first, counts decisions over 30 days, and shows the pipeline', async () => {
      const old = await create();
      await store.triages.recordDecision(ALICE, old.id, { decision: 'one_pager', replyText: 'One-pager please?' });
      clock.advanceDays(40);
      for (let i = 0; i < 12; i++) {
        clock.advanceMs(1000);
        const t = await create();
        if (i < 3) await store.triages.recordDecision(ALICE, t.id, { decision: 'no', replyText: 'No, thanks.' });
        if (i === 3)
          await store.triages.recordDecision(ALICE, t.id, {
            decision: 'yes',
            replyText: 'Yes.',
            blurbText: 'A. B. C.',
          });
      }
      await create(BOB);
      const recent = await store.home.recent(ALICE);
      expect(recent).toHaveLength(10);
      expect(recent.map((r) => r.createdAt)).toEqual([...recent.map((r) => r.createdAt)].sort().reverse());
      expect(await store.home.counts(ALICE)).toEqual({ pending: 8, yes: 1, one_pager: 0, no: 3 });
      const pipeline = await store.home.pipeline(ALICE);
      expect(pipeline.them).toEqual({ items: [expect.objectContaining({ id: old.id })], more: false });
      expect(pipeline.closed.items.map((t) => t.stage)).toEqual(['closed', 'closed', 'closed']);
      // Waiting on you: eight unanswered and one yes not yet submitted, all of them, the oldest first.
      expect(pipeline.you.more).toBe(false);
      expect(pipeline.you.items).toHaveLength(9);
      const since = pipeline.you.items.map((t) => t.stageAt);
      expect(since).toEqual([...since].sort());
      expect(pipeline.you.items.every((t) => t.referrerId === ALICE.userId)).toBe(true);
    });
  });

  describe('retention and forgetting', () => {
    it('purges records older than each referrer’s retention, 90 days by default', async () => {
      await store.profiles.save(BOB, { teamArea: 'Growth', retentionDays: 10 });
      const aliceOld = await create(ALICE);
      const bobOld = await create(BOB);
      clock.advanceDays(11);
      const bobNew = await create(BOB);
      expect(await store.erasure.purgeExpired()).toBe(1);
      await expect(store.triages.get(BOB, bobOld.id)).rejects.toThrow(NotFoundError);
      expect((await store.triages.get(BOB, bobNew.id)).id).toBe(bobNew.id);
      clock.advanceDays(80);
      expect(await store.erasure.purgeExpired()).toBe(2);
      await expect(store.triages.get(ALICE, aliceOld.id)).rejects.toThrow(NotFoundError);
      const events = await open.db.selectFrom('triage_events').select('triage_id').execute();
      expect(events).toEqual([]);
    });

    it('"forget me" leaves nothing of the referrer in any table, and keeps everyone else’s', async () => {
      await store.profiles.save(ALICE, { name: 'Alice', teamArea: 'Platform', hiringChannel: 'C0HIRING' });
      await store.profiles.save(BOB, { teamArea: 'Growth' });
      const mine = await create(ALICE, { requesterId: 'U0AMARA' });
      await store.triages.recordDecision(ALICE, mine.id, { decision: 'yes', replyText: 'Yes.', blurbText: 'A. B. C.' });
      const bobs = await create(BOB);
      expect(await store.erasure.forget(ALICE)).toEqual({ triages: 1 });

      const dump = JSON.stringify({
        profiles: await open.db.selectFrom('profiles').selectAll().execute(),
        triages: await open.db.selectFrom('triages').selectAll().execute(),
        events: await open.db.selectFrom('triage_events').selectAll().execute(),
      });
      expect(dump).not.toContain(ALICE.userId);
      expect(dump).not.toContain(mine.id);
      expect(dump).toContain(bobs.id);
      expect(await store.profiles.get(BOB)).not.toBeNull();
    });
  });
});
