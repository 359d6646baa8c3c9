/**
 * Counts that are results, and the volume that ranks last: reach ("adopted by 12 teams"), what the
 * writer's work won, caught or prevented ("caught 40 bad welds", "won 14 prizes"), and a rate of work
 * ("I process 300 claims a week"), read only when nothing stronger is there.
 */
import { phraseAt } from './language.js';
import type { Candidate, Parsed } from './parsed.js';
import { CUE, RESULT_WORDS as W } from './result-words.js';

const t = (p: Parsed, i: number): string => p.tokens[i]?.t ?? '';

/** "voted dealer of the year", "won employee of the month". */
export function title(p: Parsed): Candidate | null {
  if (!(p.cues & CUE.title)) return null;
  for (let i = 2; i < p.tokens.length; i++) {
    if (!W.titlePeriods.has(t(p, i)) || t(p, i - 1) !== 'the' || t(p, i - 2) !== 'of') continue;
    const verb = [3, 4, 5, 6].map((d) => i - d).find((k) => W.titleVerbs.has(t(p, k)));
    if (verb !== undefined) return { kind: 'rank', cue: t(p, verb), from: verb, to: i, anchor: verb, items: [] };
  }
  return null;
}

/** "won 14 prizes", "caught 40 bad welds", "signed 3 top-100 recruits", "got 10 approved on first cycle". */
export function tally(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'count' && item.q.kind !== 'number' && item.q.kind !== 'money' && item.q.kind !== 'ratio')
      continue;
    const verb = [1, 2].map((d) => item.from - d).find((k) => W.tally.has(t(p, k)));
    if (verb === undefined) continue;
    return {
      kind: item.q.kind === 'money' ? 'money' : 'count',
      cue: t(p, verb),
      from: verb,
      to: item.to - 1,
      anchor: verb,
      items: [item],
    };
  }
  return null;
}

/** Where a count held to a deadline starts its span: "within", "inside", "in under", "in less than". */
function deadlineAt(p: Parsed, k: number): number {
  const at = t(p, k) === 'in' ? k + 1 : k;
  if (W.deadline.has(t(p, at))) return at + 1;
  return t(p, at) === 'less' && t(p, at + 1) === 'than' ? at + 2 : -1;
}

/** "traced 47 contacts within 72 hours", "restored 30 sites in under a day": a count done against the clock. */
export function againstTheClock(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if ((item.q.kind !== 'count' && item.q.kind !== 'number') || item.q.value < 2) continue;
    const verb = [1, 2].map((d) => item.from - d).find((k) => /^[a-z]{3,}ed$/.test(t(p, k)) || W.tally.has(t(p, k)));
    const start = deadlineAt(p, item.to);
    if (verb === undefined || start < 0) continue;
    const clock = p.items.find((it) => it.q.kind === 'duration' && Math.abs(it.from - start) <= 1);
    if (clock)
      return { kind: 'count', cue: t(p, verb), from: verb, to: clock.to - 1, anchor: verb, items: [item, clock] };
  }
  return null;
}

/**
 * "passed the CRR at 225 wpm", "cleared the board exam with a 91": a test passed at a mark the writer names.
 * The test may take a long name ("passed the written section of the state licensing exam with 88%").
 */
export function passedAt(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (!['count', 'number', 'percent', 'rate'].includes(item.q.kind)) continue;
    const by = [1, 2].map((d) => item.from - d).find((k) => t(p, k) === 'at' || t(p, k) === 'with');
    if (by === undefined || (by === item.from - 2 && t(p, by + 1) !== 'a')) continue;
    const c = p.clause[item.from];
    const verb = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
      .map((d) => by - d)
      .find((k) => p.clause[k] === c && W.passVerbs.has(t(p, k)));
    if (verb !== undefined)
      return { kind: 'count', cue: t(p, verb), from: verb, to: item.to - 1, anchor: verb, items: [item] };
  }
  return null;
}

/** What the writer makes or owns, so its reach is theirs: "I built a tool used by 200 teams", "my design system was adopted by 12 teams", not "I sell software used by 400 hotels". */
const MADE = new Set([
  'built',
  'launched',
  'created',
  'designed',
  'wrote',
  'developed',
  'shipped',
  'made',
  'introduced',
]);
const MADE_PHRASE = new Set(['rolled', 'led', 'grew', 'scaled', 'started', 'founded', 'set']);

/** "adopted by 12 product teams", "rolled out to 40 stores": only of something the writer made. */
export function reach(p: Parsed): Candidate | null {
  if (!(p.cues & CUE.reach)) return null;
  for (let i = 0; i < p.tokens.length; i++) {
    const n = phraseAt(p.tokens, i, W.reach);
    if (!n) continue;
    const made = p.tokens
      .slice(0, i + n)
      .some((tok) => MADE.has(tok.t) || MADE_PHRASE.has(tok.t) || tok.t === 'my' || tok.t === 'our');
    if (!made) continue;
    const item = p.items.find((it) => it.from >= i + n && it.from <= i + n + 3);
    if (item) return { kind: 'reach', cue: t(p, i), from: i, to: item.to - 1, anchor: i, items: [item] };
  }
  return null;
}

