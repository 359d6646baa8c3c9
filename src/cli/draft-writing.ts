import type { TriageResult } from '../triage/index.js';
import { endsWithAbbreviation } from '../triage/reading/sentences.js';
import { withoutLinks } from '../triage/shared/text.js';
import { patternsFor } from '../triage/signals/patterns.js';
import { structuralResult } from '../triage/signals/proof.js';

/** A quote holds a result when a result reads in the quote itself (by structure, or a list of the note's language), not only in its sentence. */
const holdsResult = (quoted: string, language = 'en') => {
  const P = patternsFor(language);
  return (
    structuralResult(quoted) !== null ||
    [P.PROOF_METRIC, P.PROOF_IN_WORDS, P.PROOF_FROM_TO, P.PROOF_WORK_RATE].some((p) => p.test(quoted))
  );
};

/** A sentence break is an end mark before a capital, unless the period ends an abbreviation ("St. Luke's", "5 a.m. Then"). */
const hasSentenceBreak = (text: string) =>
  [...text.matchAll(/[.!?](?=\s+[A-Z])/g)].some((m) => m[0] !== '.' || !endsWithAbbreviation(text, m.index ?? 0));

/**
 * The drafts' invariants (issue 11): a reply goes to a stranger in the referrer's voice, so it asks
 * only for what the note lacks, quotes at most the one sentence that holds the result, and is signed.
 * Each rule returns whether a draft breaks it; `npm run eval` counts them beside the blurb's.
 */
type Checked = Pick<TriageResult, 'drafts' | 'signals' | 'candidate'> & {
  language?: TriageResult['language'];
  /** The referrer's own openings: a draft may name the one the note meant by its listed title. */
  openingTitles?: readonly string[];
};

/** An ask in a draft, and the signal that says the note already holds it. */
const ASKS: ReadonlyArray<readonly [RegExp, (r: Checked) => boolean]> = [
  [/missing is a concrete result|one concrete result with a number/, (r) => r.signals.proofPoint.present],
  [/what you would like me to do|say plainly what you would like/, (r) => !r.signals.noAsk.present],
  [/the exact role link/, (r) => r.candidate.roleUrl !== null],
  [/why you think my team|why you are asking that person/, (r) => r.signals.whyMe.present],
  [/with your full name|tell me your full name/, (r) => r.candidate.name !== null],
];

export const DRAFT_RULES = {
  /** Asks for a piece the note already gave. */
  asksForWhatItHas: (draft: string, r: Checked) => ASKS.some(([ask, has]) => ask.test(draft) && has(r)),
  /**
   * A quote is one sentence of the note, and the one with the result. The role's own title, set in
   * quotation marks as German writes a title („Prozessingenieur Montage (m/w/d)“), is a name, not a
   * quote: as the note writes it, or as the referrer's opening lists it.
   */
  quoteNotTheResult: (draft: string, r: Checked) =>
    [...draft.matchAll(/\("([^"]+)"\)|«\s?([^»]+?)\s?»|„([^“]+)“/g)].some(([, ...groups]) => {
      const quoted = groups.find(Boolean) ?? '';
      if (quoted === r.candidate.targetRole || r.openingTitles?.includes(quoted)) return false;
      // A quote leaves the note's links out (shared/text.ts), so it is matched against the result without them.
      const result = withoutLinks(r.signals.proofPoint.evidence ?? '');
      // A before and its after in the next sentence are quoted as two spans of the note joined by " … ".
      const [before, after, ...more] = quoted.split(' … ');
      if (before !== undefined && after !== undefined && more.length === 0)
        return (
          [before, after].some((part) => hasSentenceBreak(part) || !result.includes(part)) ||
          structuralResult(after, before) === null
        );
      return hasSentenceBreak(quoted) || !result.includes(quoted) || !holdsResult(quoted, r.language?.code);
    }),
} as const;

export type DraftRule = keyof typeof DRAFT_RULES | 'unsigned';

/** The rules a result's drafts break, each counted once per draft. */
export function draftProblems(result: Checked, referrerName: string | null): DraftRule[] {
  const broken: DraftRule[] = [];
  for (const draft of Object.values(result.drafts ?? {})) {
    for (const rule of Object.keys(DRAFT_RULES) as Array<keyof typeof DRAFT_RULES>) {
      if (DRAFT_RULES[rule](draft, result)) broken.push(rule);
    }
    if (referrerName && !draft.trimEnd().endsWith(`\n${referrerName}`)) broken.push('unsigned');
  }
  return broken;
}

export function draftCounts(
  results: ReadonlyArray<{ result: Checked; referrerName: string | null }>,
): Record<DraftRule, number> {
  const counts: Record<DraftRule, number> = { asksForWhatItHas: 0, quoteNotTheResult: 0, unsigned: 0 };
  for (const { result, referrerName } of results)
    for (const rule of draftProblems(result, referrerName)) counts[rule]++;
  return counts;
}
