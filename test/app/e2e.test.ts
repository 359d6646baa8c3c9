import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, SHORTCUTS, VIEWS } from '../../src/ids.js';
import { triageModalModel } from '../../src/presenters/triage.js';
import { buildSettingsModal } from '../../src/views/settings-modal.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { BOT_TOKEN, type Harness, startHarness } from '../helpers/app-harness.js';
import { checkView, strictErrorsAck } from '../helpers/block-kit.js';
import { saveReferrerProfile } from '../helpers/blurbs.js';
import { jsonArg } from '../helpers/fake-slack.js';
import { submission } from '../helpers/interactions.js';
import {
  eventBody,
  freshTrigger,
  interaction,
  REFERRER,
  SIGNING_SECRET,
  sendSigned,
  slashCommand,
  TEAM,
} from '../helpers/slack-requests.js';

const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/4821). I led a launch that cut CI time by 35% for 400 engineers. Your talk on internal tools is why I'm asking you. Would you refer me? No worries if not.\nAmara";
const FORM = 'application/x-www-form-urlencoded';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await saveReferrerProfile(h.store);
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  h.slack.reset();
});

const command = (text: string, over: Record<string, string> = {}) =>
  sendSigned(h.events, slashCommand(text, { response_url: h.slack.responseUrl('cmd'), ...over }), FORM);
const act = (payload: object) => sendSigned(h.events, interaction(payload), FORM);

/** Runs a triage from the slash command and returns its id and the view Slack was asked to show. */
async function triageViaCommand(text = NOTE, over: Record<string, string> = {}) {
  const response = await command(text, over);
  expect(response.status).toBe(200);
  const [update] = await h.slack.waitFor('views.update');
  const view = jsonArg(update, 'view') as {
    callback_id: string;
    private_metadata: string;
    blocks: Array<Record<string, unknown>>;
  };
  return {
    view,
    viewId: String(update?.args.view_id),
    triageId: (JSON.parse(view.private_metadata) as { t: string }).t,
  };
}

/** A note triaged by command and answered yes with this blurb; the reply and preview DMs are cleared. */
async function approvedViaCommand(blurb: string): Promise<string> {
  const { triageId } = await triageViaCommand();
  await act(submission(triageId, 'yes', 'Yes!', blurb));
  await h.slack.waitFor('chat.postMessage', 2);
  h.slack.reset();
  return triageId;
}

function button(
  actionId: string,
  value: string,
  user = REFERRER,
  container = { channel_id: 'D0REFERRER', message_ts: '1732550001.000100' },
) {
  return {
    type: 'block_actions',
    team: { id: TEAM },
    user: { id: user, team_id: TEAM },
    api_app_id: 'A0APP',
    trigger_id: freshTrigger(),
    response_url: h.slack.responseUrl(`btn-${user}`),
    container: { type: 'message', ...container },
    actions: [{ type: 'button', action_id: actionId, block_id: `blurb_actions:${value}`, value, action_ts: '1' }],
  };
}

describe('request verification', () => {
  it('rejects a forged signature and makes no Slack call', async () => {
    const response = await sendSigned(h.events, slashCommand(NOTE), FORM, { signature: 'v0=deadbeef' });
    expect(response.status).toBe(401);
    expect(h.slack.calls).toEqual([]);
  });

  it('rejects a request signed with another secret', async () => {
    const response = await sendSigned(h.events, slashCommand(NOTE), FORM, { secret: 'f'.repeat(32) });
    expect(response.status).toBe(401);
  });

  it('rejects a six-minute-old timestamp even when the signature matches it', async () => {
    const response = await sendSigned(h.events, slashCommand(NOTE), FORM, {
      timestamp: Math.floor(Date.now() / 1000) - 360,
    });
    expect(response.status).toBe(401);
    expect(h.slack.calls).toEqual([]);
  });
});