/**
 * "the blend I made … 9 tonnes sold last year", "I designed a game: 4,000 copies sold": a count of what the
 * writer made, taken up by buyers or users. The making, by "I" or "we", comes first in the sentence; it is
 * the anchor, so the agent is the maker. "I sold 9 tonnes" is a volume of work, not this.
 */
export function uptake(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'count' && item.q.kind !== 'number') continue;
    const taken = [item.to - 1, item.to].find((k) => W.uptake.has(t(p, k)));
    if (taken === undefined) continue;
    const made = p.tokens.findIndex(
      (tok, k) => k > 0 && k < item.from && MADE.has(tok.t) && ['i', 'we'].includes(t(p, k - 1)),
    );
    if (made < 0) continue;
    const when = W.timePeriods.has(t(p, taken + 2)) && ['last', 'this', 'a', 'per'].includes(t(p, taken + 1));
    return {
      kind: 'reach',
      cue: t(p, taken),
      from: item.from,
      to: taken + (when ? 2 : 0),
      anchor: made,
      items: [item],
    };
  }
  return null;
}

/** "I process 300 claims a week": a rate of work, a volume, the result only when nothing stronger is there. */
export function volume(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'rate' || !item.q.per || item.q.per.value !== 1 || item.q.value < 2) continue;
    for (let k = item.from - 1; k >= item.from - 5 && k >= 0; k--) {
      const w = t(p, k);
      if (w === 'i' || w === 'we') {
        if (W.effort.has(t(p, k + 1))) break;
        return { kind: 'volume', cue: item.q.text, from: k, to: item.to - 1, anchor: k + 1, items: [item] };
      }
    }
  }
  return null;
}

/** "we stopped missing the last pickup", "every permit approved on first submittal", "passed every checkride on the first try". */
export function stoppedOrFirstTry(p: Parsed): Candidate | null {
  if (!(p.cues & CUE.stop)) return null;
  for (let i = 0; i < p.tokens.length; i++) {
    const n = phraseAt(p.tokens, i, W.stop);
    const next = t(p, i + n);
    if (n && (W.cleanNouns.has(next) || next === 'being' || next === 'happening'))
      return { kind: 'clean-record', cue: t(p, i), from: i, to: i + n, anchor: i, items: [] };
    const first = t(p, i) === 'first' && W.firstTry.has(t(p, i + 1));
    const on = [1, 2].some((d) => t(p, i - d) === 'on' || t(p, i - d) === 'at');
    const every = [...Array(Math.min(i, 8)).keys()].some((d) => ['every', 'all', 'each'].includes(t(p, i - d - 1)));
    if (first && on && every)
      return { kind: 'clean-record', cue: 'first try', from: i, to: i + 1, anchor: i, items: [] };
  }
  return null;
}

/** Words between the writer and the verb: "I've", "I have", "I also", "we then". */
const BETWEEN = new Set(['have', 'had', 'also', 'then', 'personally', 'already', 'just', 'since']);

/**
 * "I funded $48M in loans", "I've fitted 800 patients": a body of work (ten or more, or money), a volume like
 * a rate of work, ranked last. Small counts are skills and credentials ("I speak three languages").
 */
export function bodyOfWork(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if ((item.q.kind !== 'count' && item.q.kind !== 'money') || item.q.value < 10) continue;
    if (['at', 'in', 'of', 'for', 'from', 'to'].includes(t(p, item.from - 1))) continue;
    if (W.size.has((item.q.unit ?? '').split(' ').pop() ?? '')) continue;
    if (W.size.has(t(p, item.from - 1)) || W.size.has(t(p, item.from - 2)) || t(p, item.from - 1) === 'of') continue;
    for (let v = item.from - 1; v >= item.from - 6 && v > 0; v--) {
      const verb = t(p, v);
      let k = v - 1;
      while (k > 0 && BETWEEN.has(t(p, k))) k--;
      const subject = t(p, k);
      if (subject !== 'i' && subject !== 'we' && subject !== "i've" && subject !== "we've") continue;
      const between = p.tokens.slice(k + 1, item.from).map((tok) => tok.t);
      const notWork = (w: string) => W.effort.has(w) || W.manage.has(w) || W.copulas.has(w) || W.jobVerbs.has(w);
      if (between.some((w) => notWork(w) || (W.holdVerbs.has(w) && w !== 'have'))) break;
      if (W.writerPossessive.has(verb) || (t(p, k + 1) === 'have' && W.writerPossessive.has(t(p, k + 2)))) break;
      return { kind: 'volume', cue: `${verb} ${item.q.text}`, from: k, to: item.to - 1, anchor: v, items: [item] };
    }
  }
  return null;
}
