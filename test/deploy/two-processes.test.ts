import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { spawnApp } from '../helpers/app-process.js';
import { approvedTriage, OWNER, postClick } from '../helpers/blurbs.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { eventBody, sendSigned } from '../helpers/slack-requests.js';

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
      const id = await approvedTriage(store, slack);
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

  it('a DM event whose original delivery was lost, retried to both processes at once, is triaged exactly once', async () => {
    const store = createStore(open.db);
    await store.profiles.save(OWNER, { teamArea: 'Platform & internal tools: developer platform, CI/CD' });
    slack.reset();
    const note =
      "Hi, I'm applying for the Senior PM, Developer Platform role. I cut CI time by 35%. Would you refer me? No worries if not.";
    const event = (ts: string) =>
      eventBody(
        {
          type: 'message',
          channel_type: 'im',
          channel: 'D0REFERRER',
          user: OWNER.userId,
          team: OWNER.teamId,
          ts,
          text: note,
        },
        { team_id: OWNER.teamId, event_id: `Ev0TWO${ts.replace('.', '')}` },
      );
    const rounds = 5;
    for (let round = 0; round < rounds; round++) {
      const body = event(`17325600${10 + round}.000100`);
      const send = (url: string, retry: string) =>
        sendSigned(`${url}/slack/events`, body, 'application/json', { headers: { 'x-slack-retry-num': retry } });
      // Retries 1 and 2 land on different replicas; the original never arrived.
      const responses = await Promise.all(apps.map((a, i) => send(a.url, String(i + 1))));
      expect(responses.every((r) => r.status === 200)).toBe(true);
    }
    await expect
      .poll(() => slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts).length, { timeout: 10_000 })
      .toBe(rounds);
    await new Promise((r) => setTimeout(r, 500));
    const replies = slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts);
    expect(new Set(replies.map((c) => c.args.thread_ts)).size).toBe(rounds);
    expect(replies).toHaveLength(rounds);
  }, 60_000);
});
