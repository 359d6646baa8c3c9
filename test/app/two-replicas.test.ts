import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { approvedTriage, OWNER, postClick } from '../helpers/blurbs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { sendSigned } from '../helpers/slack-requests.js';

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
      const id = await approvedTriage(a.store);
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
});