describe('/refer-triage', () => {
  it('acks at once and opens the modal inside the trigger window, then fills in the triage', async () => {
    const response = await command(NOTE);
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3_000);
    const [open] = await h.slack.waitFor('views.open');
    expect(jsonArg(open, 'view')).toMatchObject({ callback_id: VIEWS.loading });
    const [update] = await h.slack.waitFor('views.update');
    const view = jsonArg(update, 'view') as {
      callback_id: string;
      blocks: Array<{ type: string; text?: { text: string } }>;
    };
    expect(view.callback_id).toBe(VIEWS.triage);
    expect(view.blocks[0]?.text?.text).toBe('Yes: refer them');
    expect(JSON.stringify(view)).toContain('cut CI time by 35%');
    expect(h.slack.violations).toEqual([]);
  });

  it('answers help privately', async () => {
    await command('help');
    h.slack.reset();
    const response = await command('help');
    expect(response.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(response.json)).toContain('/refer-triage settings');
    // auth.test runs once per process, not per request; help makes no call at all.
    expect(h.slack.calls).toEqual([]);
  });

  it('bare command opens the paste box; submitting it triages', async () => {
    await command('');
    const [open] = await h.slack.waitFor('views.open');
    expect(jsonArg(open, 'view')).toMatchObject({ callback_id: VIEWS.paste });
    const response = await act({
      type: 'view_submission',
      team: { id: TEAM },
      user: { id: REFERRER, team_id: TEAM },
      view: {
        id: 'VPASTE',
        callback_id: VIEWS.paste,
        state: {
          values: { [INPUTS.paste.block]: { [INPUTS.paste.action]: { type: 'plain_text_input', value: NOTE } } },
        },
      },
    });
    expect(response.json).toMatchObject({ response_action: 'update', view: { callback_id: VIEWS.loading } });
    const [update] = await h.slack.waitFor('views.update');
    expect(update?.args.view_id).toBe('VPASTE');
    expect(jsonArg(update, 'view')).toMatchObject({ callback_id: VIEWS.triage });
  });

  it('settings opens the profile modal with the saved values', async () => {
    await command('settings');
    const [update] = await h.slack.waitFor('views.update');
    const view = jsonArg(update, 'view');
    expect(view).toMatchObject({ callback_id: VIEWS.settings });
    expect(JSON.stringify(view)).toContain('Senior PM, Developer Platform | https://careers.example.com/jobs/4821');
    expect(h.slack.violations).toEqual([]);
  });

  it('says so privately when the trigger expired before the modal could open', async () => {
    await command(NOTE, { trigger_id: freshTrigger(Date.now() - 4_000) });
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(h.slack.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(h.slack.responses[0]?.body.text)).toMatch(/run it again/);
  });
});

describe('message shortcut', () => {
  it('brings the author’s name and a permalink into the triage', async () => {
    const response = await act({
      type: 'message_action',
      callback_id: SHORTCUTS.triageMessage,
      trigger_id: freshTrigger(),
      response_url: h.slack.responseUrl('sc'),
      team: { id: TEAM, domain: 'acme' },
      user: { id: REFERRER, name: 'priya', team_id: TEAM },
      channel: { id: 'D0AMARA', name: 'directmessage' },
      message_ts: '1732540000.000200',
      message: { type: 'message', user: 'U0AMARA', ts: '1732540000.000200', text: NOTE.replace('\nAmara', '') },
    });
    expect(response.status).toBe(200);
    const [update] = await h.slack.waitFor('views.update');
    expect(h.slack.callsTo('users.info')[0]?.args.user).toBe('U0AMARA');
    expect(h.slack.callsTo('chat.getPermalink')[0]?.args).toMatchObject({
      channel: 'D0AMARA',
      message_ts: '1732540000.000200',
    });
    const id = (JSON.parse((jsonArg(update, 'view') as { private_metadata: string }).private_metadata) as { t: string })
      .t;
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, id);
    expect(record).toMatchObject({ requesterId: 'U0AMARA', requesterName: 'Amara Okafor', source: 'shortcut' });
    expect(record.permalink).toContain('/archives/D0AMARA/');
  });
});

