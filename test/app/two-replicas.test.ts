import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/ids.js';
import { triage } from '../../src/triage/index.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { freshTrigger, interaction, REFERRER, sendSigned, TEAM } from '../helpers/slack-requests.js';

const OWNER = { teamId: TEAM, userId: REFERRER };
const NOTE = "I'm applying for the platform PM role. I cut CI time 35%. Would you refer me? No worries if not.";

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
      const record = await a.store.createTriage(
        OWNER,
        { source: 'slash_command', requestText: NOTE },
        triage(NOTE, null),
      );
      await a.store.recordDecision(OWNER, record.id, {
        decision: 'yes',
        replyText: 'Yes.',
        blurbText: 'A. B. C.',
        blurbChannel: 'C0HIRING',
      });
      const click = interaction({
        type: 'block_actions',
        team: { id: TEAM },
        user: { id: REFERRER, team_id: TEAM },
        trigger_id: freshTrigger(),
        container: { type: 'message', channel_id: 'D0REFERRER', message_ts: '1.2' },
        actions: [
          {
            type: 'button',
            action_id: ACTIONS.postBlurb,
            block_id: `blurb_actions:${record.id}`,
            value: record.id,
            action_ts: '1',
          },
        ],
      });
      const responses = await Promise.all([
        sendSigned(a.events, click, 'application/x-www-form-urlencoded'),
        sendSigned(b.events, click, 'application/x-www-form-urlencoded'),
        sendSigned(a.events, click, 'application/x-www-form-urlencoded'),
        sendSigned(b.events, click, 'application/x-www-form-urlencoded'),
      ]);
      expect(responses.every((r) => r.status === 200)).toBe(true);
      await expect.poll(async () => (await a.store.getTriage(OWNER, record.id)).blurbState).toBe('posted');
    }
    await new Promise((r) => setTimeout(r, 200));
    const posts = [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')].filter(
      (c) => c.args.channel === 'C0HIRING',
    );
    expect(posts).toHaveLength(rounds);
    expect(a.slack.callsTo('chat.postMessage').length).toBeGreaterThan(0);
    expect(b.slack.callsTo('chat.postMessage').length).toBeGreaterThan(0);
  });
});
