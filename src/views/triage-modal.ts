import type { types } from '@slack/bolt';
import { INPUTS, VIEWS } from '../ids.js';
import type { TriageRecord } from '../store/schema.js';
import { type Recommendation, RISK_SIGNALS, type SignalName, type TriageResult } from '../triage/index.js';
import { ANSWER_LABEL, DECISION_LABEL, RECOMMENDATION_TITLE } from './labels.js';
import { clip, context, divider, escapeMrkdwn, header, mrkdwn, plain, quoted, section, slackDate } from './text.js';

export interface EarlierTriage {
  decision: TriageRecord['decision'];
  createdAt: string;
}

export interface TriageModalInput {
  record: Pick<TriageRecord, 'id' | 'result' | 'requestText' | 'requesterName'>;
  /** The answer the referrer has chosen so far; the recommendation until they change it. */
  answer: Recommendation;
  hiringChannel: string | null;
  earlier: EarlierTriage | null;
  hasProfile: boolean;
}

const QUESTIONS: ReadonlyArray<readonly [string, SignalName | 'summary']> = [
  ['Why me?', 'whyMe'],
  ['Which role?', 'roleNamed'],
  ['What makes them relevant?', 'proofPoint'],
  ['One sentence?', 'summary'],
  ['Easy to say no?', 'gracefulExit'],
];
const RISK_LABEL: Record<string, string> = {
  flattery: 'Flattery',
  adviceOnly: 'Advice only',
  pressure: 'Pressure',
  followUp: 'Follow-up',
  placeholder: 'Template placeholder',
  tooLong: 'Too long',
  tooShort: 'Too short',
  resumeDump: 'Résumé dump',
  noAsk: 'No ask',
  broadcast: 'Sent to everyone',
};

/** The metadata a triage view carries: only the id. Ownership is checked on the server, never trusted from here. */
export function triageMetadata(triageId: string): string {
  return JSON.stringify({ t: triageId });
}

export function readTriageMetadata(metadata: string | undefined): string | null {
  try {
    const parsed = JSON.parse(metadata ?? '') as { t?: unknown };
    return typeof parsed.t === 'string' && /^[0-9a-f-]{36}$/.test(parsed.t) ? parsed.t : null;
  } catch {
    return null;
  }
}

function questionFields(result: TriageResult): types.MrkdwnElement[] {
  return QUESTIONS.map(([question, key]) => {
    const answer =
      key === 'summary' ? { present: result.summary !== null, evidence: result.summary } : result.signals[key];
    const mark = answer.present ? ':white_check_mark:' : ':x:';
    const evidence = answer.evidence ? `\n${quoted(clip(answer.evidence, 280), 1800)}` : '';
    return mrkdwn(`${mark} *${question}*${evidence}`, 2000);
  });
}

function riskText(result: TriageResult): string {
  const raised = RISK_SIGNALS.filter((name) => result.signals[name].present);
  if (raised.length === 0) return '*Risk flags:* none';
  const lines = raised.map((name) => {
    const s = result.signals[name];
    const count = name === 'followUp' ? ` (${result.signals.followUp.count})` : '';
    return `• *${RISK_LABEL[name]}${count}*${s.evidence ? `: “${escapeMrkdwn(clip(s.evidence, 160))}”` : ''}`;
  });
  return `*Risk flags*\n${lines.join('\n')}`;
}

/** The full triage: the answer and why first, then the evidence, then the reply and blurb to edit. */
export function buildTriageModal(input: TriageModalInput): types.ModalView {
  const { record, answer } = input;
  const result = record.result;
  const reasonLines = result.reasons
    // The fit has its own line just below.
    .filter((r) => !r.startsWith('Fit: '))
    .slice(0, 5)
    .map((r) => `• ${escapeMrkdwn(r)}`)
    .join('\n');
  const blocks: types.KnownBlock[] = [
    header(RECOMMENDATION_TITLE[result.recommendation]),
    section(reasonLines || escapeMrkdwn(result.fit.explanation)),
    context(
      `*Fit: ${result.fit.level}.* ${escapeMrkdwn(result.fit.explanation)}${
        result.fit.matched.length ? ` Matched: ${escapeMrkdwn(result.fit.matched.slice(0, 6).join(', '))}.` : ''
      }`,
    ),
  ];
  if (!input.hasProfile) {
    blocks.push(
      context(':gear: Set your team area in the app’s Home tab (or `/refer-triage settings`) so fit can be checked.'),
    );
  }
  if (input.earlier) {
    blocks.push(
      context(
        `:repeat: *Follow-up:* they asked you before on ${slackDate(input.earlier.createdAt)}; you answered *${DECISION_LABEL[input.earlier.decision]}*.`,
      ),
    );
  }
  blocks.push(divider, { type: 'section', fields: questionFields(result) }, section(riskText(result)), divider);
  blocks.push({
    type: 'input',
    block_id: INPUTS.answer.block,
    dispatch_action: true,
    label: plain('Your answer'),
    element: {
      type: 'radio_buttons',
      action_id: INPUTS.answer.action,
      initial_option: { text: plain(ANSWER_LABEL[answer], 75), value: answer },
      options: (['yes', 'one_pager', 'no'] as const).map((value) => ({
        text: plain(`${ANSWER_LABEL[value]}${value === result.recommendation ? ' (recommended)' : ''}`, 75),
        value,
      })),
    },
  });
  blocks.push({
    type: 'input',
    // The block id changes with the answer so Slack shows the new draft instead of keeping the old text.
    block_id: `${INPUTS.reply.block}:${answer}`,
    label: plain('Reply to send them (you copy it from your DM)'),
    element: {
      type: 'plain_text_input',
      action_id: INPUTS.reply.action,
      multiline: true,
      max_length: 3000,
      initial_value: clip(result.drafts[answer], 3000),
    },
  });
  if (answer !== 'no' && result.blurb) {
    blocks.push({
      type: 'input',
      block_id: INPUTS.blurb.block,
      optional: true,
      label: plain('Blurb for the hiring channel'),
      hint: plain(
        answer === 'yes'
          ? 'You get a preview in your DM; nothing is posted until you click Post.'
          : 'Kept with the triage; only a yes posts a blurb.',
      ),
      element: {
        type: 'plain_text_input',
        action_id: INPUTS.blurb.action,
        multiline: true,
        max_length: 3000,
        initial_value: clip(result.blurb, 3000),
      },
    });
  }
  if (answer === 'yes') {
    blocks.push({
      type: 'input',
      block_id: INPUTS.channel.block,
      optional: true,
      label: plain('Hiring channel'),
      hint: plain('Defaults to the channel in your profile.'),
      element: {
        type: 'conversations_select',
        action_id: INPUTS.channel.action,
        placeholder: plain('Pick a channel', 150),
        ...(input.hiringChannel ? { initial_conversation: input.hiringChannel } : {}),
        filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
      },
    });
  }
  const who = record.requesterName ? ` from ${escapeMrkdwn(record.requesterName)}` : '';
  blocks.push(divider, section(`*The note${who}*\n${quoted(record.requestText, 2900 - who.length)}`));
  return {
    type: 'modal',
    callback_id: VIEWS.triage,
    private_metadata: triageMetadata(record.id),
    title: plain('Referral triage', 24),
    submit: plain('Save and DM me', 24),
    close: plain('Cancel', 24),
    blocks,
  };
}
