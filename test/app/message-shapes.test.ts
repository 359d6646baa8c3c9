import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { saveReferrerProfile } from '../helpers/blurbs.js';
import { jsonArg } from '../helpers/fake-slack.js';
import { freshTrigger, interaction, REFERRER, sendDmEvent, sendSigned, TEAM } from '../helpers/slack-requests.js';

/**
 * Every shape of message Slack sends: a DM with a file, a forward with the sharer's own words, an
 * email brought into Slack, edits, deletions and bot messages. The payloads follow, field for field,
 * the ones Slack sent that MercuryTechnologies/slack-web keeps as golden test fixtures
 * (tests/golden/SlackWebhookEvent: message_file_share, share_with_message, email_message,
 * messageChange, message_deleted, message_subtype_bot_message); ids and text are ours.
 */
const REQUEST =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. Last quarter I led a launch that cut CI time by 35%. Your talk on internal tools is why I'm asking you. Would you refer me? No worries if not.";

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
const dm = (event: Record<string, unknown>) => sendDmEvent(h.events, event);
const FORM = 'application/x-www-form-urlencoded';
const latestTriage = async () => (await h.store.home.recent({ teamId: TEAM, userId: REFERRER }, 1))[0];
const file = (over: Record<string, unknown>) => ({
  id: `F0${++seq}`,
  created: 1732570000,
  timestamp: 1732570000,
  mimetype: 'application/pdf',
  filetype: 'pdf',
  pretty_type: 'PDF',
  user: REFERRER,
  mode: 'hosted',
  is_external: false,
  is_public: false,
  url_private: 'https://files.slack.com/files-pri/T0-F0/resume.pdf',
  ...over,
});
const email = (over: Record<string, unknown> = {}) =>
  file({
    name: 'Referral request',
    title: 'Referral request',
    mimetype: 'text/html',
    filetype: 'email',
    pretty_type: 'Email',
    user: 'USLACKBOT',
    mode: 'email',
    subject: 'Referral: Senior PM, Developer Platform',
    from: [{ address: 'amara@example.com', name: 'Amara Okafor', original: 'Amara Okafor <amara@example.com>' }],
    to: [{ address: '', name: 'Email', original: 'Email <>' }],
    plain_text: REQUEST,
    preview_plain_text: REQUEST.slice(0, 100),
    ...over,
  });

