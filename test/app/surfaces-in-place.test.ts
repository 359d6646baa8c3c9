import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/ids.js';
import { reminderItems } from '../../src/presenters/referrals.js';
import { triage } from '../../src/triage/index.js';
import { reminderMessage } from '../../src/views/referral-messages.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { OWNER, saveReferrerProfile } from '../helpers/blurbs.js';
import { jsonArg, type RecordedCall } from '../helpers/fake-slack.js';
import { buttonClick, submission } from '../helpers/interactions.js';
import { eventBody, interaction, REFERRER, sendSigned } from '../helpers/slack-requests.js';
import { REFERRER_PROFILE } from '../helpers/surfaces.js';

/**
 * Messages stay current, end to end over signed HTTP against the strict fake Slack: a referral's DM
 * is updated in place when it moves, from any surface, and its old buttons no longer act; the Home
 * tab is a working list with one row per person and role.
 */
const FORM = 'application/x-www-form-urlencoded';
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. Last quarter I led a launch that cut CI time by 35%. Your talk at PlatformCon is why I'm asking you. Would you refer me? No worries if not.";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(async () => {
  h.slack.reset();
  for (const table of ['reminders', 'triage_events', 'triages'] as const)
    await h.database.db.deleteFrom(table).execute();
  await saveReferrerProfile(h.store);
});

/** The reply DM is remembered just after Slack answers the post: wait for that, as a person's next click would. */
const remembered = (id: string) =>
  expect
    .poll(async () => (await h.store.triages.get(OWNER, id)).dmMessage)
    .toEqual(h.slack.lastPosted(/Your reply to/));
const act = (payload: object) => sendSigned(h.events, interaction(payload), FORM);
const blocksOf = (call: RecordedCall | undefined) => JSON.stringify(jsonArg(call, 'blocks'));
const openHome = () =>
  sendSigned(
    h.events,
    eventBody({ type: 'app_home_opened', user: REFERRER, channel: 'D0REFERRER', tab: 'home', event_ts: '1.1' }),
    'application/json',
  );

async function newTriage(
  name: string,
  requesterId: string | null,
  text = NOTE.replace('Hi Priya', `Hi Priya, ${name} here`),
) {
  const result = triage(`${text}\n${name}`, REFERRER_PROFILE);
  return h.store.triages.create(
    OWNER,
    { source: 'message', requesterId, requesterName: name, requestText: text },
    result,
  );
}

