import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as actions from '../../handlers/actions.js';
import * as commands from '../../handlers/commands.js';
import * as events from '../../handlers/events.js';
import * as hiringChannel from '../../handlers/hiring-channel.js';
import * as pipeline from '../../handlers/pipeline.js';
import * as shortcuts from '../../handlers/shortcuts.js';
import * as views from '../../handlers/views.js';
import type { AppDeps } from '../../src/deps.js';
import { COMMAND, INPUTS } from '../../src/ids.js';
import type { OpenDatabase } from '../../src/store/database.js';
import { createStore, type Store } from '../../src/store/store.js';
import { triage } from '../../src/triage/index.js';
import { triageMetadata } from '../../src/views/triage-modal.js';
import { createTestDatabase, openMigrated, type TestDatabase } from '../helpers/databases.js';
import { buildArgs, type Recorded, slackCalls } from '../helpers/handler-args.js';

const TEAM = 'T0TEAM';
const REFERRER = 'U0REFERRER';
const OWNER = { teamId: TEAM, userId: REFERRER };
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. Last quarter I led a launch that cut CI time by 35%. Your talk on internal tools is why I'm asking you. Would you refer me? No worries if not.\nAmara";
const user = { id: REFERRER, team_id: TEAM, username: 'priya', name: 'priya' };
const team = { id: TEAM, domain: 'acme' };

let database: TestDatabase;
let open: OpenDatabase;
let store: Store;
let deps: AppDeps;

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  open = await openMigrated(database);
  store = createStore(open.db);
  deps = { store, logger: pino({ level: 'silent' }) };
});
afterAll(async () => {
  await open.db.destroy();
  await database.dispose();
});
beforeEach(async () => {
  await store.profiles.save(OWNER, { teamArea: 'Platform & internal tools: developer platform, CI/CD', name: 'Priya' });
});

const saved = async () =>
  store.triages.create(OWNER, { source: 'slash_command', requestText: NOTE }, triage(NOTE, null));
const decidedYes = async () => {
  const t = await saved();
  return store.triages.recordDecision(OWNER, t.id, {
    decision: 'yes',
    replyText: 'Yes!',
    blurbText: 'Amara cut CI time 35%.',
    blurbChannel: 'C0HIRING',
  });
};

/** Ack once, and before the listener says anything to Slack. */
function expectAckFirst(calls: Recorded[], ack: { mock: { calls: unknown[] } }) {
  expect(ack.mock.calls).toHaveLength(1);
  const ackAt = calls.findIndex((c) => c.method === 'ack');
  const firstSlack = calls.findIndex((c) => c.method !== 'ack' && c.method !== 'respond');
  expect(ackAt).toBeGreaterThanOrEqual(0);
  if (firstSlack !== -1) expect(ackAt).toBeLessThan(firstSlack);
}

const command = (text: string) =>
  buildArgs({
    command: COMMAND,
    text,
    trigger_id: '1.2.abc',
    user_id: REFERRER,
    team_id: TEAM,
    channel_id: 'D0REQUESTER',
    response_url: 'https://hooks.slack.com/commands/1/2/3',
  });

describe('the slash command', () => {
  it.each([
    ['a pasted note', NOTE, ['views.open', 'views.update']],
    ['help', 'help', []],
    // users.info: whether they are a workspace admin, who also sees the workspace settings.
    ['settings', 'settings', ['views.open', 'users.info', 'views.update']],
    ['nothing', '', ['views.open']],
  ])('%s: acks once, first, then opens what it should', async (_name, text, expected) => {
    const args = command(text as string);
    await commands.makeReferTriageCommand(deps)({ ...args, command: args.payload } as never);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(expected);
  });
});

describe('the message shortcut', () => {
  it('acks once, first, then opens the loading modal and fills it with the triage', async () => {
    const args = buildArgs({
      type: 'message_action',
      callback_id: 'triage_referral_message',
      trigger_id: '1.2.abc',
      message_ts: '1700000000.000100',
      response_url: 'https://hooks.slack.com/app/1/2/3',
      user,
      team,
      channel: { id: 'D0REQUESTER', name: 'directmessage' },
      message: { type: 'message', user: 'U0REQUESTER', ts: '1700000000.000100', text: NOTE },
    });
    await shortcuts.makeTriageMessageShortcut(deps)({ ...args, shortcut: args.payload, body: args.payload } as never);
    expectAckFirst(args.calls, args.ack);
    const methods = slackCalls(args.calls).map((c) => c.method);
    expect(methods[0]).toBe('views.open');
    expect(methods.at(-1)).toBe('views.update');
  });
});