describe('messages in the app’s DM, in every shape Slack sends', () => {
  it('a request with a file attached (subtype file_share) is triaged, and the file is noted, not opened', async () => {
    await dm({
      subtype: 'file_share',
      user: REFERRER,
      text: REQUEST,
      upload: true,
      files: [file({ name: 'amara-resume.pdf', title: 'amara-resume.pdf' })],
    });
    const [reply] = await h.slack.waitFor('chat.postMessage');
    expect(String(reply?.args.blocks)).toContain('amara-resume.pdf (noted, not opened)');
    expect((await latestTriage())?.requestText).toBe(REQUEST);
    expect(h.slack.violations).toEqual([]);
  });

  it('a forward with the referrer’s own words is triaged on the forwarded request; their words stay theirs', async () => {
    await dm({
      user: REFERRER,
      text: 'can you look at this one?',
      attachments: [
        {
          ts: '1732560000.000100',
          author_id: 'U0AMARA',
          channel_id: 'C0COMMUNITY',
          channel_team: TEAM,
          is_msg_unfurl: true,
          is_share: true,
          color: 'D0D0D0',
          from_url: 'https://acme.slack.com/archives/C0COMMUNITY/p1732560000000100',
          fallback: `[November 25th, 2026 4:00 PM] amara: ${REQUEST}`,
          text: REQUEST,
          author_name: 'amara',
          author_subname: 'Amara Okafor',
          mrkdwn_in: ['text'],
          footer: 'Slack Conversation',
        },
      ],
    });
    const [reply] = await h.slack.waitFor('chat.postMessage');
    expect(String(reply?.args.blocks)).toContain('kept out of the triage');
    const triage = await latestTriage();
    expect(triage).toMatchObject({ requestText: REQUEST, requesterId: 'U0AMARA', requesterName: 'Amara Okafor' });
    expect(triage?.requestText).not.toContain('can you look');
  });

  it('a forwarded email is triaged from its plain text, with the sender’s name', async () => {
    await dm({
      user: REFERRER,
      text: '',
      attachments: [{ ts: '1732560000.000300', is_share: true, text: '', fallback: 'Email', files: [email()] }],
    });
    await h.slack.waitFor('chat.postMessage');
    const triage = await latestTriage();
    expect(triage?.requestText).toContain('Referral: Senior PM, Developer Platform');
    expect(triage?.requestText).toContain('cut CI time by 35%');
    expect(triage?.requesterName).toBe('Amara Okafor');
  });

  it('a reply in a triage’s thread adds to that triage: the whole note is read again, and nothing is new', async () => {
    const vague =
      "Hi Priya, I'm applying for the Senior PM, Developer Platform role. Would you refer me? No worries if not.";
    await dm({ user: REFERRER, text: vague, ts: '1732590000.000100' });
    await h.slack.waitFor('chat.postMessage');
    const first = await latestTriage();
    expect(first?.result.signals.proofPoint.present).toBe(false);
    h.slack.reset();
    // The referrer pastes the rest of the note into the thread of the app's summary.
    await dm({
      user: REFERRER,
      text: 'Last quarter I led a launch that cut CI time by 35%.',
      ts: '1732590000.000200',
      thread_ts: '1732590000.000100',
    });
    const [reply] = await h.slack.waitFor('chat.postMessage');
    expect(reply?.args.thread_ts).toBe('1732590000.000100');
    expect(String(reply?.args.blocks)).toContain('Added to the note above');
    const amended = await h.store.triages.get({ teamId: TEAM, userId: REFERRER }, String(first?.id));
    expect(amended.requestText).toContain('cut CI time by 35%');
    expect(amended.result.signals.proofPoint.present).toBe(true);
    expect(amended.result.signals.followUp.count).toBe(0);
    expect(amended.history.map((e) => e.status)).toEqual(['triaged', 'amended']);
    expect((await h.store.home.recent({ teamId: TEAM, userId: REFERRER }, 1))[0]?.id).toBe(first?.id);
  });

  it.each([
    [
      'an edit (message_changed)',
      {
        subtype: 'message_changed',
        hidden: true,
        message: { type: 'message', user: REFERRER, text: REQUEST, ts: '1732560000.000400' },
        previous_message: { type: 'message', user: REFERRER, text: 'draft', ts: '1732560000.000400' },
      },
    ],
    [
      'a deletion (message_deleted)',
      {
        subtype: 'message_deleted',
        hidden: true,
        deleted_ts: '1732560000.000500',
        previous_message: { type: 'message', user: REFERRER, text: REQUEST, ts: '1732560000.000500' },
      },
    ],
    [
      'another app’s message (subtype bot_message)',
      { subtype: 'bot_message', bot_id: 'B0OTHER', username: 'Reacji', text: REQUEST },
    ],
    ['the app’s own message (bot_id)', { user: 'U0BOT', bot_id: 'B0BOT', text: REQUEST }],
  ])('%s is skipped on purpose: no reply, no triage', async (_name, event) => {
    const before = (await h.store.home.recent({ teamId: TEAM, userId: REFERRER }, 50)).length;
    expect((await dm(event)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    expect((await h.store.home.recent({ teamId: TEAM, userId: REFERRER }, 50)).length).toBe(before);
  });
});

describe('the message shortcut on an email brought into Slack', () => {
  const shortcutOn = (message: Record<string, unknown>) =>
    sendSigned(
      h.events,
      interaction({
        type: 'message_action',
        callback_id: SHORTCUTS.triageMessage,
        trigger_id: freshTrigger(),
        response_url: h.slack.responseUrl('sc'),
        team: { id: TEAM, domain: 'acme' },
        user: { id: REFERRER, name: 'priya', team_id: TEAM },
        channel: { id: 'C0INBOX', name: 'inbox' },
        message_ts: '1732580000.000100',
        message: {
          type: 'message',
          subtype: 'file_share',
          user: 'USLACKBOT',
          bot_id: 'B0EMAIL',
          display_as_bot: true,
          upload: true,
          text: '',
          ts: '1732580000.000100',
          ...message,
        },
      }),
      FORM,
    );

  it('reads the email’s plain text, and names its sender (not Slackbot)', async () => {
    await shortcutOn({ files: [email()] });
    const [update] = await h.slack.waitFor('views.update');
    expect((jsonArg(update, 'view') as { callback_id: string }).callback_id).toBe('triage_decision');
    const triage = await latestTriage();
    expect(triage).toMatchObject({ requesterName: 'Amara Okafor', requesterId: null });
    expect(triage?.requestText).toContain('cut CI time by 35%');
    expect(h.slack.callsTo('users.info')).toEqual([]);
  });

  it('fetches the text with files.info when the payload leaves it out', async () => {
    const full = email();
    h.slack.files.set(String(full.id), full);
    await shortcutOn({ files: [{ ...full, plain_text: undefined, preview_plain_text: undefined }] });
    await h.slack.waitFor('views.update');
    expect(h.slack.callsTo('files.info')[0]?.args.file).toBe(full.id);
    expect((await latestTriage())?.requestText).toContain('cut CI time by 35%');
  });
});
