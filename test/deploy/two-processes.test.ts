import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/ids.js';
import { migrate, type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { Store } from '../../src/store/store.js';
import { triage } from '../../src/triage/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { freshTrigger, interaction, REFERRER, SIGNING_SECRET, sendSigned, TEAM } from '../helpers/slack-requests.js';

const OWNER = { teamId: TEAM, userId: REFERRER };
const NOTE = "I'm applying for the platform PM role. I cut CI time 35%. Would you refer me? No worries if not.";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

/** Two app processes, started together (so their migrations race), on one PostgreSQL database. */
describe('two app processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let open: OpenDatabase;
  const apps: Array<{ child: ChildProcess; url: string }> = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    slack = await new FakeSlack().start();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('../../src/main.ts', import.meta.url))],
        {
          env: {
            PATH: process.env.PATH ?? '',
            PORT: String(port),
            SLACK_BOT_TOKEN: 'xoxb-replica',
            SLACK_SIGNING_SECRET: SIGNING_SECRET,
            SLACK_API_URL: slack.apiUrl,
            DATABASE_URL: database.url,
            LOG_LEVEL: 'warn',
          },
          stdio: 'ignore',
        },
      );
      apps.push({ child, url: `http://127.0.0.1:${port}` });
    }
    for (const app of apps) {
      for (let i = 0; i < 300 && !(await fetch(`${app.url}/healthz`).catch(() => null))?.ok; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    open = openDatabase(database.url);
    await migrate(open);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => new Promise((r) => a.child.once('exit', r).kill('SIGTERM'))));
    await open?.close();
    await slack.stop();
    await database.dispose();
  });

  it('the same Post click sent to both processes at once posts exactly once, every time', async () => {
    for (const app of apps) expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const store = new Store(open.db);
    const rounds = 10;
    for (let round = 0; round < rounds; round++) {
      const record = await store.createTriage(
        OWNER,
        { source: 'slash_command', requestText: NOTE },
        triage(NOTE, null),
      );
      await store.recordDecision(OWNER, record.id, {
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
      const send = (url: string) => sendSigned(`${url}/slack/events`, click, 'application/x-www-form-urlencoded');
      const responses = await Promise.all(apps.flatMap((a) => [send(a.url), send(a.url)]));
      expect(responses.every((r) => r.status === 200)).toBe(true);
      await expect
        .poll(async () => (await store.getTriage(OWNER, record.id)).blurbState, { timeout: 10_000 })
        .toBe('posted');
    }
    await new Promise((r) => setTimeout(r, 300));
    const posts = slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0HIRING');
    expect(posts).toHaveLength(rounds);
  }, 60_000);
});
