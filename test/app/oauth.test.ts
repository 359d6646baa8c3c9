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

  it('the redirect back from Slack installs the app: code exchanged, token stored encrypted, and used', async () => {
    const install = await fetch(`${h.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(install.headers.get('location') ?? '').searchParams.get('state') as string;
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const redirect = await fetch(`${h.url}/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
    });
    expect(redirect.status).toBe(200);
    const [exchange] = h.slack.callsTo('oauth.v2.access');
    expect(exchange?.args).toMatchObject({ client_id: '1111.2222', code: 'good-code' });

    const rows = await h.database.db.selectFrom('installations').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('xoxb-installed-workspace-token');

    h.slack.reset();
    const { sendSigned, slashCommand } = await import('../helpers/slack-requests.js');
    const team = h.slack.installingTeam.id;
    const response = await sendSigned(
      h.events,
      slashCommand('', { team_id: team }),
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
    const [open] = await h.slack.waitFor('views.open');
    expect(open?.token).toBe('xoxb-installed-workspace-token');
  });

  it('a redirect with a forged state installs nothing', async () => {
    const before = await h.database.db.selectFrom('installations').selectAll().execute();
    h.slack.reset();
    const redirect = await fetch(`${h.url}/slack/oauth_redirect?code=good-code&state=forged`);
    expect(redirect.status).not.toBe(200);
    expect(h.slack.callsTo('oauth.v2.access')).toEqual([]);
    expect(await h.database.db.selectFrom('installations').selectAll().execute()).toEqual(before);
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