describe('a referral’s DM, updated in place', () => {
  it('moving a referral updates the original DM in place, and its old buttons no longer act', async () => {
    const t = await newTriage('Amara Okafor', 'U0AMARA01');
    await act(submission(t.id, 'yes', 'Happy to refer you, Amara.', 'Amara cut CI time by 35%.'));
    await h.slack.waitFor('chat.postMessage', 2);
    await remembered(t.id);
    const reply = h.slack.lastPosted(/Your reply to/);
    h.slack.reset();

    // A click on the reply DM: that message changes; nothing new is posted.
    await act(buttonClick(`${ACTIONS.moveStage}:referred`, t.id, reply));
    const [first] = await h.slack.waitFor('chat.update');
    expect(first?.args).toMatchObject({ channel: reply.channel, ts: reply.ts });
    expect(blocksOf(first)).toContain('referred');
    expect(blocksOf(first)).toContain(`${ACTIONS.moveStage}:hired`);
    expect(blocksOf(first)).not.toContain(`${ACTIONS.moveStage}:resume_requested`);

    // The old button, clicked again from a stale client: refused kindly, privately, and nothing moves.
    await act(
      buttonClick(`${ACTIONS.moveStage}:resume_requested`, t.id, { ...reply, responseUrl: h.slack.responseUrl('old') }),
    );
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(h.slack.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(h.slack.responses[0]?.body.text)).toMatch(/from an earlier step.*referred now.*Nothing changed/);
    expect((await h.store.triages.get(OWNER, t.id)).stage).toBe('referred');

    // A move from the Home tab updates the same DM, and Home is redrawn.
    await act({
      ...buttonClick(`${ACTIONS.moveStage}:interviewing`, t.id),
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', type: 'home', hash: 'h' },
    });
    await h.slack.waitFor('views.publish');
    const updates = await h.slack.waitFor('chat.update', 2);
    expect(updates[1]?.args).toMatchObject({ channel: reply.channel, ts: reply.ts });
    expect(blocksOf(updates[1])).toContain('interviewing');
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    expect(h.slack.violations).toEqual([]);
  });

  it('a DM that is gone (deleted) is replaced by a new one, which the next move updates', async () => {
    const t = await newTriage('Noor Haddad', 'U0NOOR001');
    await act(submission(t.id, 'yes', 'Yes, happy to.', null));
    await h.slack.waitFor('chat.postMessage');
    await remembered(t.id);
    h.slack.reset();
    h.slack.inject('chat.update', { error: 'message_not_found' });
    await act(buttonClick(`${ACTIONS.moveStage}:referred`, t.id));
    const [posted] = await h.slack.waitFor('chat.postMessage');
    expect(blocksOf(posted)).toContain('referred');
    const fresh = h.slack.lastPosted(/referred/);
    await expect.poll(async () => (await h.store.triages.get(OWNER, t.id)).dmMessage).toEqual(fresh);
    await act(buttonClick(`${ACTIONS.moveStage}:hired`, t.id));
    const updates = await h.slack.waitFor('chat.update', 2);
    expect(updates[1]?.args).toMatchObject(fresh);
    expect(h.slack.violations).toEqual([]);
  });

  it('changing the answer retires the earlier reply DM: its buttons are gone', async () => {
    const t = await newTriage('Elif Demir', 'U0ELIF001');
    await act(submission(t.id, 'one_pager', 'Could you send a one-pager?', null));
    await h.slack.waitFor('chat.postMessage');
    await remembered(t.id);
    const first = h.slack.lastPosted(/Your reply to/);
    await act(submission(t.id, 'yes', 'Actually, yes.', null));
    const [retired] = await h.slack.waitFor('chat.update');
    expect(retired?.args).toMatchObject(first);
    expect(blocksOf(retired)).toContain('You changed your answer');
    expect(blocksOf(retired)).not.toContain(ACTIONS.moveStage);
    // The new reply comes after the old one is retired: wait for it, so it lands in this test.
    const posts = await h.slack.waitFor('chat.postMessage', 2);
    expect(blocksOf(posts[1])).toContain('Actually, yes.');
    expect(h.slack.violations).toEqual([]);
  });
});

describe('a move from a reminder digest', () => {
  it('updates the referral’s DM, and in the digest only that line’s buttons become where it went', async () => {
    const t = await newTriage('Amara Okafor', 'U0AMARA01');
    const other = await newTriage('Noor Haddad', 'U0NOOR001');
    for (const x of [t, other]) {
      await act(submission(x.id, 'yes', `Yes, ${x.requesterName}.`, null));
      await h.slack.waitFor('chat.postMessage', x === t ? 1 : 2);
      await remembered(x.id);
    }
    const reply = (await h.store.triages.get(OWNER, t.id)).dmMessage;
    const records = await Promise.all([t, other].map((x) => h.store.triages.get(OWNER, x.id)));
    const digest = reminderMessage(
      reminderItems(records.map((record) => ({ record, kind: 'referral_overdue' as const }))),
    );
    const at = { channel: 'D0REFERRER', ts: '1732559999.000100' };
    h.slack.remember(at, digest.text);
    h.slack.reset();
    await act({
      ...buttonClick(`${ACTIONS.moveStage}:referred`, t.id, at),
      message: { type: 'message', ts: at.ts, text: digest.text, blocks: digest.blocks },
    });
    const updates = await h.slack.waitFor('chat.update', 2);
    expect(updates[0]?.args).toMatchObject(reply ?? {});
    expect(updates[1]?.args).toMatchObject(at);
    const blocks = blocksOf(updates[1]);
    expect(blocks).toContain('*Amara Okafor*: referred now');
    expect(blocks).not.toContain(`"value":"${t.id}","style":"primary"`);
    expect(blocks.match(new RegExp(`${ACTIONS.moveStage}:referred`, 'g'))).toHaveLength(1); // Noor's, still live
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    expect(h.slack.violations).toEqual([]);
  });
});

