import { ACTIONS } from '../../src/ids.js';
import type { Store } from '../../src/store/store.js';
import { triage } from '../../src/triage/index.js';
import type { FakeSlack } from './fake-slack.js';
import { freshTrigger, interaction, REFERRER, TEAM } from './slack-requests.js';

export const OWNER = { teamId: TEAM, userId: REFERRER };

/** The referrer the end-to-end suites act as: a platform PM with one open role and a hiring channel. */
export async function saveReferrerProfile(store: Store): Promise<void> {
  await store.profiles.save(OWNER, {
    name: 'Priya',
    teamArea: 'Platform & internal tools: developer platform, CI/CD, APIs',
    openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
    hiringChannel: 'C0HIRING',
  });
}
const NOTE = "I'm applying for the platform PM role. I cut CI time 35% at Acme. Would you refer me? No worries if not.";

/** Where the app DMed the blurb preview in these suites: the message the Post button sits on. */
export const PREVIEW = { channel: 'D0REFERRER', ts: '1.2' };

/**
 * A triage the referrer has answered yes, with a blurb waiting to be posted to C0HIRING. Each fake
 * Slack given is told the preview DM exists, as it would after the app sent it.
 */
export async function approvedTriage(store: Store, ...slacks: FakeSlack[]): Promise<string> {
  for (const slack of slacks) slack.remember(PREVIEW, 'Blurb preview');
  const record = await store.triages.create(OWNER, { source: 'slash_command', requestText: NOTE }, triage(NOTE, null));
  await store.triages.recordDecision(OWNER, record.id, {
    decision: 'yes',
    replyText: 'Yes.',
    blurbText: 'A. B. C.',
    blurbChannel: 'C0HIRING',
  });
  return record.id;
}

/** The signed form body of a click on the preview's Post button. */
export function postClick(triageId: string, responseUrl?: string): string {
  return interaction({
    type: 'block_actions',
    team: { id: TEAM },
    user: { id: REFERRER, team_id: TEAM },
    trigger_id: freshTrigger(),
    ...(responseUrl ? { response_url: responseUrl } : {}),
    container: { type: 'message', channel_id: PREVIEW.channel, message_ts: PREVIEW.ts },
    actions: [
      {
        type: 'button',
        action_id: ACTIONS.postBlurb,
        block_id: `blurb_actions:${triageId}`,
        value: triageId,
        action_ts: '1',
      },
    ],
  });
}
