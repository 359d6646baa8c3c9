import * as z from 'zod';
import { ProfileSchema, RecommendationSchema, SIGNAL_NAMES, type TriageResult } from '../triage/index.js';

/** The corpus format of shared/corpus/*.json and test/fixtures/*.json. */
export const CorpusSchema = z.object({
  profiles: z.record(z.string(), ProfileSchema),
  cases: z.array(
    z.object({
      id: z.string(),
      profile: z.string().nullable(),
      text: z.string(),
      author: z.string().optional(),
      /** The first note, when this case is the one-pager that answers it. */
      previous: z.string().optional(),
      expect: z.object({
        /** null labels a note in a language the triage does not read: no verdict is the right answer. */
        recommendation: RecommendationSchema.nullable(),
        acceptable: z.array(RecommendationSchema.nullable()).min(1),
        fit: z.enum(['strong', 'partial', 'none', 'unknown']).optional(),
        signals: z.partialRecord(z.enum(SIGNAL_NAMES), z.boolean()).default({}),
        /** The candidate's name as a careful person reads it, or null when the note never gives it. */
        candidateName: z.string().nullable().optional(),
        /** The writer, when someone writes for the candidate. */
        writerName: z.string().nullable().optional(),
        /** The shortest span of the note that states its concrete result, or null. */
        result: z.string().nullable().optional(),
      }),
    }),
  ),
});
export type Corpus = z.infer<typeof CorpusSchema>;
export type CorpusCase = Corpus['cases'][number];

export interface CaseOutcome {
  id: string;
  expected: CorpusCase['expect'];
  got: TriageResult;
  acceptable: boolean;
  severe: boolean;
  signalsRight: number;
  signalsJudged: number;
  wrongSignals: string[];
  fitRight: boolean | null;
}

/**
 * A severe mistake: yes where the answer is no, or no where it is yes; and a verdict given on a note
 * the triage cannot read. No verdict on a note it could have read is a miss: the referrer is told so
 * and reads it themselves.
 */
export function isSevere(expected: string | null, got: string | null): boolean {
  if (expected === null) return got !== null;
  if (got === null) return false;
  return (expected === 'no' && got === 'yes') || (expected === 'yes' && got === 'no');
}

export function scoreCase(c: CorpusCase, got: TriageResult): CaseOutcome {
  const wrongSignals: string[] = [];
  let signalsRight = 0;
  let signalsJudged = 0;
  for (const [name, want] of Object.entries(c.expect.signals)) {
    signalsJudged++;
    const have = got.signals[name as keyof TriageResult['signals']].present;
    if (have === want) signalsRight++;
    else wrongSignals.push(`${name} expected ${want}, got ${have}`);
  }
  return {
    id: c.id,
    expected: c.expect,
    got,
    acceptable: c.expect.acceptable.includes(got.recommendation),
    severe: isSevere(c.expect.recommendation, got.recommendation),
    signalsRight,
    signalsJudged,
    wrongSignals,
    fitRight: c.expect.fit ? got.fit.level === c.expect.fit : null,
  };
}

export interface Totals {
  cases: number;
  acceptable: number;
  exact: number;
  severe: number;
  signalsRight: number;
  signalsJudged: number;
  fitRight: number;
  fitJudged: number;
}

export function totals(outcomes: CaseOutcome[]): Totals {
  return {
    cases: outcomes.length,
    acceptable: outcomes.filter((o) => o.acceptable).length,
    exact: outcomes.filter((o) => o.got.recommendation === o.expected.recommendation).length,
    severe: outcomes.filter((o) => o.severe).length,
    signalsRight: outcomes.reduce((n, o) => n + o.signalsRight, 0),
    signalsJudged: outcomes.reduce((n, o) => n + o.signalsJudged, 0),
    fitRight: outcomes.filter((o) => o.fitRight === true).length,
    fitJudged: outcomes.filter((o) => o.fitRight !== null).length,
  };
}
