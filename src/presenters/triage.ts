import { DECIDABLE, type Decision, movesFrom } from '../lifecycle.js';
import type { TriageRecord } from '../store/schema.js';
import {
  describeChange,
  fitReasonLines,
  fromSlackMarkup,
  questionRows,
  type Recommendation,
  type RiskRow,
  riskRows,
  type TriageResult,
  unansweredQuestions,
} from '../triage/index.js';
import { DECISION_LABEL } from '../views/labels.js';
import type { ThreadSummaryModel } from '../views/messages.js';
import type { StageModel, TriageModalModel } from '../views/triage-modal.js';
import type { EvidenceModel } from '../views/triage-sections.js';
import { draftsOf, languageLine } from './language.js';
import { whyOf } from './why.js';

/** The earlier request a triage follows, as the views name it. */
export function earlierModel(earlier: { decision: Decision; createdAt: string } | null) {
  return earlier ? { answeredAs: DECISION_LABEL[earlier.decision], createdAt: earlier.createdAt } : null;
}

/** The candidate's name for the referrer's own messages: the note's sign-off, else Slack's name for the sender. */
export function candidateNameOf(t: { result: TriageResult; requesterName: string | null }): string {
  return t.result.candidate.name ?? t.requesterName ?? 'the candidate';
}

export interface TriageModalOptions {
  /** Null until the referrer picks one, for a note the triage gave no verdict on. */
  answer: Recommendation | null;
  hiringChannel: string | null;
  earlier: { decision: Decision; createdAt: string } | null;
  hasProfile: boolean;
}

/**
 * The language the note is in, when the triage says it cannot read it. The triage result gains
 * `language` in a change made in parallel; until then this reads it where present and finds none.
 */
export function unreadLanguageOf(result: TriageResult): string | null {
  const language = (result as { language?: { code?: unknown; supported?: unknown } }).language;
  if (language?.supported !== false) return null;
  const code = typeof language.code === 'string' ? language.code : '';
  const name = languageName(code);
  return `This note is in ${name}, which the app does not read, so it recommends nothing. Read it yourself and choose an answer below.`;
}

function languageName(code: string): string {
  try {
    const name = code ? new Intl.DisplayNames(['en'], { type: 'language' }).of(code) : undefined;
    return name && name !== code ? name : 'a language';
  } catch {
    return 'a language';
  }
}

const BLURB_LINE: Partial<Record<TriageRecord['blurbState'], string>> = {
  draft: 'waiting in your DM for your click on Post',
  posting: 'on its way to the hiring channel',
  posted: 'posted to the hiring channel',
  discarded: 'discarded, nothing was posted',
};

/** Where an answered referral stands, for a reopened triage; null while it waits for an answer. */
export function stageModel(
  record: Pick<TriageRecord, 'decision' | 'stage' | 'stageAt' | 'replyText' | 'blurbState'>,
): StageModel | null {
  if (record.decision === 'pending') return null;
  return {
    stage: record.stage,
    since: record.stageAt,
    decidedAs: record.decision,
    replyText: record.replyText,
    blurbLine: BLURB_LINE[record.blurbState] ?? null,
    moves: movesFrom(record.stage),
    editable: DECIDABLE.includes(record.stage),
  };
}

export function triageModalModel(
  record: Pick<TriageRecord, 'id' | 'result' | 'requestText' | 'requesterName' | 'onePagerText'> &
    Partial<Pick<TriageRecord, 'decision' | 'stage' | 'stageAt' | 'replyText' | 'blurbState'>>,
  options: TriageModalOptions,
): TriageModalModel {
  const { result } = record;
  const unreadLanguage = unreadLanguageOf(result);
  const recommendation = unreadLanguage ? null : ((result.recommendation as Recommendation | null) ?? null);
  const { why, rest } = whyOf(result, fitReasonLines(result.fit));
  return {
    triageId: record.id,
    recommendation,
    answer: unreadLanguage && options.answer === result.recommendation ? null : options.answer,
    unreadLanguage,
    why,
    reasons: rest,
    fit: result.fit,
    questions: questionRows(result),
    risks: riskRows(result),
    language: languageLine(result),
    drafts: draftsOf(result),
    blurb: result.blurb,
    requestText: fromSlackMarkup(record.requestText),
    onePager:
      record.onePagerText && result.onePager
        ? { text: fromSlackMarkup(record.onePagerText), change: describeChange(result.onePager) }
        : null,
    requesterName: record.requesterName,
    hiringChannel: options.hiringChannel,
    earlier: earlierModel(options.earlier),
    hasProfile: options.hasProfile,
    stage:
      record.decision && record.stage && record.stageAt ? stageModel(record as Parameters<typeof stageModel>[0]) : null,
  };
}

export function threadSummaryModel(
  record: Pick<TriageRecord, 'id' | 'result'>,
  earlier: { decision: Decision; createdAt: string } | null,
  notes: string[] = [],
): ThreadSummaryModel {
  const { result } = record;
  const { why } = whyOf(result, fitReasonLines(result.fit));
  return {
    triageId: record.id,
    recommendation: unreadLanguageOf(result) ? null : ((result.recommendation as Recommendation | null) ?? null),
    firstReason: unreadLanguageOf(result) ?? why,
    topRisk: topRiskOf(result, why),
    fit: result.fit,
    missing: unansweredQuestions(result),
    earlier: earlierModel(earlier),
    notes: [
      ...(result.onePager ? [`The one-pager you asked for. ${describeChange(result.onePager)}`] : []),
      // The spray check's flag: counts only, never who or what they answered.
      ...(result.signals.alsoSentTo.present && result.signals.alsoSentTo.evidence
        ? [`${result.signals.alsoSentTo.evidence}.`]
        : []),
      ...notes,
    ],
  };
}

/**
 * The risk the full triage flags first, in the words the modal uses, for the short thread reply; one
 * the first line already quotes is passed over for the next, so the reply does not say it twice.
 */
function topRiskOf(result: TriageResult, why: string): string | null {
  const risks = riskRows(result);
  const top: RiskRow | undefined = risks.find((r) => !(r.evidence && why.includes(r.evidence))) ?? risks[0];
  if (!top) return null;
  return top.evidence ? `${top.label}: “${top.evidence}”` : top.label;
}

/** The evidence view of a triage: every reason not already the why, the fit, the questions, the risks. */
export function evidenceModel(record: Pick<TriageRecord, 'result'>): EvidenceModel {
  const { result } = record;
  const { why, rest } = whyOf(result, fitReasonLines(result.fit));
  return { reasons: [why, ...rest], fit: result.fit, questions: questionRows(result), risks: riskRows(result) };
}
