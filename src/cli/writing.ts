import type { TriageResult } from '../triage/index.js';

/**
 * The blurb's invariants (issue 11): what a hiring channel must never read in a blurb with the
 * referrer's name on it. Each rule returns whether a blurb breaks it; `npm run eval` counts them.
 */
export const BLURB_RULES = {
  /** The blurb is about the candidate, for the channel: it never addresses anyone. */
  secondPerson: (blurb: string) => /\b(?:you|your|yours|yourself)\b/i.test(blurb),
  /** The candidate's own first person, left untranslated ("I led", "my team"). */
  firstPerson: (blurb: string) => /(?:^|[^\p{L}'’])(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)(?![\p{L}'’])/u.test(blurb),
  /** The same run of six words twice. */
  repeatedRun: (blurb: string) => {
    const words = blurb.toLowerCase().match(/[\p{L}\p{N}%$'’-]+/gu) ?? [];
    const seen = new Set<string>();
    for (let i = 0; i + 6 <= words.length; i++) {
      const run = words.slice(i, i + 6).join(' ');
      if (seen.has(run)) return true;
      seen.add(run);
    }
    return false;
  },
  /** A label the note used, kept as a lead-in ("The short version:", "Role:"). */
  labelLeadIn: (blurb: string) =>
    /(?:^|[.!?]\s+)(?:the short version|in short|tl;?dr|summary|the exact role is|role|background|result|about me)\s*[:-]/i.test(
      blurb,
    ),
  /** At most three sentences and 75 words. */
  tooLong: (blurb: string) =>
    (blurb.match(/[.!?](?:\s|$)/g) ?? []).length > 3 || (blurb.match(/\S+/g) ?? []).length > 75,
} as const;

export type BlurbRule = keyof typeof BLURB_RULES;

/** The rules a result's blurb breaks (none when there is no blurb). */
export function blurbProblems(result: Pick<TriageResult, 'blurb'>): BlurbRule[] {
  // Links are the role's, quoted as they are: their letters are not words of the blurb.
  const blurb = result.blurb?.replace(/\bhttps?:\/\/\S+/gi, ' ');
  if (!blurb) return [];
  return (Object.keys(BLURB_RULES) as BlurbRule[]).filter((rule) => BLURB_RULES[rule](blurb));
}

/** How many blurbs break each rule, over a set of results. */
export function writingCounts(results: ReadonlyArray<Pick<TriageResult, 'blurb'>>): {
  blurbs: number;
  counts: Record<BlurbRule, number>;
} {
  const counts = Object.fromEntries(Object.keys(BLURB_RULES).map((rule) => [rule, 0])) as Record<BlurbRule, number>;
  for (const result of results) for (const rule of blurbProblems(result)) counts[rule]++;
  return { blurbs: results.filter((r) => r.blurb).length, counts };
}
