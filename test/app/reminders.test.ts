import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/ids.js';
import type { Store } from '../../src/store/store.js';
import { triage } from '../../src/triage/index.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { OWNER, saveReferrerProfile } from '../helpers/blurbs.js';
import { createTestDatabase } from '../helpers/databases.js';
import { jsonArg, type RecordedCall } from '../helpers/fake-slack.js';
import { buttonClick } from '../helpers/interactions.js';
import { interaction, REFERRER, sendSigned } from '../helpers/slack-requests.js';

/**
 * Reminders as the referrer meets them: a due reminder comes once, in their daytime (their Slack
 * time zone), at most one DM a day with everything due in it, never when they turned reminders off,
 * and never lost to a restart or sent twice by two replicas. The clock moves; nothing sleeps.
 */
const NOTE =
  "Hi Priya, your talk on internal tools is why I'm writing. I'm applying for the Senior PM, Developer Platform role. Would you refer me? No worries if not.\nElif";
const FORM = 'application/x-www-form-urlencoded';
const DAY = 86_400_000;
/** 09:00 in Los Angeles (the fake's default time zone for every user) on a Friday. */
const LA_MORNING = '2026-11-20T17:00:00.000Z';

let seq = 0;
const newTriage = (store: Store, name = `Candidate ${++seq}`) => {
  const text = NOTE.replace('Elif', name);
  return store.triages.create(OWNER, { source: 'message', requestText: text, requesterName: name }, triage(text));
};
const reminderDms = (calls: RecordedCall[]) =>
  calls.filter((c) => c.args.channel === `D${REFERRER.slice(1)}` && String(c.args.text).includes('waiting'));
const blocksOf = (call: RecordedCall | undefined) => JSON.stringify(jsonArg(call, 'blocks'));

