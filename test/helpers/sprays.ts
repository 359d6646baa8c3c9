import { expect } from 'vitest';
import type { Harness } from './app-harness.js';
import { jsonArg } from './fake-slack.js';
import { eventBody, sendSigned, TEAM } from './slack-requests.js';

/** The same note, greeting each referrer by name: what a spray looks like. */
export const SPRAYED_NOTE = (name: string) =>
  `Hi ${name}, I hope this finds you well! I'm applying for the Senior PM, Developer Platform role at your company. I led the CI migration at a fintech that cut median build time from 30 to 8 minutes in two quarters. Would you be willing to refer me? No worries at all if not.\nMaya`;

let seq = 0;

/** The candidate's Slack message, forwarded by a referrer into the app's DM, as Slack sends message.im. */
export function forwardNote(h: Harness, referrer: string, text: string, team = TEAM) {
  seq++;
  const event = {
    type: 'message',
    channel: `D${referrer.slice(1)}`,
    channel_type: 'im',
    team,
    user: referrer,
    ts: `1732580000.${String(seq).padStart(6, '0')}`,
    text: '',
    attachments: [
      {
        ts: `1732570000.00${seq}00`,
        author_id: 'U0MAYA',
        channel_id: 'C0COMMUNITY',
        channel_team: team,
        is_msg_unfurl: true,
        is_share: true,
        from_url: `https://acme.slack.com/archives/C0COMMUNITY/p17325700000${seq}00`,
        fallback: text,
        text,
        author_name: 'maya',
        author_subname: 'Maya Lee',
        mrkdwn_in: ['text'],
      },
    ],
  };
  return sendSigned(h.events, eventBody(event, { team_id: team }), 'application/json');
}

/** Forwards a note and returns the thread summary the referrer got back, as text. */
export async function answerTo(h: Harness, referrer: string, text: string, team = TEAM): Promise<string> {
  const before = h.slack.callsTo('chat.postMessage').length;
  expect((await forwardNote(h, referrer, text, team)).status).toBe(200);
  const calls = await h.slack.waitFor('chat.postMessage', before + 1);
  return JSON.stringify(jsonArg(calls.at(-1), 'blocks'));
}

/** How many fingerprints a workspace holds. */
export async function fingerprintsOf(h: Harness, teamId: string): Promise<number> {
  return (await h.database.db.selectFrom('spray_notes').select('id').where('team_id', '=', teamId).execute()).length;
}
