import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, SHORTCUTS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { OWNER, postClick, saveReferrerProfile } from '../helpers/blurbs.js';
import { jsonArg, type RecordedCall } from '../helpers/fake-slack.js';
import { buttonClick, submission } from '../helpers/interactions.js';
import {
  eventBody,
  freshTrigger,
  interaction,
  REFERRER,
  sendDmEvent,
  sendSigned,
  slashCommand,
  TEAM,
} from '../helpers/slack-requests.js';

/**
 * The referral after the first answer, over signed HTTP through the fake Slack: the one-pager that
 * was asked for, the referrer's moves, the drafts for the candidate, and word from the hiring channel.
 */
const FIRST =
  "Hi Priya, your talk on internal tools at PlatformCon is why I'm writing to you. I'm applying for the Senior PM, Developer Platform role. I've worked on build systems at a fintech for four years. Would you consider referring me? No worries if not.\nElif";
const ONE_PAGER =
  'Hi Priya, as you suggested, here is my one-pager.\n- Role: Senior PM, Developer Platform, https://careers.example.com/jobs/4821\n- Led the CI migration: median build time went from 30 to 8 minutes in two quarters\nThanks for taking a look.\nElif';
const VAGUE =
  'Hi Priya, thanks for replying! A bit more about me: I am passionate about developer experience and love working with engineers. I think I would be a great fit for your team.\nElif';
const FORM = 'application/x-www-form-urlencoded';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(async () => {
  h.slack.reset();
  await saveReferrerProfile(h.store);
});

let seq = 0;
const act = (payload: object) => sendSigned(h.events, interaction(payload), FORM);
/** A message in the app's DM, from the referrer. */
const dmEvent = (fields: Record<string, unknown>) => sendDmEvent(h.events, { user: REFERRER, ...fields });
/** A message forwarded into the app's DM: the candidate's own message, shared with its author. */
const forward = (text: string, author = 'U0ELIF') => ({
  sent: dmEvent({
    text: '',
    attachments: [
      {
        ts: `1732570000.00${seq}00`,
        author_id: author,
        channel_id: 'C0COMMUNITY',
        channel_team: TEAM,
        is_msg_unfurl: true,
        is_share: true,
        from_url: `https://acme.slack.com/archives/C0COMMUNITY/p17325700000${seq}00`,
        fallback: text,
        text,
        author_name: 'elif',
        author_subname: 'Elif Demir',
        mrkdwn_in: ['text'],
      },
    ],
  }),
});
const triages = () => h.store.home.recent(OWNER, 50);
const lastDm = async (count = 1) => (await h.slack.waitFor('chat.postMessage', count)).at(-1);
/** The referral's DM as a move left it: updated in place, not posted again. */
const lastUpdate = async (count = 1) => (await h.slack.waitFor('chat.update', count)).at(-1);
const blocksOf = (call: RecordedCall | undefined) => JSON.stringify(jsonArg(call, 'blocks'));

/** A new candidate for each test, so no test's request is another's earlier one. */
const newCandidate = () => `U0CAND${++seq}`;

/** A request forwarded in and answered "send me a one-pager" through the modal. */
async function askedForOnePager(author: string): Promise<string> {
  await forward(FIRST, author).sent;
  await lastDm();
  const [first] = await triages();
  expect(first?.result.recommendation).toBe('one_pager');
  await act(submission(first?.id ?? '', 'one_pager', 'Could you send me a one-pager?', null));
  await h.slack.waitFor('chat.postMessage', 2);
  h.slack.reset();
  return first?.id ?? '';
}

