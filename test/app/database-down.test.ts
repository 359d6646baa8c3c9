import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { jsonArg } from '../helpers/fake-slack.js';
import { REFERRER, sendSigned, slashCommand, TEAM } from '../helpers/slack-requests.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

const NOTE = "I'm applying for the platform PM role. I cut CI time 35% at Acme. Would you refer me? No worries if not.";

describe('the database goes down under the app, and comes back', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let h: Harness;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const target = new URL(database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(await proxy.start());
    h = await startHarness({ databaseUrl: viaProxy.toString() });
    await h.store.profiles.save(
      { teamId: TEAM, userId: REFERRER },
      { teamArea: 'Platform & internal tools', hiringChannel: 'C0HIRING' },
    );
  });
  afterAll(async () => {
    await h.stop();
    await proxy.stop();
    await database.dispose();
  });

  it('shows a kind message with the user’s own text, then works again once the database is back', async () => {
    await proxy.stop();
    const response = await sendSigned(h.events, slashCommand(NOTE), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    const [update] = await h.slack.waitFor('views.update', 1, 10_000);
    const notice = JSON.stringify(jsonArg(update, 'view'));
    expect(notice).toContain(VIEWS.notice);
    expect(notice).toMatch(/not reachable right now/);
    expect(notice).toContain('cut CI time 35% at Acme');

    await proxy.start();
    h.slack.reset();
    await sendSigned(h.events, slashCommand(NOTE), 'application/x-www-form-urlencoded');
    const [ok] = await h.slack.waitFor('views.update', 1, 10_000);
    expect(jsonArg(ok, 'view')).toMatchObject({ callback_id: VIEWS.triage });
    expect(await h.store.home.recent({ teamId: TEAM, userId: REFERRER })).toHaveLength(1);
  });
});