const submission = (callbackId: string, privateMetadata: string, values: object) =>
  buildArgs({
    type: 'view_submission',
    user,
    team,
    view: { id: 'V0MODAL', callback_id: callbackId, private_metadata: privateMetadata, state: { values } },
  });

describe('view submissions', () => {
  it('the triage modal: saves the decision, acks once, then DMs the reply', async () => {
    const t = await saved();
    const args = submission('triage_decision', triageMetadata(t.id), {
      [INPUTS.answer.block]: { [INPUTS.answer.action]: { type: 'radio_buttons', selected_option: { value: 'no' } } },
      [`${INPUTS.reply.block}:no`]: {
        [INPUTS.reply.action]: { type: 'plain_text_input', value: 'Sorry, not this time.' },
      },
    });
    await views.makeTriageSubmit(deps)({ ...args, body: args.payload, view: args.payload.view } as never);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect((await store.triages.get(OWNER, t.id)).decision).toBe('no');
  });

  it('the triage modal: a missing answer is a field error in the ack, and nothing is sent', async () => {
    const t = await saved();
    const args = submission('triage_decision', triageMetadata(t.id), {});
    await views.makeTriageSubmit(deps)({ ...args, body: args.payload, view: args.payload.view } as never);
    expectAckFirst(args.calls, args.ack);
    expect(args.ack.mock.calls[0]?.[0]).toMatchObject({ response_action: 'errors' });
    expect(slackCalls(args.calls)).toEqual([]);
  });

  it('the paste box: acks with the loading view, then updates it with the triage', async () => {
    const args = submission('triage_paste', '', {
      [INPUTS.paste.block]: { [INPUTS.paste.action]: { type: 'plain_text_input', value: NOTE } },
    });
    await views.makePasteSubmit(deps)({ ...args, body: args.payload, view: args.payload.view } as never);
    expectAckFirst(args.calls, args.ack);
    expect(args.ack.mock.calls[0]?.[0]).toMatchObject({ response_action: 'update' });
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['views.update']);
  });

  it('settings: saves the profile, acks once, then republishes Home', async () => {
    const args = submission('profile_settings', '', {
      [INPUTS.teamArea.block]: { [INPUTS.teamArea.action]: { type: 'plain_text_input', value: 'Growth: pricing' } },
      [INPUTS.retention.block]: { [INPUTS.retention.action]: { type: 'number_input', value: '30' } },
    });
    await views.makeSettingsSubmit(deps)({ ...args, body: args.payload, view: args.payload.view } as never);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['views.publish']);
    expect((await store.profiles.get(OWNER))?.teamArea).toBe('Growth: pricing');
  });

  it('edit blurb: saves the text, acks once, then updates the preview in place', async () => {
    const t = await decidedYes();
    const meta = JSON.stringify({ t: t.id, c: 'D0REFERRER', ts: '1700000000.000200' });
    const args = submission('edit_blurb', meta, {
      [INPUTS.blurb.block]: { [INPUTS.blurb.action]: { type: 'plain_text_input', value: 'A better blurb.' } },
    });
    await views.makeEditBlurbSubmit(deps)({ ...args, body: args.payload, view: args.payload.view } as never);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['chat.update']);
  });
});

