import type { types } from '@slack/bolt';
import { INPUTS, VIEWS } from '../ids.js';
import type { FitLevel, QuestionRow, Recommendation, RiskRow } from '../triage/index.js';
import { ANSWER_LABEL, verdictTitle } from './labels.js';
import { clip, context, divider, escapeMrkdwn, header, mrkdwn, plain, quoted, section, slackDate } from './text.js';

/** Everything the triage modal shows, as plain data. */
export interface TriageModalModel {
  triageId: string;
  /** Null for a note in a language the triage does not read: the referrer answers by hand. */
  recommendation: Recommendation | null;
  /** The answer the referrer has chosen so far; the recommendation until they change it. */
  answer: Recommendation | null;
  /** The note's language, when it is not English ("Written in Spanish"). */
  language: string | null;
  /** Why, without the fit line (the fit has a line of its own). */
  reasons: string[];
  fit: { level: FitLevel; explanation: string; matched: string[] };
  questions: QuestionRow[];
  risks: RiskRow[];
  drafts: Record<Recommendation, string>;
  blurb: string | null;
  requestText: string;
  /** The one-pager the referrer asked for, when it came, and what it changed. */
  onePager: { text: string; change: string } | null;
  requesterName: string | null;
  hiringChannel: string | null;
  /** The sender asked before: when, and what the referrer answered then. */
  earlier: { answeredAs: string; createdAt: string } | null;
  hasProfile: boolean;
}

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

function questionFields(questions: QuestionRow[]): types.MrkdwnElement[] {
  return questions.map((q) => {
    const mark = q.answered ? ':white_check_mark:' : ':x:';
    const evidence = q.evidence ? `\n${quoted(clip(q.evidence, 280), 1800)}` : '';
    return mrkdwn(`${mark} *${q.label}*${evidence}`, 2000);
  });
}

function riskText(risks: RiskRow[]): string {
  if (risks.length === 0) return '*Risk flags:* none';
  const lines = risks.map((r) => {
    const count = r.count ? ` (${r.count})` : '';
    return `• *${r.label}${count}*${r.evidence ? `: “${escapeMrkdwn(clip(r.evidence, 160))}”` : ''}`;
  });
  return `*Risk flags*\n${lines.join('\n')}`;
}

function answerOptions(recommended: Recommendation | null): types.Option[] {
  return (['yes', 'one_pager', 'no'] as const).map((value) => ({
    text: plain(`${ANSWER_LABEL[value]}${value === recommended ? ' (recommended)' : ''}`, 75),
    value,
  }));
}

/** The answer and why: the verdict, its reasons, the fit, and notes on the profile and earlier asks. */
function verdictBlocks(model: TriageModalModel): types.KnownBlock[] {
  const reasonLines = model.reasons
    .slice(0, 5)
    .map((r) => `• ${escapeMrkdwn(r)}`)
    .join('\n');
  const matched = model.fit.matched.length
    ? ` Matched: ${escapeMrkdwn(model.fit.matched.slice(0, 6).join(', '))}.`
    : '';
  const blocks: types.KnownBlock[] = [
    header(verdictTitle(model.recommendation)),
    section(reasonLines || escapeMrkdwn(model.fit.explanation)),
    ...(model.language ? [context(`:speech_balloon: ${escapeMrkdwn(model.language)}`)] : []),
    context(`*Fit: ${model.fit.level}.* ${escapeMrkdwn(model.fit.explanation)}${matched}`),
  ];
  if (!model.hasProfile) {
    blocks.push(
      context(':gear: Set your team area in the app’s Home tab (or `/refer-triage settings`) so fit can be checked.'),
    );
  }
  if (model.onePager) {
    blocks.push(context(`:page_facing_up: *One-pager received.* ${escapeMrkdwn(model.onePager.change)}`));
  }
  if (model.earlier) {
    blocks.push(
      context(
        `:repeat: *Follow-up:* they asked you before on ${slackDate(model.earlier.createdAt)}; you answered *${model.earlier.answeredAs}*.`,
      ),
    );
  }
  return blocks;
}

function textInput(
  block: string,
  action: string,
  label: string,
  initial: string,
  extra: Partial<types.InputBlock> = {},
): types.InputBlock {
  return {
    type: 'input',
    block_id: block,
    label: plain(label),
    element: {
      type: 'plain_text_input',
      action_id: action,
      multiline: true,
      max_length: 3000,
      initial_value: clip(initial, 3000),
    },
    ...extra,
  };
}

/** What the referrer edits: the answer, the reply for it, and for a yes the blurb and where it goes. */
function answerBlocks(model: TriageModalModel): types.KnownBlock[] {
  const { answer } = model;
  const options = answerOptions(model.recommendation);
  const blocks: types.KnownBlock[] = [
    {
      type: 'input',
      block_id: INPUTS.answer.block,
      dispatch_action: true,
      label: plain('Your answer'),
      element: {
        type: 'radio_buttons',
        action_id: INPUTS.answer.action,
        // Slack refuses an initial_option that is not identical to one of the options, so it is picked from them.
        initial_option: options.find((o) => o.value === answer),
        options,
      },
    },
    // The block id changes with the answer so Slack shows the new draft instead of keeping the old text.
    textInput(
      `${INPUTS.reply.block}:${answer ?? 'none'}`,
      INPUTS.reply.action,
      'Reply to send them (you copy it from your DM)',
      answer ? model.drafts[answer] : '',
    ),
  ];
  if (answer !== 'no' && model.blurb) {
    const hint =
      answer === 'yes'
        ? 'You get a preview in your DM; nothing is posted until you click Post.'
        : 'Kept with the triage; only a yes posts a blurb.';
    blocks.push(
      textInput(INPUTS.blurb.block, INPUTS.blurb.action, 'Blurb for the hiring channel', model.blurb, {
        optional: true,
        hint: plain(hint),
      }),
    );
  }
  if (answer === 'yes') blocks.push(channelInput(model.hiringChannel));
  return blocks;
}

function channelInput(hiringChannel: string | null): types.InputBlock {
  return {
    type: 'input',
    block_id: INPUTS.channel.block,
    optional: true,
    label: plain('Hiring channel'),
    hint: plain('Defaults to the channel in your profile.'),
    element: {
      type: 'conversations_select',
      action_id: INPUTS.channel.action,
      placeholder: plain('Pick a channel', 150),
      ...(hiringChannel ? { initial_conversation: hiringChannel } : {}),
      filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
    },
  };
}

/** The full triage: the answer and why first, then the evidence, then the reply and blurb to edit. */
export function buildTriageModal(model: TriageModalModel): types.ModalView {
  const who = model.requesterName ? ` from ${escapeMrkdwn(model.requesterName)}` : '';
  const blocks: types.KnownBlock[] = [
    ...verdictBlocks(model),
    divider,
    { type: 'section', fields: questionFields(model.questions) },
    section(riskText(model.risks)),
    divider,
    ...answerBlocks(model),
    divider,
    section(`*The ${model.onePager ? 'first ' : ''}note${who}*\n${quoted(model.requestText, 2900 - who.length)}`),
    ...(model.onePager ? [section(`*The one-pager*\n${quoted(model.onePager.text, 2900)}`)] : []),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.triage,
    private_metadata: triageMetadata(model.triageId),
    title: plain('Referral triage', 24),
    submit: plain('Save and DM me', 24),
    close: plain('Cancel', 24),
    blocks,
  };
}