describe('deciding and posting', () => {
  it('submitting records the decision and DMs the reply and, for a yes, the blurb preview', async () => {
    const { triageId } = await triageViaCommand();
    h.slack.reset();
    const response = await act(
      submission(
        triageId,
        'yes',
        'Happy to refer you, Amara.',
        'Amara led a launch. Amara wants the role. The fit is credible.',
      ),
    );
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    const posts = await h.slack.waitFor('chat.postMessage', 2);
    expect(h.slack.callsTo('conversations.open').map((c) => c.args.users)).toEqual([REFERRER]);
    expect(posts.map((p) => p.args.channel)).toEqual(['D0REFERRER', 'D0REFERRER']);
    expect(String(posts[0]?.args.blocks)).toContain('Happy to refer you, Amara.');
    expect(String(posts[1]?.args.blocks)).toContain(ACTIONS.postBlurb);
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId);
    expect(record).toMatchObject({ decision: 'yes', stage: 'yes', blurbState: 'draft', blurbChannel: 'C0HIRING' });
    expect(h.slack.violations).toEqual([]);
  });

  it('shows the note as a person reads it: Slack markup decoded once, escaped once, nothing live', async () => {
    // Command text as Slack sends it: entities escaped, mentions, a channel, a labelled link, a broadcast.
    const sent =
      "Hi Priya, I'm applying for the Senior PM, Developer Platform role at Bolt &amp; Co: " +
      '<https://careers.example.com/jobs/4821|the posting>. <@U0MUTUAL|dana> in <#C0PM|pm-chat> said to ask you. ' +
      'I led a launch that cut CI time by 35% &lt;3 months. Would you refer me? No worries if not. <!here>';
    const { view } = await triageViaCommand(sent);
    const note = JSON.stringify(view.blocks.at(-1));
    expect(note).toContain('Bolt &amp; Co'); // one escape: Slack shows "Bolt & Co"
    expect(note).not.toContain('&amp;amp;');
    expect(note).toContain('the posting (https://careers.example.com/jobs/4821)');
    expect(note).toContain('@dana');
    expect(note).toContain('#pm-chat');
    expect(note).toContain('&lt;3 months');
    expect(note).not.toMatch(/&lt;https:|&lt;@U0MUTUAL|&lt;#C0PM|&lt;!here/);
    expect(note).toContain('@\u200bhere');
    expect(h.slack.violations).toEqual([]);
  });

  it('shows field errors instead of closing when the reply is empty', async () => {
    const { triageId } = await triageViaCommand();
    const response = await act(submission(triageId, 'no', '   ', null));
    expect(response.json).toMatchObject({
      response_action: 'errors',
      errors: { [`${INPUTS.reply.block}:no`]: expect.any(String) },
    });
    // Slack accepts an errors ack only when each key names an input block of the view showing.
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId);
    const showing = buildTriageModal(
      triageModalModel(record, { answer: 'no', hiringChannel: null, earlier: null, hasProfile: true }),
    );
    expect(strictErrorsAck(showing as never, response.json)).toEqual([]);
    expect(record.decision).toBe('pending');
  });

  it('Post publishes the blurb once, shows where with a link, and a second click posts nothing', async () => {
    const triageId = await approvedViaCommand(
      'Amara led a launch that cut CI time 35%. Amara wants the Senior PM role. The fit is credible.',
    );

    await act(button(ACTIONS.postBlurb, triageId));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0HIRING');
    expect(String(post?.args.blocks)).toContain('Amara led a launch');
    expect(String(post?.args.blocks)).toContain(`<@${REFERRER}>`);
    await expect.poll(() => JSON.stringify(h.slack.callsTo('chat.update').at(-1)?.args ?? {})).toContain('Posted to');

    h.slack.reset();
    await act(button(ACTIONS.postBlurb, triageId));
    await h.slack.waitFor('chat.update');
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId);
    expect(record).toMatchObject({ blurbState: 'posted', stage: 'yes', blurbChannel: 'C0HIRING' });
    expect(record.blurbPermalink).toContain('/archives/C0HIRING/');
  });

  it('a hiring channel shared with another organisation is refused: nothing is posted, and the referrer is told why', async () => {
    const triageId = await approvedViaCommand(
      'Amara led a launch that cut CI time 35%. Amara wants the role. The fit holds.',
    );
    h.slack.extShared.add('C0HIRING');
    try {
      await act(button(ACTIONS.postBlurb, triageId));
      await expect
        .poll(() => JSON.stringify(h.slack.callsTo('chat.update').at(-1)?.args ?? {}))
        .toContain('another organisation');
      expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
      expect((await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId)).blurbState).toBe('draft');
    } finally {
      h.slack.extShared.clear();
    }
  });

  it('a click by someone else is refused privately and changes nothing', async () => {
    const { triageId } = await triageViaCommand();
    await act(submission(triageId, 'yes', 'Yes!', 'A. B. C.'));
    await h.slack.waitFor('chat.postMessage', 2);
    h.slack.reset();
    await act(button(ACTIONS.postBlurb, triageId, 'U0INTRUDER'));
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(h.slack.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(h.slack.responses[0]?.body.text)).toMatch(/Only the person who ran this triage/);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    expect((await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId)).blurbState).toBe('draft');
  });

  it('a view submission pointing at someone else’s triage is refused on the field', async () => {
    const { triageId } = await triageViaCommand();
    const response = await act(submission(triageId, 'no', 'No thanks.', null, 'U0INTRUDER'));
    expect(response.json).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(response.json)).toMatch(/Only the person who ran this triage/);
    expect((await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId)).decision).toBe('pending');
  });

  it.each([
    ['not_in_channel, public: joins and posts', [{ error: 'not_in_channel' }], true, /Posted to/],
    ['is_archived: says so and keeps the draft', [{ error: 'is_archived' }], false, /archived/],
    ['a 429 with Retry-After: the client waits and retries', [{ status: 429, retryAfter: 1 }], true, /Posted to/],
    ['invalid_auth: says an admin must reinstall', [{ error: 'invalid_auth' }], false, /reinstall/],
  ] as const)('%s', async (_name, failures, posts, shown) => {
    const { triageId } = await triageViaCommand();
    await act(submission(triageId, 'yes', 'Yes!', 'A. B. C.'));
    await h.slack.waitFor('chat.postMessage', 2);
    h.slack.reset();
    h.slack.inject('chat.postMessage', ...failures);
    await act(button(ACTIONS.postBlurb, triageId));
    await expect
      .poll(() => JSON.stringify(h.slack.callsTo('chat.update').at(-1)?.args ?? {}), { timeout: 8_000 })
      .toMatch(shown);
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId);
    expect(record.blurbState).toBe(posts ? 'posted' : 'draft');
    if (failures[0] && 'error' in failures[0] && failures[0].error === 'not_in_channel') {
      expect(h.slack.callsTo('conversations.join')[0]?.args.channel).toBe('C0HIRING');
    }
  });
});

