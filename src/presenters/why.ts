import type { TriageResult } from '../triage/index.js';

/**
 * Gap lines that say again what the one-line why already says in other words: the why "there is no
 * proof point yet" and the gap "No concrete result or number…" are one point, so it is shown once.
 */
const SAME_POINT: ReadonlyArray<[RegExp, RegExp]> = [
  [/no proof point/i, /^no concrete result/i],
  [/no explicit ask/i, /\bno (?:explicit|visible|clear) ask\b|\bdo(?:es)? not (?:actually )?ask\b/i],
  [/not named the exact opening/i, /kind of role on your team, not the opening/i],
];

const repeats = (why: string, line: string): boolean =>
  line === why || SAME_POINT.some(([inWhy, inLine]) => inWhy.test(why) && inLine.test(line));

/**
 * The one line that leads the modal, and the other reasons for the evidence view. For a yes the fit
 * is the why (what makes it defensible); otherwise the first reason, which names the blocker or the gap.
 * Lines that repeat the why or the fit are dropped.
 */
export function whyOf(
  result: Pick<TriageResult, 'recommendation' | 'reasons' | 'fit'>,
  fitLines: readonly string[],
): { why: string; rest: string[] } {
  const explanation = result.fit.explanation;
  const notFit = result.reasons.filter((r) => !fitLines.includes(r) && r !== explanation);
  const why =
    result.recommendation === 'yes' && result.fit.level === 'strong' ? explanation : (result.reasons[0] ?? explanation);
  return { why, rest: notFit.filter((line) => !repeats(why, line)) };
}
