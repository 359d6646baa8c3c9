import { SIGNAL_NAMES, type SignalName, type Signals } from '../signals/registry.js';
import type { Signal } from '../signals/signal.js';
import { specOf } from '../signals/signal-reading.js';
import { wordingOf } from './signal-wording.js';

/** The risk flags, in the order every surface lists them. */
export const RISK_SIGNALS: readonly SignalName[] = SIGNAL_NAMES.filter((name) => specOf(name).kind === 'risk');

/** A row of the five questions: a question signal, or the one-sentence summary. */
export interface FiveQuestion {
  key: SignalName | 'summary';
  label: string;
  question: string;
}

const SUMMARY_QUESTION = {
  key: 'summary' as const,
  label: 'One sentence?',
  question: 'Can I explain them in one sentence?',
};

/** The five questions in the order a referrer asks them. */
export const FIVE_QUESTIONS: readonly FiveQuestion[] = [
  ...SIGNAL_NAMES.flatMap((key) => {
    const spec = specOf(key);
    const { label, question = label } = wordingOf(key);
    return spec.kind === 'question'
      ? [{ key: key as FiveQuestion['key'], label, question, position: spec.position }]
      : [];
  }),
  { ...SUMMARY_QUESTION, position: 4 } as const,
]
  .sort((a, b) => a.position - b.position)
  .map(({ key, label, question }) => ({ key, label, question }));

/** A row of the five questions as every surface shows it. */
export interface QuestionRow {
  /** Short: "Why me?". */
  label: string;
  /** In the referrer's words: "Why did they pick me?". */
  question: string;
  answered: boolean;
  evidence: string | null;
}

/** A raised risk flag as every surface shows it. */
export interface RiskRow {
  name: SignalName;
  label: string;
  evidence: string | null;
  /** How many bumps, for a follow-up. */
  count: number | null;
}

/** The five questions of a result, in the order a referrer asks them. */
export function questionRows(result: { signals: Signals; summary: string | null }): QuestionRow[] {
  return FIVE_QUESTIONS.map(({ key, label, question }) => {
    const answer =
      key === 'summary' ? { present: result.summary !== null, evidence: result.summary } : result.signals[key];
    return { label, question, answered: answer.present, evidence: answer.evidence };
  });
}

/** The risk flags a result raises. */
export function riskRows(result: { signals: Signals }): RiskRow[] {
  return RISK_SIGNALS.filter((name) => result.signals[name].present).map((name) => {
    const signal = result.signals[name] as Signal & { count?: number };
    return { name, label: wordingOf(name).label, evidence: signal.evidence, count: signal.count ?? null };
  });
}

/** What the note leaves open among the questions, in the DM summary's words: "a specific role". */
export function unansweredQuestions(result: { signals: Signals }): string[] {
  return FIVE_QUESTIONS.flatMap(({ key }) => {
    if (key === 'summary') return [];
    const { unanswered } = wordingOf(key);
    return unanswered && !result.signals[key].present ? [unanswered] : [];
  });
}