describe('the one-pager that was asked for', () => {
  it('forwarded into the DM, it joins its first note’s triage: judged together, not a bump, and a yes', async () => {
    const author = newCandidate();
    const id = await askedForOnePager(author);
    const before = (await triages()).length;
    await forward(ONE_PAGER, author).sent;
    const reply = await lastDm();
    expect(blocksOf(reply)).toContain(
      'The one-pager you asked for. Read with their first note. Now has: a proof point and the role link.',
    );
    expect((await triages()).length).toBe(before);
    const record = await h.store.triages.get(OWNER, id);
    expect(record).toMatchObject({ stage: 'one_pager_received', decision: 'pending', onePagerText: ONE_PAGER });
    expect(record.result.recommendation).toBe('yes');
    expect(record.result.signals.followUp.present).toBe(false);

    // The modal shows both notes and what changed.
    await act(buttonClick(ACTIONS.openTriage, id));
    // A loading view opens at once, then the triage replaces it.
    const updates = await h.slack.waitFor('views.update');
    const modal = JSON.stringify(jsonArg(updates.at(-1), 'view'));
    expect(modal).toContain('One-pager received.');
    expect(modal).toContain('The first note');
    expect(modal).toContain('The one-pager');
    expect(h.slack.violations).toEqual([]);
  });

  it('a reply in the triage’s DM thread is the one-pager; still vague, it is not a yes and the draft names what is missing', async () => {
    const id = await askedForOnePager(newCandidate());
    const record = await h.store.triages.get(OWNER, id);
    await dmEvent({ thread_ts: record.messageTs, text: VAGUE });
    await lastDm();
    const after = await h.store.triages.get(OWNER, id);
    expect(after.stage).toBe('one_pager_received');
    expect(after.result.recommendation).not.toBe('yes');
    expect(after.result.drafts?.one_pager).toMatch(/still missing is a concrete result/);
  });

  it('by message shortcut on the candidate’s message, the modal opens on both notes', async () => {
    const author = newCandidate();
    await askedForOnePager(author);
    await act({
      type: 'message_action',
      callback_id: SHORTCUTS.triageMessage,
      team: { id: TEAM },
      user: { id: REFERRER, team_id: TEAM },
      channel: { id: 'D0ELIF', name: 'directmessage' },
      trigger_id: freshTrigger(),
      response_url: h.slack.responseUrl('sc'),
      message_ts: '1732599999.000100',
      message: { type: 'message', user: author, ts: '1732599999.000100', text: ONE_PAGER },
    });
    const updates = await h.slack.waitFor('views.update');
    const modal = JSON.stringify(jsonArg(updates.at(-1), 'view'));
    expect(modal).toContain('One-pager received.');
    expect(modal).toContain('Yes: refer them');
  });

  it('pasted with /refer-triage, it joins its first note by the same sign-off when it says it is the one-pager', async () => {
    const sign = (text: string) => `${text.replace(/\nElif$/, '')}\nBest,\nMara Lindqvist`;
    await sendSigned(h.events, slashCommand(sign(FIRST)), FORM);
    await h.slack.waitFor('views.update');
    const [first] = await triages();
    expect(first?.requesterName).toBe('Mara Lindqvist');
    await act(submission(first?.id ?? '', 'one_pager', 'Could you send me a one-pager?', null));
    await lastDm();
    h.slack.reset();
    await sendSigned(h.events, slashCommand(sign(ONE_PAGER)), FORM);
    const updates = await h.slack.waitFor('views.update');
    expect(JSON.stringify(jsonArg(updates.at(-1), 'view'))).toContain('One-pager received.');
    const [latest] = await triages();
    expect(latest?.id).toBe(first?.id);
    expect(latest?.stage).toBe('one_pager_received');
  });

  it('after the ask, a message that only chases is a bump of its own, not the one-pager', async () => {
    const author = newCandidate();
    const id = await askedForOnePager(author);
    await forward('Hi Priya, just bumping this in case it got buried. Would love to hear back!\nElif', author).sent;
    await lastDm();
    const [latest] = await triages();
    expect(latest?.id).not.toBe(id);
    expect(latest?.earlierTriageId).toBe(id);
    expect(latest?.result.signals.followUp.present).toBe(true);
    expect((await h.store.triages.get(OWNER, id)).stage).toBe('one_pager_requested');
  });

  it('a second, unsolicited message before any decision still counts as a bump', async () => {
    const author = newCandidate();
    await forward(FIRST, author).sent;
    await lastDm();
    await forward(FIRST.replace('Would you', 'Just checking in again: would you'), author).sent;
    await lastDm(2);
    const [latest, first] = await triages();
    expect(latest?.earlierTriageId).toBe(first?.id);
    expect(latest?.result.signals.followUp).toMatchObject({ present: true });
    expect(first?.stage).toBe('undecided');
  });
});

