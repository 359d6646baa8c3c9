import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/ids.js';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { jsonArg } from '../helpers/fake-slack.js';
import { buttonClick } from '../helpers/interactions.js';
import { eventBody, freshTrigger, interaction, sendSigned, TEAM } from '../helpers/slack-requests.js';
import { answerTo, fingerprintsOf, SPRAYED_NOTE } from '../helpers/sprays.js';

/**
 * The spray check end to end, over signed HTTP through the fake Slack: the same note forwarded by
 * three referrers of one workspace, one of another workspace, and the workspace uninstalling.
 */
const NOTE = SPRAYED_NOTE;
const OTHER_TEAM = 'T0OTHERCO';
const FORM = 'application/x-www-form-urlencoded';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(() => h.slack.reset());

const answer = (referrer: string, text: string, team = TEAM) => answerTo(h, referrer, text, team);
const fingerprints = (teamId: string) => fingerprintsOf(h, teamId);

describe('the same note sent to many people at one company', () => {
  it('the third referrer sees "Also sent to 2 other people here"; counts only, never who', async () => {
    expect(await answer('U0ANA', NOTE('Ana'))).not.toContain('Also sent to');
    expect(await answer('U0BO', NOTE('Bo'))).toContain('Also sent to 1 other person here');
    const third = await answer('U0CY', NOTE('Cy'));
    expect(third).toContain('Also sent to 2 other people here');
    for (const who of ['U0ANA', 'U0BO', 'Ana', 'Bo']) expect(third).not.toContain(who);

    // The modal shows the flag among the risk flags, as a count.
    const [record] = await h.store.home.recent({ teamId: TEAM, userId: 'U0CY' }, 1);
    const before = h.slack.callsTo('views.update').length;
    await sendSigned(
      h.events,
      interaction(buttonClick(ACTIONS.openTriage, record?.id ?? '', { user: 'U0CY', channel: 'D0CY' })),
      FORM,
    );
    const updates = await h.slack.waitFor('views.update', before + 1);
    const modal = JSON.stringify(jsonArg(updates.at(-1), 'view'));
    expect(modal).toContain('Also sent to 2 other people here');
    for (const who of ['U0ANA', 'U0BO']) expect(modal).not.toContain(who);
    expect(h.slack.violations).toEqual([]);
  });

  it('a referrer in another workspace sees nothing', async () => {
    expect(await answer('U0DEE', NOTE('Dee'), OTHER_TEAM)).not.toContain('Also sent to');
    expect(await fingerprints(OTHER_TEAM)).toBe(1);
  });

  it('after app_uninstalled, the workspace’s fingerprints are gone, and only its', async () => {
    expect(await fingerprints(TEAM)).toBe(3);
    const uninstall = eventBody({ type: 'app_uninstalled' }, { team_id: TEAM });
    expect((await sendSigned(h.events, uninstall, 'application/json')).status).toBe(200);
    await expect.poll(() => fingerprints(TEAM)).toBe(0);
    const bands = await h.database.db.selectFrom('spray_bands').select('note_id').where('team_id', '=', TEAM).execute();
    expect(bands).toEqual([]);
    expect(await fingerprints(OTHER_TEAM)).toBe(1);
  });
});

describe('the workspace setting', () => {
  const settingsOpened = async (user: string) => {
    const before = h.slack.callsTo('views.update').length;
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: TEAM,
      team_domain: 'acme',
      channel_id: `D${user.slice(1)}`,
      channel_name: 'directmessage',
      user_id: user,
      user_name: 'someone',
      command: '/refer-triage',
      text: 'settings',
      api_app_id: 'A0APP',
      response_url: '',
      trigger_id: freshTrigger(),
    }).toString();
    await sendSigned(h.events, body, FORM);
    const updates = await h.slack.waitFor('views.update', before + 1);
    return JSON.stringify(jsonArg(updates.at(-1), 'view'));
  };
  const submit = (user: string, sprayChecks: boolean) =>
    sendSigned(
      h.events,
      interaction({
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: user, team_id: TEAM },
        view: {
          id: 'VS',
          callback_id: VIEWS.settings,
          state: {
            values: {
              [INPUTS.teamArea.block]: { [INPUTS.teamArea.action]: { type: 'plain_text_input', value: 'Platform' } },
              [INPUTS.retention.block]: { [INPUTS.retention.action]: { type: 'number_input', value: '90' } },
              [INPUTS.sprayChecks.block]: {
                [INPUTS.sprayChecks.action]: {
                  type: 'checkboxes',
                  selected_options: sprayChecks ? [{ value: 'on' }] : [],
                },
              },
            },
          },
        },
      }),
      FORM,
    );

  it('only an admin or owner sees it; a member who forges it is refused, checked with Slack', async () => {
    h.slack.admins.add('U0ADMIN');
    expect(await settingsOpened('U0ADMIN')).toContain('Check for the same note sent to many people here');
    expect(await settingsOpened('U0MEMBER')).not.toContain(INPUTS.sprayChecks.block);
    const forged = await submit('U0MEMBER', false);
    expect(forged.json).toMatchObject({
      response_action: 'errors',
      errors: { [INPUTS.sprayChecks.block]: expect.any(String) },
    });
    expect(await h.store.sprays.enabled(TEAM)).toBe(true);
    expect(h.slack.violations).toEqual([]);
  });

  it('an admin turns it off: no check, no fingerprint; and on again', async () => {
    expect((await submit('U0ADMIN', false)).status).toBe(200);
    expect(await h.store.sprays.enabled(TEAM)).toBe(false);
    await answer('U0ANA', NOTE('Ana'));
    expect(await answer('U0BO', NOTE('Bo'))).not.toContain('Also sent to');
    expect(await fingerprints(TEAM)).toBe(0);
    await submit('U0ADMIN', true);
    expect(await h.store.sprays.enabled(TEAM)).toBe(true);
  });
});