describe('DM with the app', () => {
  const dm = (over: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    sendSigned(
      h.events,
      eventBody({
        type: 'message',
        channel_type: 'im',
        channel: 'D0REFERRER',
        user: REFERRER,
        ts: '1732560000.000100',
        team: TEAM,
        text: '',
        ...over,
      }),
      'application/json',
      { headers },
    );

  it('a forwarded request gets a short triage in a thread with a button to the full modal', async () => {
    const response = await dm({
      attachments: [
        {
          is_share: true,
          author_id: 'U0AMARA',
          author_subname: 'Amara Okafor',
          text: NOTE,
          from_url: 'https://acme.slack.com/archives/D0AMARA/p1732540000000200',
        },
      ],
    });
    expect(response.status).toBe(200);
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: 'D0REFERRER', thread_ts: '1732560000.000100' });
    expect(String(post?.args.blocks)).toContain(ACTIONS.openTriage);
    const id = (JSON.parse(String(post?.args.blocks)) as Array<{ elements?: Array<{ value?: string }> }>)[1]
      ?.elements?.[0]?.value as string;
    h.slack.reset();
    await act(button(ACTIONS.openTriage, id));
    const [update] = await h.slack.waitFor('views.update');
    expect(jsonArg(update, 'view')).toMatchObject({ callback_id: VIEWS.triage });
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, id);
    expect(record).toMatchObject({ requesterId: 'U0AMARA', source: 'message' });
  });

  it('a short hello gets help', async () => {
    await dm({ text: 'hi there' });
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(String(post?.args.text)).toMatch(/How to use/);
  });

  it('a retry whose first delivery never arrived is triaged; a repeat of a handled event is not', async () => {
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0REFERRER',
      user: REFERRER,
      ts: '1732560000.000200',
      team: TEAM,
      text: NOTE,
    };
    const body = eventBody(event, { event_id: 'Ev0RETRIED1' });
    // Slack's first attempt never reached the app; this retry is the first delivery it sees.
    await sendSigned(h.events, body, 'application/json', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    const [reply] = await h.slack.waitFor('chat.postMessage');
    expect(reply?.args).toMatchObject({ channel: 'D0REFERRER', thread_ts: '1732560000.000200' });
    // The same event again (Slack did not see the ack in time): handled already, so nothing more.
    await sendSigned(h.events, body, 'application/json', {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores the app’s own messages', async () => {
    await dm({ text: NOTE, bot_id: 'B0BOT', user: 'U0BOT' });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.calls).toEqual([]);
  });
});

