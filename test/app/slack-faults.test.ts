import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { approvedTriage, OWNER, postClick } from '../helpers/blurbs.js';
import { jsonArg } from '../helpers/fake-slack.js';
import { sendSigned, slashCommand } from '../helpers/slack-requests.js';

const NOTE = "I'm applying for the platform PM role. I cut CI time 35% at Acme. Would you refer me? No worries if not.";
const FORM = 'application/x-www-form-urlencoded';

describe('Slack failing under the app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ slackTimeoutMs: 400 });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.slack.reset());

  const approved = () => approvedTriage(h.store, h.slack);
  const post = (id: string) => sendSigned(h.events, postClick(id, h.slack.responseUrl('post')), FORM);
  const lastPreview = () => JSON.stringify(h.slack.callsTo('chat.update').at(-1)?.args ?? {});

  it('a 500 on the post is never retried blindly: one attempt, an honest message, and the blurb stays postable', async () => {
    const id = await approved();
    h.slack.inject('chat.postMessage', { status: 500 });
    await post(id);
    await expect.poll(lastPreview).toMatch(/did not confirm the post/);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect((await h.store.triages.get(OWNER, id)).blurbState).toBe('draft');
    await post(id);
    await expect.poll(lastPreview).toMatch(/Posted to/);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('a preview Slack will not redraw (deleted, or refused) does not stop the post', async () => {
    const id = await approved();
    h.slack.inject('chat.update', { error: 'message_not_found' }, { error: 'message_not_found' });
    await post(id);
    await expect.poll(async () => (await h.store.triages.get(OWNER, id)).blurbState).toBe('posted');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0HIRING')).toHaveLength(1);
    expect(h.logs.all).toMatch(/blurb preview not updated/);
  });

  it('a 429 with a long Retry-After asks the user to try again instead of hanging the click', async () => {
    const id = await approved();
    h.slack.inject('chat.postMessage', { status: 429, retryAfter: 30 });
    const started = Date.now();
    await post(id);
    await expect.poll(lastPreview).toMatch(/slow down/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await h.store.triages.get(OWNER, id)).blurbState).toBe('draft');
  });

  it('a post that times out is not retried (it may have landed): one attempt, and the user is told to check', async () => {
    const id = await approved();
    h.slack.inject('chat.postMessage', { delayMs: 1_000 });
    await post(id);
    await expect.poll(lastPreview, { timeout: 5_000 }).toMatch(/did not confirm the post/);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect((await h.store.triages.get(OWNER, id)).blurbState).toBe('draft');
  });

  it('a modal update that times out is retried by the client, and the triage appears', async () => {
    h.slack.inject('views.update', { delayMs: 1_000 });
    await sendSigned(h.events, slashCommand(NOTE), FORM);
    await h.slack.waitFor('views.update', 2, 8_000);
    const last = h.slack.callsTo('views.update').at(-1);
    expect(jsonArg(last, 'view')).toMatchObject({ callback_id: VIEWS.triage });
  });

  it('a 500 while opening the modal is retried by the client, and the triage opens', async () => {
    h.slack.inject('views.open', { status: 500 });
    await sendSigned(h.events, slashCommand(NOTE), FORM);
    const [update] = await h.slack.waitFor('views.update', 1, 8_000);
    expect(jsonArg(update, 'view')).toMatchObject({ callback_id: VIEWS.triage });
    expect(h.slack.callsTo('views.open')).toHaveLength(2);
  });

  it('invalid_auth while opening the modal tells the user privately that an admin must reinstall', async () => {
    h.slack.inject('views.open', { error: 'invalid_auth' });
    await sendSigned(h.events, slashCommand(NOTE, { response_url: h.slack.responseUrl('cmd') }), FORM);
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(h.slack.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(h.slack.responses[0]?.body.text)).toMatch(/reinstall/);
  });
});
