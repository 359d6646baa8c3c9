import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { jsonArg } from '../helpers/fake-slack.js';
import { REFERRER, sendSigned, slashCommand, TEAM } from '../helpers/slack-requests.js';

const NOTE = "I'm applying for the platform PM role. I cut CI time 35% at Acme. Would you refer me? No worries if not.";
const cluster = () => readdirSync('/etc/postgresql')[0] as string;
const pg = (action: 'stop' | 'start') =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster(), 'main', action], { stdio: 'ignore' });
const ready = () => {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']);
    return true;
  } catch {
    return false;
  }
};

describe('the real PostgreSQL server stops in the middle of a run, then starts again', () => {
  let database: TestDatabase;
  let h: Harness;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    h = await startHarness({ databaseUrl: database.url });
    await h.store.profiles.save(
      { teamId: TEAM, userId: REFERRER },
      { teamArea: 'Platform & internal tools', hiringChannel: 'C0HIRING' },
    );
  });
  afterAll(async () => {
    if (!ready()) pg('start');
    await h?.stop();
    await database?.dispose();
  });

  const triageOnce = async () => {
    h.slack.reset();
    const response = await sendSigned(h.events, slashCommand(NOTE), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    const [update] = await h.slack.waitFor('views.update', 1, 30_000);
    return JSON.stringify(jsonArg(update, 'view'));
  };

  it('keeps answering with a clear message, loses nothing saved, and recovers by itself', async () => {
    expect(await triageOnce()).toContain(VIEWS.triage);
    pg('stop');
    try {
      const notice = await triageOnce();
      expect(notice).toContain(VIEWS.notice);
      expect(notice).toMatch(/not reachable right now/);
      expect(notice).toContain('cut CI time 35% at Acme');
    } finally {
      pg('start');
    }
    await expect.poll(ready).toBe(true);
    await expect.poll(async () => (await triageOnce()).includes(VIEWS.triage)).toBe(true);
    expect(await h.store.home.recent({ teamId: TEAM, userId: REFERRER })).toHaveLength(2);
    expect((await h.store.profiles.get({ teamId: TEAM, userId: REFERRER }))?.hiringChannel).toBe('C0HIRING');
  });
});