describe('App Home and settings', () => {
  it('app_home_opened publishes the profile, counts and recent triages', async () => {
    await sendSigned(
      h.events,
      eventBody({ type: 'app_home_opened', user: REFERRER, channel: 'D0REFERRER', tab: 'home', event_ts: '1' }),
      'application/json',
    );
    const [publish] = await h.slack.waitFor('views.publish');
    expect(publish?.args.user_id).toBe(REFERRER);
    const view = JSON.stringify(jsonArg(publish, 'view'));
    expect(view).toContain('Platform &amp; internal tools');
    expect(view).toContain('Last 30 days');
    expect(view).toContain(ACTIONS.openTriage);
    expect(h.slack.violations).toEqual([]);
  });

  it('a first-run user sees the welcome', async () => {
    await sendSigned(
      h.events,
      eventBody({ type: 'app_home_opened', user: 'U0NEWBIE', channel: 'D0NEW', tab: 'home', event_ts: '1' }),
      'application/json',
    );
    const [publish] = await h.slack.waitFor('views.publish');
    expect(JSON.stringify(jsonArg(publish, 'view'))).toContain('Set up your profile');
  });

  it('the settings modal shows errors on the fields, then saves and refreshes Home', async () => {
    const settings = (values: Record<string, Record<string, unknown>>) =>
      act({
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: 'U0SETTER', team_id: TEAM },
        view: { id: 'VS', callback_id: VIEWS.settings, state: { values } },
      });
    const field = (input: { block: string; action: string }, value: unknown) => ({
      [input.block]: { [input.action]: value },
    });
    const bad = await settings({
      ...field(INPUTS.teamArea, { type: 'plain_text_input', value: ' ' }),
      ...field(INPUTS.openRoles, { type: 'plain_text_input', value: 'PM | ftp://nope' }),
      ...field(INPUTS.retention, { type: 'number_input', value: '0' }),
      ...field(INPUTS.onePagerWait, { type: 'number_input', value: '90' }),
      ...field(INPUTS.workingLanguage, {
        type: 'static_select',
        selected_option: { text: { type: 'plain_text', text: '日本語', emoji: true }, value: 'ja' },
      }),
    });
    expect(bad.json).toMatchObject({
      response_action: 'errors',
      errors: {
        [INPUTS.teamArea.block]: expect.any(String),
        [INPUTS.openRoles.block]: expect.stringMatching(/https/),
        [INPUTS.retention.block]: expect.any(String),
        [INPUTS.onePagerWait.block]: expect.stringMatching(/1 to 60/),
        [INPUTS.workingLanguage.block]: expect.stringMatching(/languages in the list/),
      },
    });
    expect(strictErrorsAck(buildSettingsModal(null) as never, bad.json)).toEqual([]);
    const good = await settings({
      ...field(INPUTS.teamArea, { type: 'plain_text_input', value: 'Growth: pricing, retention' }),
      ...field(INPUTS.openRoles, {
        type: 'plain_text_input',
        value: 'PM, Growth | https://careers.example.com/jobs/6610\nDesigner, Growth',
      }),
      ...field(INPUTS.hiringChannel, { type: 'conversations_select', selected_conversation: 'C0GROWTH' }),
      ...field(INPUTS.name, { type: 'plain_text_input', value: 'Marcus' }),
      ...field(INPUTS.retention, { type: 'number_input', value: '30' }),
      ...field(INPUTS.reminders, { type: 'checkboxes', selected_options: [] }),
      ...field(INPUTS.onePagerWait, { type: 'number_input', value: '10' }),
    });
    expect(good.body).toBe('');
    expect(await h.store.profiles.get({ teamId: TEAM, userId: 'U0SETTER' })).toEqual({
      name: 'Marcus',
      teamArea: 'Growth: pricing, retention',
      openRoles: [{ title: 'PM, Growth', url: 'https://careers.example.com/jobs/6610' }, { title: 'Designer, Growth' }],
      hiringChannel: 'C0GROWTH',
      retentionDays: 30,
      remindersOn: false,
      onePagerWaitDays: 10,
      // A form without the language menu (opened before it existed) keeps the default.
      workingLanguage: 'en',
    });
    await h.slack.waitFor('views.publish');

    // A link pasted after the title, with or without the |, is the role's link, never part of its name; the modal says so.
    const pasted = await settings({
      ...field(INPUTS.teamArea, { type: 'plain_text_input', value: 'Platform & internal tools' }),
      ...field(INPUTS.openRoles, {
        type: 'plain_text_input',
        value:
          'Senior PM, Developer Platform https://careers.example.com/jobs/4821\nStaff PM | https://careers.example.com/jobs/9',
      }),
      ...field(INPUTS.retention, { type: 'number_input', value: '30' }),
    });
    expect((await h.store.profiles.get({ teamId: TEAM, userId: 'U0SETTER' }))?.openRoles).toEqual([
      { title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' },
      { title: 'Staff PM', url: 'https://careers.example.com/jobs/9' },
    ]);
    expect(pasted.json).toMatchObject({ response_action: 'update' });
    const said = JSON.stringify((pasted.json as { view: unknown }).view);
    expect(said).toContain('*Senior PM, Developer Platform*, with the link https://careers.example.com/jobs/4821');
    expect(said).not.toContain('Staff PM');
    expect(checkView((pasted.json as { view: never }).view)).toEqual([]);
  });
});

