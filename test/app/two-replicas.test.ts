import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { approvedTriage, OWNER, postClick } from '../helpers/blurbs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { buttonClick } from '../helpers/interactions.js';
import { interaction, sendSigned } from '../helpers/slack-requests.js';

/** Two app instances, each with its own HTTP server, connection pool and Slack client, on one PostgreSQL database. */
describe('two replicas behind one load balancer', () => {
  let database: TestDatabase;
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = await startHarness({ databaseUrl: database.url });
    b = await startHarness({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
    await database.dispose();
  });

  it('the same Post click sent to both at once posts exactly once, every time', async () => {
    const rounds = 15;
    for (let round = 0; round < rounds; round++) {
      const id = await approvedTriage(a.store, a.slack, b.slack);
      const click = postClick(id);
      const responses = await Promise.all([
        sendSigned(a.events, click, 'application/x-www-form-urlencoded'),
        sendSigned(b.events, click, 'application/x-www-form-urlencoded'),
        sendSigned(a.events, click, 'application/x-www-form-urlencoded'),
        sendSigned(b.events, click, 'application/x-www-form-urlencoded'),
      ]);
      expect(responses.every((r) => r.status === 200)).toBe(true);
      await expect.poll(async () => (await a.store.triages.get(OWNER, id)).blurbState).toBe('posted');
    }
    await new Promise((r) => setTimeout(r, 200));
    const posts = [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')].filter(
      (c) => c.args.channel === 'C0HIRING',
    );
    expect(posts).toHaveLength(rounds);
  });

  it('the same vote on a posted blurb, sent to both at once, is recorded and told once', async () => {
    const id = await approvedTriage(a.store, a.slack, b.slack);
    await sendSigned(a.events, postClick(id), 'application/x-www-form-urlencoded');
    await expect.poll(async () => (await a.store.triages.get(OWNER, id)).blurbState).toBe('posted');
    const ts = (await a.store.triages.get(OWNER, id)).blurbTs ?? '';
    // Two fakes stand for one Slack: the post replica A made exists for replica B too.
    b.slack.remember({ channel: 'C0HIRING', ts }, 'Referral');
    for (const h of [a, b]) h.slack.reset();
    const click = interaction(
      buttonClick(ACTIONS.voteInterested, id, { user: 'U0HIRINGMGR', channel: 'C0HIRING', ts }),
    );
    await Promise.all([a, b, a, b].map((h) => sendSigned(h.events, click, 'application/x-www-form-urlencoded')));
    await new Promise((r) => setTimeout(r, 300));
    const updates = [...a.slack.callsTo('chat.update'), ...b.slack.callsTo('chat.update')].filter(
      (c) => c.args.channel === 'C0HIRING',
    );
    expect(updates).toHaveLength(1);
    expect(await a.store.votes.tally(id)).toEqual({ interested: ['U0HIRINGMGR'], notAFit: [] });
  });
});