describe('the triage modal, reopened', () => {
  const fromModal = (actionId: string, value: string, user = REFERRER) => ({
    ...buttonClick(actionId, value, { user, responseUrl: h.slack.responseUrl(user) }),
    container: { type: 'view', view_id: 'V9' },
    view: { id: 'V9', type: 'modal', hash: 'h', private_metadata: JSON.stringify({ t: value }) },
  });

  it('a move from a reopened modal redraws it at the new stage and updates the DM in place', async () => {
    const t = await newTriage('Amara Okafor', 'U0AMARA01');
    await act(submission(t.id, 'yes', 'Happy to refer you, Amara.', null));
    await h.slack.waitFor('chat.postMessage');
    await remembered(t.id);
    const reply = h.slack.lastPosted(/Your reply to/);
    h.slack.reset();
    await act(fromModal(`${ACTIONS.moveStage}:referred`, t.id));
    const [redrawn] = await h.slack.waitFor('views.update');
    const view = JSON.stringify(jsonArg(redrawn, 'view'));
    expect(view).toContain('Now: referred');
    expect(view).toContain(`${ACTIONS.moveStage}:hired`);
    expect(view).not.toContain('"submit"');
    const [update] = await h.slack.waitFor('chat.update');
    expect(update?.args).toMatchObject(reply);
    expect(h.slack.violations).toEqual([]);
  });

  it('See the evidence pushes the evidence over the modal, for the triage’s owner only', async () => {
    const t = await newTriage('Noor Haddad', 'U0NOOR001');
    await act(fromModal(ACTIONS.showEvidence, t.id));
    const [pushed] = await h.slack.waitFor('views.push');
    expect(JSON.stringify(jsonArg(pushed, 'view'))).toContain('Why did they pick me?');
    await act(fromModal(ACTIONS.showEvidence, t.id, 'U0MALLORY'));
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(h.slack.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(h.slack.callsTo('views.push')).toHaveLength(1);
    expect(h.slack.violations).toEqual([]);
  });
});

describe('the Home tab as a working list', () => {
  it('12 referrals, 3 of them from one sender about one role, show one row for that sender and role, with the count', async () => {
    for (const name of ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo']) {
      await newTriage(`${name} Lastname`, `U0${name.toUpperCase().padEnd(7, 'X')}`);
    }
    for (let i = 0; i < 3; i++) await newTriage('Omar Haddad', 'U0OMAR001');
    h.slack.reset();
    await openHome();
    const [publish] = await h.slack.waitFor('views.publish');
    const blocks = jsonArg<{ blocks: Array<{ type: string; text?: { text: string } }> }>(publish, 'view').blocks;
    const rows = blocks.filter((b) => b.type === 'section' && b.text?.text.includes('Not answered yet since'));
    // Everything waits on the referrer and all of it is listed: ten people, each once.
    expect(rows).toHaveLength(10);
    const omar = rows.filter((b) => b.text?.text.includes('Omar Haddad'));
    expect(omar).toHaveLength(1);
    expect(omar[0]?.text?.text).toMatch(/3 notes, the first on <!date\^/);
    for (const row of rows) {
      expect(row.text?.text).toContain('*Next:* answer them');
      expect(row.text?.text.match(/not answered yet/gi)).toHaveLength(1);
    }
    expect(JSON.stringify(blocks)).not.toContain('and more');
    expect(h.slack.violations).toEqual([]);
  });
});