describe('the blurb’s language', () => {
  const LINGUA = { teamId: TEAM, userId: 'U0LINGUA' };
  const field = (input: { block: string; action: string }, value: unknown) => ({
    [input.block]: { [input.action]: value },
  });
  /** The settings form submitted with this language picked from the menu, as Slack sends a static_select. */
  const settingsIn = (text: string, value: string) =>
    act({
      type: 'view_submission',
      team: { id: TEAM },
      user: { id: LINGUA.userId, team_id: TEAM },
      api_app_id: 'A0APP',
      trigger_id: freshTrigger(),
      view: {
        id: 'VSL',
        callback_id: VIEWS.settings,
        hash: 'h',
        state: {
          values: {
            ...field(INPUTS.teamArea, {
              type: 'plain_text_input',
              value: 'Platform & internal tools: developer platform, CI/CD, APIs',
            }),
            ...field(INPUTS.openRoles, {
              type: 'plain_text_input',
              value: 'Senior PM, Developer Platform | https://careers.example.com/jobs/4821',
            }),
            ...field(INPUTS.hiringChannel, { type: 'conversations_select', selected_conversation: 'C0HIRING' }),
            ...field(INPUTS.workingLanguage, {
              type: 'static_select',
              selected_option: { text: { type: 'plain_text', text, emoji: true }, value },
            }),
            ...field(INPUTS.name, { type: 'plain_text_input', value: 'Lucía' }),
            ...field(INPUTS.retention, { type: 'number_input', value: '90' }),
            ...field(INPUTS.reminders, { type: 'checkboxes', selected_options: [] }),
            ...field(INPUTS.onePagerWait, { type: 'number_input', value: '7' }),
          },
        },
      },
    });
  const blurbIn = (view: { blocks: Array<Record<string, unknown>> }) =>
    String(
      (view.blocks.find((b) => b.block_id === INPUTS.blurb.block) as { element?: { initial_value?: string } })?.element
        ?.initial_value,
    );

  it('a language chosen in settings writes the modal’s blurb and the one posted to the hiring channel; the reply stays in the note’s', async () => {
    const saved = await settingsIn('Español', 'es');
    expect(saved.body).toBe('');
    expect((await h.store.profiles.get(LINGUA))?.workingLanguage).toBe('es');
    const homeOf = () => h.slack.callsTo('views.publish').find((c) => c.args.user_id === LINGUA.userId);
    await expect.poll(homeOf).toBeDefined();
    expect(JSON.stringify(jsonArg(homeOf(), 'view'))).toContain('*Writes blurbs in*\\nEspañol');

    // Opened again, the menu starts on the saved language.
    h.slack.reset();
    await command('settings', { user_id: LINGUA.userId, user_name: 'lucia' });
    const [settings] = await h.slack.waitFor('views.update');
    const menu = (
      jsonArg(settings, 'view') as { blocks: Array<{ block_id?: string; element?: { initial_option?: unknown } }> }
    ).blocks.find((b) => b.block_id === INPUTS.workingLanguage.block);
    expect(menu?.element?.initial_option).toEqual({
      text: { type: 'plain_text', text: 'Español', emoji: true },
      value: 'es',
    });
    expect(h.slack.violations).toEqual([]);

    h.slack.reset();
    const { view, triageId } = await triageViaCommand(NOTE, { user_id: LINGUA.userId, user_name: 'lucia' });
    const blurb = blurbIn(view);
    expect(blurb).toContain('Amara se ha postulado a la vacante de Senior PM, Developer Platform');
    expect(blurb).toContain('«I led a launch that cut CI time by 35% for 400 engineers»');
    const record = await h.store.triages.get(LINGUA, triageId);
    expect(record.result.drafts?.yes).toMatch(/^Hi Amara/);

    await act(submission(triageId, 'yes', record.result.drafts?.yes ?? 'Yes.', blurb, LINGUA.userId));
    await h.slack.waitFor('chat.postMessage', 2);
    const preview = h.slack.lastPosted(/ready for you to post/);
    h.slack.reset();
    await act(
      button(ACTIONS.postBlurb, triageId, LINGUA.userId, { channel_id: preview.channel, message_ts: preview.ts }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0HIRING');
    expect(String(post?.args.blocks)).toContain('Amara se ha postulado a la vacante de Senior PM, Developer Platform');
    expect(h.slack.violations).toEqual([]);

    // Back to English: the next triage's blurb is in English again.
    await settingsIn('English', 'en');
    h.slack.reset();
    const again = await triageViaCommand(NOTE.replace('Amara', 'Amara Okafor'), { user_id: LINGUA.userId });
    expect(blurbIn(again.view)).not.toContain('se ha postulado');
    expect(blurbIn(again.view)).toMatch(/Senior PM, Developer Platform/);
  });
});

// Runs last: everything the app logged during this suite.
describe('uninstall', () => {
  const OTHER = { teamId: 'T0OTHERCO', userId: 'U0OTHER' };
  const event = (type: object, team = TEAM) =>
    sendSigned(h.events, eventBody(type, { team_id: team }), 'application/json');
  const rowsOf = async (teamId: string) => ({
    profiles: (await h.database.db.selectFrom('profiles').select('user_id').where('team_id', '=', teamId).execute())
      .length,
    triages: (await h.database.db.selectFrom('triages').select('id').where('team_id', '=', teamId).execute()).length,
    installations: (
      await h.database.db.selectFrom('installations').select('id').where('team_id', '=', teamId).execute()
    ).length,
    events: (await h.database.db.selectFrom('slack_events').select('event_id').where('team_id', '=', teamId).execute())
      .length,
  });
  const installation = (teamId: string) =>
    h.database.db
      .insertInto('installations')
      .values({
        id: `inst-${teamId}`,
        team_id: teamId,
        enterprise_id: null,
        data: 'v1:sealed',
        created_at: '2026-11-01T00:00:00Z',
        updated_at: '2026-11-01T00:00:00Z',
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();

  it('app_uninstalled deletes every row of that workspace, keeps every other, and can come twice', async () => {
    await saveReferrerProfile(h.store);
    await h.store.profiles.save(OTHER, { teamArea: 'Growth' });
    const { triageId } = await triageViaCommand();
    await h.store.triages.create(
      OTHER,
      { source: 'cli', requestText: NOTE },
      (await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId)).result,
    );
    await h.store.events.claim('Ev0UNINSTALLTEST', TEAM);
    await installation(TEAM);
    await installation(OTHER.teamId);
    const before = await rowsOf(TEAM);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    const otherBefore = await rowsOf(OTHER.teamId);

    expect((await event({ type: 'app_uninstalled' })).status).toBe(200);
    await expect.poll(() => rowsOf(TEAM)).toEqual({ profiles: 0, triages: 0, installations: 0, events: 0 });
    const history = await h.database.db
      .selectFrom('triage_events')
      .select('id')
      .where('triage_id', '=', triageId)
      .execute();
    expect(history).toEqual([]);
    expect(await rowsOf(OTHER.teamId)).toEqual(otherBefore);

    expect((await event({ type: 'app_uninstalled' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(await rowsOf(OTHER.teamId)).toEqual(otherBefore);
  });

  it('tokens_revoked for the bot deletes that workspace’s installation, and nothing else', async () => {
    await installation(OTHER.teamId);
    await event({ type: 'tokens_revoked', tokens: { oauth: [], bot: ['U0BOT'] } }, OTHER.teamId);
    await expect.poll(async () => (await rowsOf(OTHER.teamId)).installations).toBe(0);
    expect((await rowsOf(OTHER.teamId)).profiles).toBe(1);
  });
});

describe('logs', () => {
  it('hold no request text, no token and no signing secret, and one line per handled request', () => {
    const all = h.logs.all;
    expect(h.logs.lines.length).toBeGreaterThan(20);
    for (const secret of [
      BOT_TOKEN,
      SIGNING_SECRET,
      'cut CI time by 35%',
      'Amara Okafor',
      "I'm applying for",
      'Happy to refer you',
    ]) {
      expect(all).not.toContain(secret);
    }
    const handled = h.logs.lines
      .map((l) => JSON.parse(l) as { msg: string; kind?: string; durationMs?: number })
      .filter((l) => l.msg === 'handled');
    expect(handled.length).toBeGreaterThan(20);
    expect(handled.every((l) => typeof l.kind === 'string' && typeof l.durationMs === 'number')).toBe(true);
  });
});

describe('follow-ups', () => {
  it('a second request from the same person shows the earlier decision and its date', async () => {
    const signed = (text: string) => `${text}\nBest,\nJordan Reyes`;
    const first = await triageViaCommand(signed(NOTE.replace('\nAmara', '')));
    await act(submission(first.triageId, 'one_pager', 'Could you send a one-pager?', null));
    await h.slack.waitFor('chat.postMessage');
    h.slack.reset();
    const second = await triageViaCommand(
      signed(`Just bumping this once in case it got buried. ${NOTE.replace('\nAmara', '')}`),
    );
    const view = JSON.stringify(second.view);
    expect(view).toContain('Follow-up');
    expect(view).toContain('one-pager');
    expect(view).toMatch(/<!date\^\d+\^\{date_short\}/);
    const record = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, second.triageId);
    expect(record.earlierTriageId).toBe(first.triageId);
    expect(record.result.signals.followUp.count).toBeGreaterThanOrEqual(1);
  });
});

describe('the blurb preview', () => {
  const approve = async () => {
    const { triageId } = await triageViaCommand();
    await act(submission(triageId, 'yes', 'Yes!', 'First draft. Second sentence. Third sentence.'));
    await h.slack.waitFor('chat.postMessage', 2);
    h.slack.reset();
    return triageId;
  };

  it('Edit opens a modal; saving it updates the preview in place and the blurb that will post', async () => {
    const triageId = await approve();
    await act(button(ACTIONS.editBlurb, triageId));
    const [open] = await h.slack.waitFor('views.open');
    const modal = jsonArg(open, 'view') as { callback_id: string; private_metadata: string };
    expect(modal.callback_id).toBe(VIEWS.editBlurb);
    const saved = await act({
      type: 'view_submission',
      team: { id: TEAM },
      user: { id: REFERRER, team_id: TEAM },
      view: {
        id: 'VE',
        callback_id: VIEWS.editBlurb,
        private_metadata: modal.private_metadata,
        state: {
          values: {
            [INPUTS.blurb.block]: {
              [INPUTS.blurb.action]: { type: 'plain_text_input', value: 'Edited blurb. Still three. Sentences here.' },
            },
          },
        },
      },
    });
    expect(saved.body).toBe('');
    const [update] = await h.slack.waitFor('chat.update');
    expect(update?.args).toMatchObject({ channel: 'D0REFERRER', ts: '1732550001.000100' });
    expect(String(update?.args.blocks)).toContain('Edited blurb.');
    expect((await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, triageId)).blurbText).toBe(
      'Edited blurb. Still three. Sentences here.',
    );
  });

  it('Discard marks it discarded and Post then posts nothing', async () => {
    const triageId = await approve();
    await act(button(ACTIONS.discardBlurb, triageId));
    await expect.poll(() => JSON.stringify(h.slack.callsTo('chat.update').at(-1)?.args ?? {})).toContain('Discarded');
    await act(button(ACTIONS.postBlurb, triageId));
    await h.slack.waitFor('chat.update', 2);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('the channel picker changes where the blurb goes', async () => {
    const triageId = await approve();
    await act({
      ...button(ACTIONS.blurbChannel, triageId),
      actions: [
        {
          type: 'conversations_select',
          action_id: ACTIONS.blurbChannel,
          block_id: `blurb_actions:${triageId}`,
          selected_conversation: 'C0OTHER',
          action_ts: '1',
        },
      ],
    });
    await h.slack.waitFor('chat.update');
    await act(button(ACTIONS.postBlurb, triageId));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0OTHER');
  });
});
