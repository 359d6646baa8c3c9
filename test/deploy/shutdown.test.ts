import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { spawnApp } from '../helpers/app-process.js';
import { FakeSlack, jsonArg } from '../helpers/fake-slack.js';
import { sendSigned, slashCommand } from '../helpers/slack-requests.js';

const NOTE = "I'm applying for the platform PM role. I cut CI time 35% at Acme. Would you refer me? No worries if not.";

describe('SIGTERM under load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'refer-triage-shutdown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops taking requests, finishes the ones in flight, closes the database and exits 0', async () => {
    const slack = await new FakeSlack().start();
    // Slack answers slowly, so requests are still in flight when the signal arrives.
    for (let i = 0; i < 40; i++) slack.inject('views.update', { delayMs: 300 });
    const databaseFile = join(dir, 'app.sqlite');
    const { child, url: base } = await spawnApp({
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: `file:${databaseFile}`,
      LOG_LEVEL: 'info',
    });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await expect
      .poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, { timeout: 20_000 })
      .toBe(200);

    const sent = Array.from({ length: 30 }, (_, i) =>
      sendSigned(`${base}/slack/events`, slashCommand(`${NOTE} #${i}`), 'application/x-www-form-urlencoded').then(
        (r) => r.status,
        () => 'refused' as const,
      ),
    );
    await slack.waitFor('views.open', 5, 10_000);
    child.kill('SIGTERM');
    const statuses = await Promise.all(sent);
    // Once the app has begun stopping (health no longer 200), a new connection is refused.
    await expect
      .poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status ?? 'refused', { timeout: 10_000 })
      .not.toBe(200);
    const late = await new Promise<number | 'refused'>((resolve) => {
      const req = request(`${base}/slack/events`, { method: 'POST', agent: false }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', () => resolve('refused'));
      req.end('x');
    });
    expect(await exited).toBe(0);
    await slack.stop();

    const accepted = statuses.filter((s) => s === 200).length;
    expect(accepted).toBeGreaterThanOrEqual(5);
    expect(late).toBe('refused');
    // Every request Slack was told was received got its modal filled in: nothing was cut off halfway.
    const filled = slack
      .callsTo('views.update')
      .filter((c) => (jsonArg(c, 'view') as { callback_id: string }).callback_id === 'triage_decision');
    expect(filled).toHaveLength(accepted);
    const database = openDatabase(`file:${databaseFile}`);
    const rows = await database.db.selectFrom('triages').select('id').execute();
    await database.close();
    expect(rows).toHaveLength(accepted);
    expect(output).toContain('"msg":"stopped"');
    expect(output).toContain('"unfinished":0');
  }, 60_000);
});
