import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';

describe('multi-workspace OAuth', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: {
        SLACK_CLIENT_ID: '1111.2222',
        SLACK_CLIENT_SECRET: 'client-secret',
        SLACK_STATE_SECRET: 'a-long-random-state-secret',
        INSTALLATION_ENCRYPTION_KEY: 'cd'.repeat(32),
      },
    });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('/slack/install sends the installer to Slack with exactly the bot scopes the app uses', async () => {
    const response = await fetch(`${h.url}/slack/install`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('1111.2222');
    expect((location.searchParams.get('scope') ?? '').split(',').sort()).toEqual(Object.keys(BOT_SCOPES).sort());
    expect(location.searchParams.get('state')).toBeTruthy();
  });

  it('a workspace that never installed gets no answer from the app, and nothing is called', async () => {
    const { sendSigned, slashCommand } = await import('../helpers/slack-requests.js');
    const response = await sendSigned(
      h.events,
      slashCommand('help', { team_id: 'T0UNKNOWN' }),
      'application/x-www-form-urlencoded',
    );
    expect(response.body).not.toContain('refer-triage');
    expect(h.slack.calls).toEqual([]);
    expect(h.logs.all).toMatch(/Authorization of incoming event did not succeed/);
  });
});
