import { INPUTS, VIEWS } from '../../src/ids.js';
import { freshTrigger, REFERRER, TEAM } from './slack-requests.js';

/** The triage modal submitted with this answer, reply and blurb, as Slack sends a view_submission. */
export function submission(
  triageId: string,
  answer: 'yes' | 'one_pager' | 'no',
  reply: string,
  blurb: string | null,
  user = REFERRER,
) {
  const values: Record<string, Record<string, unknown>> = {
    [INPUTS.answer.block]: { [INPUTS.answer.action]: { type: 'radio_buttons', selected_option: { value: answer } } },
    [`${INPUTS.reply.block}:${answer}`]: { [INPUTS.reply.action]: { type: 'plain_text_input', value: reply } },
  };
  if (blurb !== null)
    values[INPUTS.blurb.block] = { [INPUTS.blurb.action]: { type: 'plain_text_input', value: blurb } };
  return {
    type: 'view_submission',
    team: { id: TEAM },
    user: { id: user, team_id: TEAM },
    api_app_id: 'A0APP',
    trigger_id: freshTrigger(),
    view: {
      id: 'V1',
      callback_id: VIEWS.triage,
      private_metadata: JSON.stringify({ t: triageId }),
      state: { values },
      hash: 'h',
    },
  };
}

/** A click on a button in a message, as Slack sends a block_actions payload. */
export function buttonClick(
  actionId: string,
  value: string,
  options: { user?: string; channel?: string; ts?: string; responseUrl?: string; blockId?: string } = {},
) {
  return {
    type: 'block_actions',
    team: { id: TEAM },
    user: { id: options.user ?? REFERRER, team_id: TEAM },
    api_app_id: 'A0APP',
    trigger_id: freshTrigger(),
    ...(options.responseUrl ? { response_url: options.responseUrl } : {}),
    container: {
      type: 'message',
      channel_id: options.channel ?? 'D0REFERRER',
      message_ts: options.ts ?? '1732550001.000100',
      is_ephemeral: false,
    },
    channel: { id: options.channel ?? 'D0REFERRER' },
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: options.blockId ?? 'b',
        value,
        action_ts: '1732550002.000100',
        text: { type: 'plain_text', text: 'Button', emoji: true },
      },
    ],
  };
}
