import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { form, interaction, REFERRER, sendSigned, signature, slashCommand, TEAM } from '../helpers/slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';
const SECRET_NOTE = 'ZEBRA-CANARY could you refer me for the platform PM role';

describe('hostile requests to /slack/events', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.slack.reset());

  const stillServing = async () => {
    h.slack.reset();
    const response = await sendSigned(h.events, slashCommand('help'), FORM);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ response_type: 'ephemeral' });
  };

  it('refuses a signed request dated ten minutes in the future, without acting on it', async () => {
    const response = await sendSigned(h.events, slashCommand(SECRET_NOTE), FORM, {
      timestamp: Math.floor(Date.now() / 1000) + 600,
    });
    expect(response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(await h.store.home.recent({ teamId: TEAM, userId: REFERRER })).toEqual([]);
    expect(h.logs.all).toContain('timestamp is in the future');
    await stillServing();
  });

  it('refuses a captured request replayed after six minutes', async () => {
    const body = slashCommand(SECRET_NOTE);
    const old = Math.floor(Date.now() / 1000) - 361;
    const response = await sendSigned(h.events, body, FORM, { timestamp: old, signature: signature(body, old) });
    expect(response.status).toBe(401);
    await stillServing();
  });

  it.each([
    ['a malformed form body', '%%%=&&&=%E0%A4%A', FORM],
    ['malformed payload JSON', form({ payload: '{"type": "block_actions", ' }), FORM],
    ['JSON that is not an object', '"just a string"', 'application/json'],
    ['a form body sent as JSON', slashCommand(SECRET_NOTE), 'application/json'],
  ])('refuses %s cleanly and keeps serving', async (_name, body, type) => {
    const response = await sendSigned(h.events, body, type);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await stillServing();
  });

  it.each([
    [
      'an unknown view callback id',
      {
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: REFERRER },
        view: { id: 'V', callback_id: 'nope', state: { values: {} } },
      },
    ],
    [
      'an unknown action id',
      {
        type: 'block_actions',
        team: { id: TEAM },
        user: { id: REFERRER },
        actions: [{ action_id: 'nope', block_id: 'x', type: 'button', value: 'x' }],
      },
    ],
    [
      'a shortcut with no message',
      {
        type: 'message_action',
        callback_id: 'triage_referral_message',
        team: { id: TEAM },
        user: { id: REFERRER },
        channel: { id: 'C1' },
      },
    ],
  ])(
    'answers %s without acting on it and keeps serving',
    async (_name, payload) => {
      const response = await sendSigned(h.events, interaction(payload), FORM);
      expect(response.status).toBeLessThan(500);
      expect(h.slack.calls.filter((c) => !['auth.test', 'views.open'].includes(c.method))).toEqual([]);
      await stillServing();
    },
    10_000,
  );

  it('refuses a body over the size limit and keeps serving', async () => {
    const body = `text=${'a'.repeat(2_000_000)}`;
    const ts = Math.floor(Date.now() / 1000);
    // Its own connection: the server stops reading an oversized body and closes that socket.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(h.events, {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': FORM,
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': signature(body, ts),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(413);
    await stillServing();
  });

  it('logs refusals without the request’s content', () => {
    expect(h.logs.all).not.toContain('ZEBRA-CANARY');
  });
});
