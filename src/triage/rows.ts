import { FIVE_QUESTIONS, RISK_SIGNALS, type SignalName, specOf } from './registry.js';
import type { TriageResult } from './schema.js';
import type { Signal } from './signal.js';

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
export function questionRows(result: Pick<TriageResult, 'signals' | 'summary'>): QuestionRow[] {
  return FIVE_QUESTIONS.map(({ key, label, question }) => {
    const answer =
      key === 'summary' ? { present: result.summary !== null, evidence: result.summary } : result.signals[key];
    return { label, question, answered: answer.present, evidence: answer.evidence };
  });
}

/** The risk flags a result raises. */
export function riskRows(result: Pick<TriageResult, 'signals'>): RiskRow[] {
  return RISK_SIGNALS.filter((name) => result.signals[name].present).map((name) => {
    const signal = result.signals[name] as Signal & { count?: number };
    return { name, label: specOf(name).label, evidence: signal.evidence, count: signal.count ?? null };
  });
}

/** What the note leaves open among the questions, in the DM summary's words: "a specific role". */
export function unansweredQuestions(result: Pick<TriageResult, 'signals'>): string[] {
  return FIVE_QUESTIONS.flatMap(({ key }) => {
    if (key === 'summary') return [];
    const spec = specOf(key);
    return spec.kind === 'question' && !result.signals[key].present ? [spec.unanswered] : [];
  });
}
