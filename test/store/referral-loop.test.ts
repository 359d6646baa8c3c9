import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/store/database.js';
import { NotFoundError, NotOwnerError } from '../../src/store/errors.js';
import { StageMoveError } from '../../src/store/referrals.js';
import { createStore, type Store } from '../../src/store/store.js';
import { OwnCandidateError } from '../../src/store/votes.js';
import { triage } from '../../src/triage/index.js';
import { BACKENDS, createTestDatabase, ManualClock, openMigrated, type TestDatabase } from '../helpers/databases.js';

const ALICE = { teamId: 'T0001', userId: 'U0ALICE' };
const BOB = { teamId: 'T0001', userId: 'U0BOB' };
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. Your CI talk is why I'm asking. Would you refer me? No worries if not.\nAmara";
const DAY = 86_400_000;

describe.each(BACKENDS)('the referral loop on %s', (backend) => {
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
    for (const table of [
      'reminder_days',
      'blurb_votes',
      'reminders',
      'triage_events',
      'triages',
      'profiles',
    ] as const) {
      await open.db.deleteFrom(table).execute();
    }
    clock = new ManualClock();
    store = createStore(open.db, clock);
  });

  const create = (owner = ALICE) =>
    store.triages.create(owner, { source: 'message', requestText: NOTE, requesterId: 'U0AMARA' }, triage(NOTE));
  const at = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();

  it('a new triage waits three days for an answer, then a reminder is due', async () => {
    const t = await create();
    expect(t).toMatchObject({ stage: 'undecided', stageAt: clock.now().toISOString() });
    expect(await store.reminders.pendingFor(ALICE)).toEqual([{ triageId: t.id, kind: 'undecided', dueAt: at(3) }]);
  });

  it('asking for a one-pager swaps the reminder for the referrer’s own wait; the one-pager brings it back to them', async () => {
    await store.profiles.save(ALICE, { teamArea: 'Platform', onePagerWaitDays: 10 });
    const t = await create();
    await store.triages.recordDecision(ALICE, t.id, { decision: 'one_pager', replyText: 'Send a one-pager?' });
    expect(await store.reminders.pendingFor(ALICE)).toEqual([
      { triageId: t.id, kind: 'one_pager_overdue', dueAt: at(10) },
    ]);
    clock.advanceDays(2);
    const result = triage('Here it is: I cut CI time by 35%.', null, { previous: NOTE });
    const received = await store.referrals.receiveOnePager(ALICE, t.id, 'Here it is: I cut CI time by 35%.', result);
    expect(received).toMatchObject({
      stage: 'one_pager_received',
      decision: 'pending',
      onePagerText: 'Here it is: I cut CI time by 35%.',
      requestText: NOTE,
    });
    expect(received.result.onePager?.nowHas).toContain('a proof point');
    expect(received.history.map((h) => h.status)).toEqual(['triaged', 'one_pager_requested', 'one_pager_received']);
    expect(await store.reminders.pendingFor(ALICE)).toEqual([{ triageId: t.id, kind: 'undecided', dueAt: at(3) }]);
  });

  it('walks a yes to an outcome, each move stored with its time; only allowed moves, only by the owner', async () => {
    const t = await create();
    await store.triages.recordDecision(ALICE, t.id, { decision: 'yes', replyText: 'Yes!' });
    const due = at(2);
    expect(await store.reminders.pendingFor(ALICE)).toEqual([{ triageId: t.id, kind: 'referral_overdue', dueAt: due }]);
    clock.advanceDays(1);
    await store.referrals.move(ALICE, t.id, 'resume_requested');
    // Still the same wait to be referred: asking for the résumé does not restart it.
    expect(await store.reminders.pendingFor(ALICE)).toEqual([{ triageId: t.id, kind: 'referral_overdue', dueAt: due }]);
    await expect(store.referrals.move(ALICE, t.id, 'hired')).rejects.toThrow(StageMoveError);
    await expect(store.referrals.move(BOB, t.id, 'referred')).rejects.toThrow(NotOwnerError);
    clock.advanceDays(1);
    const referred = await store.referrals.move(ALICE, t.id, 'referred');
    expect(referred).toMatchObject({ stage: 'referred', stageAt: clock.now().toISOString() });
    expect(await store.reminders.pendingFor(ALICE)).toEqual([]);
    await store.referrals.move(ALICE, t.id, 'interviewing');
    const hired = await store.referrals.move(ALICE, t.id, 'hired');
    expect(hired.history.map((h) => h.status)).toEqual([
      'triaged',
      'yes',
      'resume_requested',
      'referred',
      'interviewing',
      'hired',
    ]);
    await expect(store.referrals.move(ALICE, t.id, 'withdrawn')).rejects.toThrow(/hired/);
    // Once submitted, the first answer can no longer be changed.
    await expect(store.triages.recordDecision(ALICE, t.id, { decision: 'no', replyText: 'No.' })).rejects.toThrow(
      /can no longer change/,
    );
  });

  it('keep waiting sets one more reminder after the wait; closing out cancels it', async () => {
    const t = await create();
    await store.triages.recordDecision(ALICE, t.id, { decision: 'one_pager', replyText: 'One-pager?' });
    clock.advanceDays(8);
    await store.referrals.keepWaiting(ALICE, t.id);
    expect(await store.reminders.pendingFor(ALICE)).toEqual([
      { triageId: t.id, kind: 'one_pager_overdue', dueAt: at(7) },
    ]);
    await store.referrals.move(ALICE, t.id, 'closed');
    expect(await store.reminders.pendingFor(ALICE)).toEqual([]);
    await expect(store.referrals.keepWaiting(ALICE, t.id)).rejects.toThrow(StageMoveError);
  });

  it('claims each due reminder once, even when two replicas sweep at the same moment', async () => {
    const made = await Promise.all(Array.from({ length: 30 }, () => create()));
    clock.advanceDays(3);
    const replica = database.open();
    try {
      const other = createStore(replica.db, clock);
      const [a, b] = await Promise.all([store.reminders.claimDue(), other.reminders.claimDue()]);
      const claimed = [...a, ...b].map((r) => r.triageId).sort();
      expect(claimed).toEqual(made.map((t) => t.id).sort());
      // Claimed and not yet sent: nobody else takes them until the lease lapses.
      expect(await other.reminders.claimDue()).toEqual([]);
      clock.advanceMs(6 * 60_000);
      expect(await other.reminders.claimDue()).toHaveLength(30);
    } finally {
      await replica.close();
    }
  });

  it('a referrer’s day is taken once; a sent reminder is never claimed again', async () => {
    const t = await create();
    clock.advanceDays(3);
    const [claim] = await store.reminders.claimDue();
    expect(await store.reminders.claimDay(ALICE, '2026-11-04')).toBe(true);
    expect(await store.reminders.claimDay(ALICE, '2026-11-04')).toBe(false);
    expect(await store.reminders.claimDay(BOB, '2026-11-04')).toBe(true);
    await store.reminders.markSent([claim?.id ?? '']);
    clock.advanceDays(30);
    expect(await store.reminders.claimDue()).toEqual([]);
    expect(t.id).toBe(claim?.triageId);
  });

  describe('word back from the hiring channel', () => {
    const posted = async () => {
      const t = await create();
      await store.triages.recordDecision(ALICE, t.id, { decision: 'yes', replyText: 'Yes!', blurbText: 'A. B. C.' });
      await store.blurbs.claimPost(ALICE, t.id);
      await store.blurbs.completePost(ALICE, t.id, { channel: 'C0HIRING', ts: '1732550000.000200', permalink: null });
      return t;
    };
    const click = (voterId: string, vote: 'interested' | 'not_a_fit', s = store) =>
      s.votes.cast({ teamId: ALICE.teamId, channel: 'C0HIRING', ts: '1732550000.000200', voterId, vote });

    it('counts one vote per person, lets them change it, and refuses the referrer’s own', async () => {
      const t = await posted();
      expect(await click('U0HM', 'interested')).toMatchObject({
        triageId: t.id,
        owner: ALICE,
        changed: true,
        tally: { interested: ['U0HM'], notAFit: [] },
      });
      expect((await click('U0HM', 'interested')).changed).toBe(false);
      clock.advanceMs(1000);
      expect(await click('U0RECRUITER', 'interested')).toMatchObject({
        tally: { interested: ['U0HM', 'U0RECRUITER'] },
      });
      expect(await click('U0HM', 'not_a_fit')).toMatchObject({
        changed: true,
        tally: { interested: ['U0RECRUITER'], notAFit: ['U0HM'] },
      });
      await expect(click(ALICE.userId, 'interested')).rejects.toThrow(OwnCandidateError);
    });

    it('counts a click only on a post the app made', async () => {
      await posted();
      await expect(
        store.votes.cast({
          teamId: ALICE.teamId,
          channel: 'C0OTHER',
          ts: '1732550000.000200',
          voterId: 'U0X',
          vote: 'interested',
        }),
      ).rejects.toThrow(NotFoundError);
    });

    it('tells the referrer once when the same click reaches two replicas', async () => {
      await posted();
      const replica = database.open();
      try {
        const other = createStore(replica.db, clock);
        const outcomes = await Promise.all([
          ...Array.from({ length: 4 }, () => click('U0HM', 'interested')),
          ...Array.from({ length: 4 }, () => click('U0HM', 'interested', other)),
        ]);
        expect(outcomes.filter((o) => o.changed)).toHaveLength(1);
      } finally {
        await replica.close();
      }
    });
  });

  it('"forget me" takes the referrer’s reminders, votes on their posts and votes they cast', async () => {
    const t = await create();
    await store.triages.recordDecision(ALICE, t.id, { decision: 'yes', replyText: 'Yes!', blurbText: 'A. B. C.' });
    await store.blurbs.claimPost(ALICE, t.id);
    await store.blurbs.completePost(ALICE, t.id, { channel: 'C0HIRING', ts: '1732550000.000300', permalink: null });
    await store.votes.cast({
      teamId: ALICE.teamId,
      channel: 'C0HIRING',
      ts: '1732550000.000300',
      voterId: 'U0HM',
      vote: 'interested',
    });
    const bobs = await create(BOB);
    await store.triages.recordDecision(BOB, bobs.id, { decision: 'yes', replyText: 'Yes!', blurbText: 'A. B. C.' });
    await store.blurbs.claimPost(BOB, bobs.id);
    await store.blurbs.completePost(BOB, bobs.id, { channel: 'C0HIRING', ts: '1732550000.000400', permalink: null });
    await store.votes.cast({
      teamId: ALICE.teamId,
      channel: 'C0HIRING',
      ts: '1732550000.000400',
      voterId: ALICE.userId,
      vote: 'interested',
    });
    await store.reminders.claimDay(ALICE, '2026-11-01');
    await store.erasure.forget(ALICE);
    const left = await open.db.selectFrom('reminders').select('referrer_id').execute();
    expect(new Set(left.map((r) => r.referrer_id))).toEqual(new Set([BOB.userId]));
    expect(await open.db.selectFrom('blurb_votes').selectAll().execute()).toEqual([]);
    expect(await open.db.selectFrom('reminder_days').selectAll().execute()).toEqual([]);
  });
});
