import type { Decision } from '../lifecycle.js';
import type { TriageRecord } from '../store/schema.js';
import {
  describeChange,
  fitReasonLines,
  fromSlackMarkup,
  questionRows,
  type Recommendation,
  riskRows,
  type TriageResult,
  unansweredQuestions,
} from '../triage/index.js';
import { DECISION_LABEL } from '../views/labels.js';
import type { ThreadSummaryModel } from '../views/messages.js';
import type { TriageModalModel } from '../views/triage-modal.js';
import { draftsOf, languageLine } from './language.js';

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

export function triageModalModel(
  record: Pick<TriageRecord, 'id' | 'result' | 'requestText' | 'requesterName' | 'onePagerText'>,
  options: TriageModalOptions,
): TriageModalModel {
  const { result } = record;
  const fitLines = fitReasonLines(result.fit);
  return {
    triageId: record.id,
    recommendation: result.recommendation,
    answer: options.answer,
    reasons: result.reasons.filter((r) => !fitLines.includes(r)),
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
  };
}

export function threadSummaryModel(
  record: Pick<TriageRecord, 'id' | 'result'>,
  earlier: { decision: Decision; createdAt: string } | null,
  notes: string[] = [],
): ThreadSummaryModel {
  const { result } = record;
  return {
    triageId: record.id,
    recommendation: result.recommendation,
    language: languageLine(result),
    firstReason: result.reasons[0] ?? '',
    fit: result.fit,
    missing: unansweredQuestions(result),
    earlier: earlierModel(earlier),
    notes: result.onePager ? [`The one-pager you asked for. ${describeChange(result.onePager)}`, ...notes] : notes,
  };
}
