import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/ids.js';
import { APP_TOKEN, BOT_TOKEN, type Harness, startHarness } from '../helpers/app-harness.js';
import { approvedTriage, OWNER, postClick, saveReferrerProfile } from '../helpers/blurbs.js';
import { jsonArg } from '../helpers/fake-slack.js';
import type { FakeSocketMode } from '../helpers/fake-socket-mode.js';
import { eventBody, REFERRER, slashCommand } from '../helpers/slack-requests.js';

const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.";

/** Socket Mode carries the same payloads as HTTP, as JSON objects inside envelopes. */
const commandPayload = (text: string) => Object.fromEntries(new URLSearchParams(slashCommand(text)));
const interactionPayload = (form: string) =>
  JSON.parse(new URLSearchParams(form).get('payload') as string) as Record<string, unknown>;

let h: Harness;
let socket: FakeSocketMode;
/** Log lines before the current test, so each test counts only its own. */
let mark = 0;

/** Resolves once the app has logged `count` handled requests of this kind (its work after the ack included). */
async function handled(kind: string, count: number): Promise<void> {
  const seen = () =>
    h.logs.lines.slice(mark).filter((l) => l.includes('"msg":"handled"') && l.includes(`"kind":"${kind}"`));
  for (let i = 0; i < 300 && seen().length < count; i++) await new Promise((r) => setTimeout(r, 10));
  expect(seen()).toHaveLength(count);
}

beforeAll(async () => {
  h = await startHarness({ socketMode: true });
  socket = h.socket as FakeSocketMode;
  await saveReferrerProfile(h.store);
});
afterAll(async () => {
  await h.stop();
});

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects through SLACK_API_URL with the app token, and still answers /healthz on PORT', async () => {
    const [open] = h.slack.callsTo('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(socket.connections).toBe(1);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    // No public events endpoint in this mode: Slack's requests arrive over the socket only.
    expect((await fetch(h.events, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  describe('with a connection', () => {
    beforeEach(() => {
      h.slack.reset();
      mark = h.logs.lines.length;
    });

    it('acks a slash command envelope, then opens the triage modal with the bot token', async () => {
      const ack = await socket.send('slash_commands', commandPayload(NOTE));
      expect(ack.payload ?? {}).toEqual({});
      const [open] = await h.slack.waitFor('views.open');
      expect(open?.token).toBe(BOT_TOKEN);
      const [update] = await h.slack.waitFor('views.update');
      expect(jsonArg<{ callback_id: string }>(update, 'view').callback_id).toBe(VIEWS.triage);
      expect(h.slack.violations).toEqual([]);
    });

    it('answers `help` in the ack itself, privately', async () => {
      const ack = await socket.send('slash_commands', commandPayload('help'));
      expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
      expect(JSON.stringify(ack.payload)).toContain('/refer-triage');
      expect(h.slack.calls).toEqual([]);
    });

    it('posts an approved blurb once, however many Post clicks arrive', async () => {
      const triageId = await approvedTriage(h.store, h.slack);
      await socket.send('interactive', interactionPayload(postClick(triageId)));
      await socket.send('interactive', interactionPayload(postClick(triageId)));
      await handled('action', 2);
      const posts = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0HIRING');
      expect(posts).toHaveLength(1);
      expect((await h.store.triages.get(OWNER, triageId)).blurbState).toBe('posted');
    });

    it('publishes the Home tab for an app_home_opened event', async () => {
      const body = JSON.parse(
        eventBody({ type: 'app_home_opened', user: REFERRER, channel: 'D0REFERRER', tab: 'home', event_ts: '1' }),
      ) as Record<string, unknown>;
      await socket.send('events_api', body);
      const [publish] = await h.slack.waitFor('views.publish');
      expect(publish?.args.user_id).toBe(REFERRER);
    });
  });

  it('logs one line per handled envelope, with neither token nor any request text', async () => {
    // A handler logs after its last Web API call, which the tests above wait for: on a busy machine the
    // last envelope's line can follow a moment later.
    await expect.poll(() => h.logs.lines.filter((l) => l.includes('"msg":"handled"'))).toHaveLength(5);
    for (const secret of [APP_TOKEN, BOT_TOKEN, 'cut CI time by 35%', "I'm applying for"]) {
      expect(h.logs.all).not.toContain(secret);
    }
  });
});
