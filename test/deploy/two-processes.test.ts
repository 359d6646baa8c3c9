import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { spawnApp } from '../helpers/app-process.js';
import { approvedTriage, OWNER, postClick } from '../helpers/blurbs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { sendSigned } from '../helpers/slack-requests.js';

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
      apps.push(await spawnApp({ SLACK_API_URL: slack.apiUrl, DATABASE_URL: database.url }));
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
    const store = createStore(open.db);
    const rounds = 10;
    for (let round = 0; round < rounds; round++) {
      const id = await approvedTriage(store);
      const click = postClick(id);
      const send = (url: string) => sendSigned(`${url}/slack/events`, click, 'application/x-www-form-urlencoded');
      const responses = await Promise.all(apps.flatMap((a) => [send(a.url), send(a.url)]));
      expect(responses.every((r) => r.status === 200)).toBe(true);
      await expect
        .poll(async () => (await store.triages.get(OWNER, id)).blurbState, { timeout: 10_000 })
        .toBe('posted');
    }
    await new Promise((r) => setTimeout(r, 300));
    const posts = slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0HIRING');
    expect(posts).toHaveLength(rounds);
  }, 60_000);
});
