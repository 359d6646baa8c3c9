import type { types } from '@slack/bolt';
import { INPUTS, VIEWS } from '../ids.js';
import type { FitLevel, QuestionRow, Recommendation, RiskRow } from '../triage/index.js';
import { ANSWER_LABEL, RECOMMENDATION_TITLE } from './labels.js';
import { clip, context, divider, escapeMrkdwn, header, plain, quoted, section, withMentionsAsNames } from './text.js';
import { contextLines, questionsBlocks, type StageModel, stageBlocks } from './triage-sections.js';

export type { StageModel } from './triage-sections.js';

/** Everything the triage modal shows, as plain data. */
export interface TriageModalModel {
  triageId: string;
  /** Null when the app gives no recommendation (a note in a language it does not read). */
  recommendation: Recommendation | null;
  /** The answer the referrer has chosen so far; the recommendation until they change it; null for none yet. */
  answer: Recommendation | null;
  /** The one line that leads the modal when the app could not read the note's language. */
  unreadLanguage: string | null;
  /** The note's language when it is not English ("Written in Spanish"), shown under the recommendation. */
  language: string | null;
  /** The one-line why under the recommendation. */
  why: string;
  /** Every reason, for the evidence view, without lines that repeat the why or the fit. */
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
  /** Set once the referrer has answered: where the referral stands, and what can still change. */
  stage: StageModel | null;
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

function answerOptions(recommended: Recommendation | null): types.Option[] {
  return (['yes', 'one_pager', 'no'] as const).map((value) => ({
    text: plain(`${ANSWER_LABEL[value]}${value === recommended ? ' (recommended)' : ''}`, 75),
    value,
  }));
}

/** The decision first: the recommendation and its one-line why (or why there is none), then the fit. */
function verdictBlocks(model: TriageModalModel): types.KnownBlock[] {
  if (model.unreadLanguage) {
    return [header('Read this one yourself'), section(escapeMrkdwn(model.unreadLanguage))];
  }
  const blocks: types.KnownBlock[] = [
    header(model.recommendation ? RECOMMENDATION_TITLE[model.recommendation] : 'Your call'),
    section(withMentionsAsNames(escapeMrkdwn(clip(model.why, 400)))),
  ];
  const lines = [...(model.language ? [escapeMrkdwn(model.language)] : []), ...contextLines(model)];
  if (lines.length) blocks.push(context(...lines));
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
      ...(initial ? { initial_value: clip(initial, 3000) } : {}),
    },
    ...extra,
  };
}

function answerRadio(model: TriageModalModel): types.InputBlock {
  const options = answerOptions(model.recommendation);
  // Slack refuses an initial_option that is not identical to one of the options, so it is picked from them.
  const initial = options.find((o) => o.value === model.answer);
  return {
    type: 'input',
    block_id: INPUTS.answer.block,
    dispatch_action: true,
    label: plain(model.recommendation ? 'Your answer' : 'Your answer (none recommended)'),
    element: {
      type: 'radio_buttons',
      action_id: INPUTS.answer.action,
      ...(initial ? { initial_option: initial } : {}),
      options,
    },
  };
}

/** What the referrer edits: the answer, the reply for it, and for a yes the blurb and where it goes. */
function answerBlocks(model: TriageModalModel): types.KnownBlock[] {
  const { answer } = model;
  const blocks: types.KnownBlock[] = [
    answerRadio(model),
    // The block id changes with the answer so Slack shows the new draft instead of keeping the old text.
    textInput(
      `${INPUTS.reply.block}:${answer ?? 'none'}`,
      INPUTS.reply.action,
      'Reply to send them (you copy it from your DM)',
      // Reopened on the answer already given, the box holds the reply they saved, not a fresh draft.
      answer ? (answer === model.stage?.decidedAs && model.stage.replyText) || model.drafts[answer] : '',
      answer ? {} : { hint: plain('Choose an answer above and its draft appears here.') },
    ),
  ];
  if (answer === 'yes' && model.blurb) {
    blocks.push(
      textInput(INPUTS.blurb.block, INPUTS.blurb.action, 'Blurb for the hiring channel', model.blurb, {
        optional: true,
        hint: plain('You get a preview in your DM; nothing is posted until you click Post.'),
      }),
      channelInput(model.hiringChannel),
    );
  }
  return blocks;
}

function channelInput(hiringChannel: string | null): types.InputBlock {
  return {
    type: 'input',
    block_id: INPUTS.channel.block,
    optional: true,
    label: plain('Hiring channel'),
    element: {
      type: 'conversations_select',
      action_id: INPUTS.channel.action,
      placeholder: plain('Pick a channel', 150),
      ...(hiringChannel ? { initial_conversation: hiringChannel } : {}),
      filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
    },
  };
}

function noteBlocks(model: TriageModalModel): types.KnownBlock[] {
  const who = model.requesterName ? ` from ${escapeMrkdwn(model.requesterName)}` : '';
  const note = (text: string, max: number) => withMentionsAsNames(quoted(text, max));
  return [
    section(`*The ${model.onePager ? 'first ' : ''}note${who}*\n${note(model.requestText, 2800 - who.length)}`),
    ...(model.onePager ? [section(`*The one-pager*\n${note(model.onePager.text, 2800)}`)] : []),
  ];
}

/**
 * The triage in the order of the referrer's decision: the recommendation and why, the answer and
 * its reply (within the first screen), the blurb for a yes, the five questions in one line each
 * (their evidence a click away), then the note. A referral past its answer shows its stage instead.
 */
export function buildTriageModal(model: TriageModalModel): types.ModalView {
  const editable = !model.stage || model.stage.editable;
  const blocks: types.KnownBlock[] = [
    ...verdictBlocks(model),
    ...(model.stage ? stageBlocks(model.triageId, model.stage) : []),
    ...(editable ? answerBlocks(model) : []),
    divider,
    // A note the app cannot read has no answers to the five questions to show.
    ...(model.unreadLanguage ? [] : [...questionsBlocks(model.triageId, model.questions, model.risks), divider]),
    ...noteBlocks(model),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.triage,
    private_metadata: triageMetadata(model.triageId),
    title: plain('Referral triage', 24),
    ...(editable ? { submit: plain(model.stage ? 'Save and DM me again' : 'Save and DM me', 24) } : {}),
    close: plain(editable ? 'Cancel' : 'Close', 24),
    blocks,
  };
}