describe('reminders', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    h.slack.reset();
    h.slack.timeZones.clear();
    for (const table of ['reminder_days', 'reminders', 'triage_events', 'triages'] as const) {
      await h.database.db.deleteFrom(table).execute();
    }
    await saveReferrerProfile(h.store);
    h.clock.set(LA_MORNING);
  });
  const act = (payload: object) => sendSigned(h.events, interaction(payload), FORM);

  it('an unanswered request is nudged after three days, once', async () => {
    const t = await newTriage(h.store);
    h.clock.advanceDays(2);
    expect(await h.sweep()).toMatchObject({ sent: 0 });
    h.clock.advanceDays(1);
    expect(await h.sweep()).toMatchObject({ sent: 1, digests: 1 });
    const [dm] = reminderDms(h.slack.callsTo('chat.postMessage'));
    // The line names the role, so two lines about one person (or two people of one name) differ.
    expect(blocksOf(dm)).toMatch(new RegExp(`${t.requesterName}\\* \\([^)]+\\) has been waiting for your answer`));
    expect(h.slack.callsTo('users.info')[0]?.args.user).toBe(REFERRER);
    h.clock.advanceDays(5);
    expect(await h.sweep()).toMatchObject({ sent: 0 });
    expect(reminderDms(h.slack.callsTo('chat.postMessage'))).toHaveLength(1);
    expect(h.slack.violations).toEqual([]);
  });

  it('never in the referrer’s night: in Tokyo at 3 a.m. it waits for 9 a.m. there', async () => {
    h.slack.timeZones.set(REFERRER, 'Asia/Tokyo');
    h.clock.set('2026-11-20T18:00:00.000Z'); // 03:00 in Tokyo
    await newTriage(h.store);
    h.clock.advanceDays(3);
    expect(await h.sweep()).toMatchObject({ sent: 0, postponed: 1 });
    expect(await h.store.reminders.pendingFor(OWNER)).toEqual([
      expect.objectContaining({ dueAt: '2026-11-24T00:00:00.000Z' }), // 09:00 in Tokyo
    ]);
    h.clock.set('2026-11-23T23:30:00.000Z');
    expect(await h.sweep()).toMatchObject({ sent: 0 });
    h.clock.set('2026-11-24T00:00:05.000Z');
    expect(await h.sweep()).toMatchObject({ sent: 1 });
  });

  it('several due at once come as one digest; one more due the same day waits for the next day', async () => {
    const waiting = await newTriage(h.store);
    const yes = await newTriage(h.store);
    const asked = await newTriage(h.store);
    await h.store.triages.recordDecision(OWNER, yes.id, { decision: 'yes', replyText: 'Yes!' });
    await h.store.triages.recordDecision(OWNER, asked.id, { decision: 'one_pager', replyText: 'One-pager?' });
    h.clock.advanceDays(8);
    expect(await h.sweep()).toMatchObject({ sent: 3, digests: 1 });
    const [digest] = reminderDms(h.slack.callsTo('chat.postMessage'));
    expect(String(digest?.args.text)).toBe('3 referrals are waiting');
    const blocks = blocksOf(digest);
    expect(blocks).toMatch(new RegExp(`${waiting.requesterName}\\* \\([^)]+\\) has been waiting for your answer`));
    expect(blocks).toContain(`You said yes to *${yes.requesterName}*`);
    expect(blocks).toContain(`${ACTIONS.moveStage}:referred`);
    expect(blocks).toMatch(new RegExp(`\\*${asked.requesterName}\\* \\([^)]+\\) has not sent the one-pager`));
    expect(blocks).toContain(ACTIONS.keepWaiting);
    expect(blocks).toContain(`${ACTIONS.moveStage}:closed`);

    expect(h.slack.violations).toEqual([]);
  });

  it('at most one reminder DM a day: what falls due after today’s DM comes the next morning', async () => {
    await newTriage(h.store);
    h.clock.advanceMs(3 * 60 * 60_000);
    await newTriage(h.store);
    h.clock.set(new Date(Date.parse(LA_MORNING) + 3 * DAY + 60_000));
    expect(await h.sweep()).toMatchObject({ sent: 1 });
    h.clock.advanceMs(3 * 60 * 60_000);
    expect(await h.sweep()).toMatchObject({ sent: 0, postponed: 1 });
    expect(reminderDms(h.slack.callsTo('chat.postMessage'))).toHaveLength(1);
    h.clock.set('2026-11-24T17:00:00.000Z'); // the next morning in Los Angeles
    expect(await h.sweep()).toMatchObject({ sent: 1 });
    expect(reminderDms(h.slack.callsTo('chat.postMessage'))).toHaveLength(2);
  });

  it('off in the referrer’s settings: nothing is sent, and nothing piles up', async () => {
    await h.store.profiles.save(OWNER, { teamArea: 'Platform', remindersOn: false });
    await newTriage(h.store);
    h.clock.advanceDays(3);
    expect(await h.sweep()).toMatchObject({ sent: 0, cancelled: 1 });
    expect(await h.store.reminders.pendingFor(OWNER)).toEqual([]);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('a referral that moved on before its reminder is not nudged', async () => {
    const t = await newTriage(h.store);
    h.clock.advanceDays(2);
    await h.store.triages.recordDecision(OWNER, t.id, { decision: 'no', replyText: 'No, thanks.' });
    h.clock.advanceDays(5);
    expect(await h.sweep()).toMatchObject({ sent: 0 });
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('“Close it out” on a one-pager reminder closes it with a kind draft; “Keep waiting” waits again', async () => {
    const closing = await newTriage(h.store);
    const waiting = await newTriage(h.store);
    for (const t of [closing, waiting]) {
      await h.store.triages.recordDecision(OWNER, t.id, { decision: 'one_pager', replyText: 'One-pager?' });
    }
    h.clock.advanceDays(7);
    await h.sweep();
    await act(buttonClick(`${ACTIONS.moveStage}:closed`, closing.id));
    const [closed] = await h.slack.waitFor('chat.postMessage', 2).then((calls) => calls.slice(1));
    expect(blocksOf(closed)).toContain("I'm closing this out on my side");
    expect((await h.store.triages.get(OWNER, closing.id)).stage).toBe('closed');
    await act(buttonClick(ACTIONS.keepWaiting, waiting.id));
    await h.slack.waitFor('chat.postMessage', 3);
    expect(await h.store.reminders.pendingFor(OWNER)).toEqual([
      expect.objectContaining({ triageId: waiting.id, kind: 'one_pager_overdue' }),
    ]);
    h.clock.advanceDays(7);
    h.clock.set(new Date(h.clock.now().getTime() + 60_000));
    expect(await h.sweep()).toMatchObject({ sent: 1 });
  });

  it('“Mark as referred” on a reminder moves it and drafts the note for the candidate', async () => {
    const t = await newTriage(h.store);
    await h.store.triages.recordDecision(OWNER, t.id, { decision: 'yes', replyText: 'Yes!' });
    h.clock.advanceDays(2);
    expect(await h.sweep()).toMatchObject({ sent: 1 });
    await act(buttonClick(`${ACTIONS.moveStage}:referred`, t.id));
    const calls = await h.slack.waitFor('chat.postMessage', 2);
    expect(blocksOf(calls[1])).toContain("I've submitted your referral");
    expect(blocksOf(calls[1])).toContain("I can't promise an outcome");
    expect((await h.store.triages.get(OWNER, t.id)).stage).toBe('referred');
  });
});

describe('reminders survive a restart and are sent once by two replicas', () => {
  it('scheduled before a restart, sent after it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'refer-triage-restart-')), 'app.sqlite');
    const first = await startHarness({ databaseUrl: `file:${file}` });
    first.clock.set(LA_MORNING);
    await saveReferrerProfile(first.store);
    await newTriage(first.store);
    await first.stop();
    const second = await startHarness({ databaseUrl: `file:${file}` });
    try {
      // The app's clock follows real time, so a minute's margin covers the time the test itself takes.
      second.clock.set(new Date(Date.parse(LA_MORNING) + 3 * DAY + 60_000));
      expect(await second.sweep()).toMatchObject({ sent: 1 });
      expect(reminderDms(second.slack.callsTo('chat.postMessage'))).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('two app processes on one PostgreSQL send each reminder exactly once', async () => {
    const database = await createTestDatabase('postgres');
    const a = await startHarness({ databaseUrl: database.url });
    const b = await startHarness({ databaseUrl: database.url });
    try {
      for (const h of [a, b]) h.clock.set(LA_MORNING);
      await saveReferrerProfile(a.store);
      const referrers = Array.from({ length: 12 }, (_, i) => ({ teamId: OWNER.teamId, userId: `U0REF${i}` }));
      for (const owner of referrers) {
        for (let n = 0; n < 3; n++) {
          await a.store.triages.create(owner, { source: 'message', requestText: NOTE }, triage(NOTE));
        }
      }
      for (const h of [a, b]) h.clock.advanceDays(3);
      const reports = await Promise.all([a.sweep(), b.sweep(), a.sweep(), b.sweep()]);
      expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(36);
      const dms = [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')];
      // One DM per referrer, each with their three reminders: one sender's three notes about one role, one line.
      expect(dms).toHaveLength(12);
      expect(new Set(dms.map((d) => d.args.channel)).size).toBe(12);
      expect(dms.every((d) => d.args.text === 'A referral is waiting')).toBe(true);
      expect(dms.every((d) => String(d.args.blocks).includes('They sent 3 notes about it.'))).toBe(true);
    } finally {
      await a.stop();
      await b.stop();
      await database.dispose();
    }
  });
});