describe('a yes, followed to the end', () => {
  async function saidYes(): Promise<string> {
    await forward(FIRST.replace('Would you', 'I cut CI time by 35% last year. Would you'), newCandidate()).sent;
    await lastDm();
    const [t] = await triages();
    h.slack.reset();
    await act(submission(t?.id ?? '', 'yes', 'Happy to refer you!', 'Amara cut CI time by 35%.'));
    const [reply] = await h.slack.waitFor('chat.postMessage', 2);
    // The reply DM is remembered as the referral's DM just after Slack answers; a person's next click comes later.
    const replyDm = h.slack.lastPosted(/Your reply to/);
    await expect.poll(async () => (await h.store.triages.get(OWNER, t?.id ?? '')).dmMessage).toEqual(replyDm);
    // The reply DM carries the next moves.
    expect(blocksOf(reply)).toContain(`${ACTIONS.moveStage}:referred`);
    expect(blocksOf(reply)).toContain(`${ACTIONS.moveStage}:resume_requested`);
    h.slack.reset();
    return t?.id ?? '';
  }

  it('each move is a button; referred and the outcome each bring a note for the candidate', async () => {
    const id = await saidYes();
    await act(buttonClick(`${ACTIONS.moveStage}:resume_requested`, id));
    expect(blocksOf(await lastUpdate())).toContain('résumé requested');
    await act(buttonClick(`${ACTIONS.moveStage}:referred`, id));
    const referred = await lastUpdate(2);
    expect(blocksOf(referred)).toContain("I've submitted your referral");
    expect(blocksOf(referred)).toContain(`${ACTIONS.moveStage}:hired`);
    await act(buttonClick(`${ACTIONS.moveStage}:not_moving_forward`, id));
    expect(blocksOf(await lastUpdate(3))).toContain('isn');
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    const record = await h.store.triages.get(OWNER, id);
    expect(record.history.map((e) => e.status)).toEqual([
      'triaged',
      'yes',
      'resume_requested',
      'referred',
      'not_moving_forward',
    ]);
    expect(h.slack.violations).toEqual([]);
  });

  it('every other move: decided again after the one-pager, interviewing, hired, withdrawn, and a no closes', async () => {
    const author = newCandidate();
    const asked = await askedForOnePager(author);
    await forward(ONE_PAGER, author).sent;
    await lastDm();
    h.slack.reset();
    await act(submission(asked, 'yes', 'Happy to refer you!', 'Elif took builds from 30 to 8 minutes.'));
    await h.slack.waitFor('chat.postMessage', 2);
    const replyDm = h.slack.lastPosted(/Your reply to/);
    await expect.poll(async () => (await h.store.triages.get(OWNER, asked)).dmMessage).toEqual(replyDm);
    expect((await h.store.triages.get(OWNER, asked)).stage).toBe('yes');
    h.slack.reset();
    for (const [to, draft] of [
      ['referred', "I've submitted your referral"],
      ['interviewing', 'glad to hear you'],
      ['hired', 'congratulations on'],
    ] as const) {
      await act(buttonClick(`${ACTIONS.moveStage}:${to}`, asked));
      const dm = await lastUpdate(['referred', 'interviewing', 'hired'].indexOf(to) + 1);
      expect(blocksOf(dm)).toContain(draft);
    }
    expect((await h.store.triages.get(OWNER, asked)).history.map((e) => e.status)).toEqual([
      'triaged',
      'one_pager_requested',
      'one_pager_received',
      'yes',
      'referred',
      'interviewing',
      'hired',
    ]);

    h.slack.reset();
    const withdrawing = await saidYes();
    await act(buttonClick(`${ACTIONS.moveStage}:withdrawn`, withdrawing));
    expect(blocksOf(await lastUpdate())).toContain("you've withdrawn");
    expect((await h.store.triages.get(OWNER, withdrawing)).stage).toBe('withdrawn');

    h.slack.reset();
    await forward(FIRST, newCandidate()).sent;
    await lastDm();
    const [declined] = await triages();
    await act(submission(declined?.id ?? '', 'no', 'Thanks, but I will pass.', null));
    await lastDm(2);
    expect((await h.store.triages.get(OWNER, declined?.id ?? '')).stage).toBe('closed');
    expect(h.slack.violations).toEqual([]);
  });

  it('someone else’s click on the referrer’s button is refused privately, and nothing moves', async () => {
    const id = await saidYes();
    await act(
      buttonClick(`${ACTIONS.moveStage}:referred`, id, { user: 'U0MALLORY', responseUrl: h.slack.responseUrl('m') }),
    );
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(h.slack.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect((await h.store.triages.get(OWNER, id)).stage).toBe('yes');
  });

  it('a stale button (a move the stage no longer allows) says so and changes nothing', async () => {
    const id = await saidYes();
    await act(buttonClick(`${ACTIONS.moveStage}:referred`, id));
    await lastUpdate();
    await act(buttonClick(`${ACTIONS.moveStage}:resume_requested`, id, { responseUrl: h.slack.responseUrl('s') }));
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(String(h.slack.responses[0]?.body.text)).toMatch(
      /referral is referred now, so it cannot be marked résumé requested\. Nothing changed/,
    );
    expect((await h.store.triages.get(OWNER, id)).stage).toBe('referred');
  });
});

describe('word back from the hiring channel', () => {
  async function posted(): Promise<{ id: string; ts: string }> {
    const { approvedTriage } = await import('../helpers/blurbs.js');
    const id = await approvedTriage(h.store, h.slack);
    await sendSigned(h.events, postClick(id), FORM);
    // A DM from the test before (the news of a changed vote) may still arrive first: wait for the post itself.
    const hiringPost = () => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0HIRING');
    await expect.poll(hiringPost).toBeDefined();
    const post = hiringPost();
    expect(blocksOf(post)).toContain(ACTIONS.voteInterested);
    // The preview in the referrer's DM is updated twice: posting, then posted.
    await h.slack.waitFor('chat.update', 2);
    h.slack.reset();
    return { id, ts: (await h.store.triages.get(OWNER, id)).blurbTs ?? '' };
  }
  const vote = (action: string, id: string, ts: string, user: string) =>
    act(buttonClick(action, id, { user, channel: 'C0HIRING', ts, responseUrl: h.slack.responseUrl(user) }));

  it('a click records who, updates the post in place, and DMs the referrer the news with a draft', async () => {
    const { id, ts } = await posted();
    await vote(ACTIONS.voteInterested, id, ts, 'U0HIRINGMGR');
    const [update] = await h.slack.waitFor('chat.update');
    expect(update?.args).toMatchObject({ channel: 'C0HIRING', ts });
    expect(blocksOf(update)).toContain('*Interested:* <@U0HIRINGMGR>');
    const news = (await h.slack.waitFor('chat.postMessage')).at(-1);
    expect(blocksOf(news)).toContain('<@U0HIRINGMGR> in <#C0HIRING> is interested');
    expect(blocksOf(news)).toContain('someone on the hiring team has read about you');

    // The same click again changes nothing and tells no one; a changed mind counts.
    await vote(ACTIONS.voteInterested, id, ts, 'U0HIRINGMGR');
    await new Promise((r) => setTimeout(r, 150));
    expect(h.slack.callsTo('chat.update')).toHaveLength(1);
    await vote(ACTIONS.voteNotAFit, id, ts, 'U0HIRINGMGR');
    const updates = await h.slack.waitFor('chat.update', 2);
    expect(blocksOf(updates[1])).toContain('*Not a fit:* <@U0HIRINGMGR>');
    expect(blocksOf(updates[1])).not.toContain('*Interested:*');
    // The changed mind's news DM comes after the post's update: wait for it, so it lands in this test.
    await h.slack.waitFor('chat.postMessage', 2);
    expect(h.slack.violations).toEqual([]);
  });

  it('the referrer cannot vote on their own candidate, and a click on a post the app did not make counts for nothing', async () => {
    const { id, ts } = await posted();
    await vote(ACTIONS.voteInterested, id, ts, REFERRER);
    await expect.poll(() => h.slack.responses.length).toBe(1);
    expect(String(h.slack.responses[0]?.body.text)).toMatch(/You referred this candidate/);
    await vote(ACTIONS.voteInterested, id, '1732000000.000999', 'U0HIRINGMGR');
    await expect.poll(() => h.slack.responses.length).toBe(2);
    expect(h.slack.callsTo('chat.update')).toHaveLength(0);
    expect(await h.store.votes.tally(id)).toEqual({ interested: [], notAFit: [] });
  });
});

describe('the App Home pipeline', () => {
  it('shows waiting on you, waiting on them and closed, each item opening its triage; a move from Home refreshes it', async () => {
    const author = newCandidate();
    const asked = await askedForOnePager(author);
    await forward(FIRST.replace('Elif', 'Noor'), newCandidate()).sent;
    await lastDm();
    await sendSigned(
      h.events,
      eventBody({
        type: 'app_home_opened',
        user: REFERRER,
        channel: 'D0REFERRER',
        tab: 'home',
        event_ts: '1732600000.000100',
      }),
      'application/json',
    );
    const [home] = await h.slack.waitFor('views.publish');
    const view = JSON.stringify(jsonArg(home, 'view'));
    for (const column of ['Waiting on you', 'Waiting on them', 'Closed in the last 30 days'])
      expect(view).toContain(column);
    expect(view).toContain('One-pager requested since');
    expect(view).toContain(`"value":"${asked}"`);
    expect(view).toContain(`${ACTIONS.moveStage}:closed`);
    expect(h.slack.violations).toEqual([]);

    h.slack.reset();
    await act({
      ...buttonClick(`${ACTIONS.moveStage}:closed`, asked),
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', type: 'home', hash: 'h' },
    });
    const [republished] = await h.slack.waitFor('views.publish');
    expect(JSON.stringify(jsonArg(republished, 'view'))).toMatch(/Closed since/);
    expect((await h.store.triages.get(OWNER, asked)).stage).toBe('closed');
  });
});