const click = (actionId: string, value: string, over: object = {}, failures: Record<string, string> = {}) =>
  buildArgs(
    {
      type: 'block_actions',
      user,
      team,
      trigger_id: '1.2.abc',
      container: { type: 'message', channel_id: 'D0REFERRER', message_ts: '1700000000.000200' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1' }],
      ...over,
    },
    failures,
  );
const run = async (factory: (d: AppDeps) => (a: never) => Promise<void>, args: ReturnType<typeof click>) =>
  factory(deps)({ ...args, body: args.payload, action: args.payload.actions[0] } as never);

describe('block actions', () => {
  // The post itself goes through the poster's own no-retry client, which this fake does not serve
  // (the signed-HTTP suite posts for real); here Slack never confirms it.
  it('post blurb: acks once, first; a post Slack never confirmed gives the draft back with a note', async () => {
    const t = await decidedYes();
    const args = click('post_blurb', t.id);
    await run(actions.makePostBlurb as never, args);
    expectAckFirst(args.calls, args.ack);
    const updates = slackCalls(args.calls).filter((c) => c.method === 'chat.update');
    expect(updates.map((u) => JSON.stringify(u.args))).toEqual([
      expect.stringContaining('Posting it to the hiring channel now.'),
      expect.stringContaining('click Post again'),
    ]);
    expect((await store.triages.get(OWNER, t.id)).blurbState).toBe('draft');
  });

  it.each([
    ['edit blurb', actions.makeEditBlurb, ['views.open']],
    ['discard blurb', actions.makeDiscardBlurb, ['chat.update']],
    ['open triage', actions.makeOpenTriage, ['views.open', 'views.update']],
  ])('%s: acks once, first', async (_name, factory, expected) => {
    const t = await decidedYes();
    const args = click('any', t.id);
    await run(factory as never, args);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(expected);
  });

  it('someone else clicking a referrer’s button is refused privately, and nothing changes', async () => {
    const t = await decidedYes();
    const args = click('post_blurb', t.id, {
      user: { ...user, id: 'U0STRANGER' },
      response_url: 'https://hooks.slack.com/actions/1/2/3',
    });
    await run(actions.makePostBlurb as never, args);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls)).toEqual([]);
    const refusal = args.calls.find((c) => c.method === 'respond')?.args as { text?: string } | undefined;
    expect(refusal?.text).toMatch(/Only the person who ran this triage/);
    expect((await store.triages.get(OWNER, t.id)).blurbState).toBe('draft');
  });

  it('edit blurb after the trigger expired: the user is told privately, and nothing changes', async () => {
    const t = await decidedYes();
    const args = click(
      'edit_blurb',
      t.id,
      { response_url: 'https://hooks.slack.com/actions/1/2/3' },
      { 'views.open': 'expired_trigger_id' },
    );
    await run(actions.makeEditBlurb as never, args);
    expectAckFirst(args.calls, args.ack);
    const told = args.calls.find((c) => c.method === 'respond')?.args as
      | { text?: string; response_type?: string }
      | undefined;
    expect(told).toMatchObject({ response_type: 'ephemeral' });
    expect(told?.text).toMatch(/run it again/);
    expect((await store.triages.get(OWNER, t.id)).blurbText).toBe('Amara cut CI time 35%.');
  });

  it('edit profile and forget me: ack once, first', async () => {
    for (const factory of [actions.makeEditProfile, actions.makeForgetMe]) {
      const args = click('any', 'edit');
      await run(factory as never, args);
      expectAckFirst(args.calls, args.ack);
    }
  });
});

describe('referral moves and the hiring channel', () => {
  it('a move: acks once, first, moves the referral and DMs the next step', async () => {
    const t = await decidedYes();
    const args = click('move_stage:referred', t.id);
    await run(pipeline.makeMoveStage as never, args);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect((await store.triages.get(OWNER, t.id)).stage).toBe('referred');
  });

  it('keep waiting: acks once, first, and says when the next reminder comes', async () => {
    const t = await saved();
    await store.triages.recordDecision(OWNER, t.id, { decision: 'one_pager', replyText: 'One-pager?' });
    const args = click('keep_waiting', t.id);
    await run(pipeline.makeKeepWaiting as never, args);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['conversations.open', 'chat.postMessage']);
  });

  it('a vote on a posted blurb: acks once, first, updates the post and tells the referrer', async () => {
    const t = await decidedYes();
    await store.blurbs.claimPost(OWNER, t.id);
    await store.blurbs.completePost(OWNER, t.id, { channel: 'C0HIRING', ts: '1700000000.000900', permalink: null });
    const args = click('vote_interested', t.id, {
      user: { ...user, id: 'U0HIRINGMGR' },
      container: { type: 'message', channel_id: 'C0HIRING', message_ts: '1700000000.000900' },
    });
    await run(hiringChannel.makeVoteInterested as never, args);
    expectAckFirst(args.calls, args.ack);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual([
      'chat.update',
      'conversations.open',
      'chat.postMessage',
    ]);
  });
});

describe('events', () => {
  it('app_home_opened publishes Home (Bolt acks events itself)', async () => {
    const args = buildArgs({ type: 'app_home_opened', user: REFERRER, channel: 'D0REFERRER', tab: 'home' });
    await events.makeAppHomeOpened(deps)({ ...args, event: args.payload, body: { team_id: TEAM } } as never);
    expect(slackCalls(args.calls).map((c) => c.method)).toEqual(['views.publish']);
  });
});
