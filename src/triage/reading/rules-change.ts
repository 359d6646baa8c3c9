/**
 * A change in a measured quantity: two quantities of one kind linked by a cue ("from 52 minutes to 19",
 * "220 an hour, up from 150", "in a day instead of a week", "used to take six weeks; now two"), or one
 * quantity after a verb of change ("cut … by 28%", "lifted conversion 9%", "halved").
 */
import { ENGLISH } from './english.js';
import { type Phrases, phraseAt } from './language.js';
import { type Candidate, isWindow, type Parsed } from './parsed.js';
import type { Item } from './quantities.js';
import { CUE, RESULT_WORDS as W } from './result-words.js';
import type { Quantity } from './types.js';

const NUMERIC: ReadonlySet<Quantity['kind']> = new Set([
  'number',
  'percent',
  'duration',
  'count',
  'rate',
  'money',
  'fraction',
]);

export function compatible(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'date' || b.kind === 'date') return false;
  if (a.kind === 'duration' && b.kind === 'duration') return a.hours !== b.hours;
  if (a.value / (a.per?.value ?? 1) === b.value / (b.per?.value ?? 1)) return false;
  if ((a.kind === 'count' && b.kind === 'rate') || (a.kind === 'rate' && b.kind === 'count')) return true;
  if (a.kind === b.kind) return true;
  return (a.kind === 'number' && NUMERIC.has(b.kind)) || (b.kind === 'number' && NUMERIC.has(a.kind));
}

const t = (p: Parsed, i: number): string => p.tokens[i]?.t ?? '';

/** The verb of change nearest before token i in its clause, within `reach` tokens, or -1. */
export function verbBefore(p: Parsed, i: number, reach = 8): number {
  for (let k = i - 1; k >= 0 && k >= i - reach && p.clause[k] === p.clause[i]; k--) {
    if (isChangeVerb(t(p, k))) return k;
  }
  return -1;
}

export const isChangeVerb = (w: string): boolean => W.down.has(w) || W.up.has(w) || W.multiplying.has(w);

/** "from" before `a` in its clause, within eight tokens and no other quantity between. */
function fromBefore(p: Parsed, a: Item): number {
  for (let k = a.from - 1; k >= 0 && k >= a.from - 8 && p.clause[k] === p.clause[a.from]; k--) {
    if (W.from.has(t(p, k))) return k;
    if (p.tokens[k]?.kind === 'num') return -1;
  }
  return -1;
}

/** A team's size is no result: "grew my team from 4 to 12" (a backlog of "our team" cut from 3,000 to 400 is one). */
function measuresSize(p: Parsed, before: number): boolean {
  const head = t(p, before - 1).replace(/'s$/, '');
  if (W.growth.has(head)) return W.size.has(t(p, before - 2).replace(/'s$/, ''));
  const verb = verbBefore(p, before, 4);
  return W.size.has(head) && verb >= 0 && W.growth.has(t(p, verb));
}

export function phraseIn(p: Parsed, from: number, to: number, phrases: Phrases): number {
  for (let k = from; k < to; k++) if (phraseAt(p.tokens, k, phrases)) return k;
  return -1;
}

function hasBefore(p: Parsed, a: Item): boolean {
  return phraseIn(p, Math.max(0, a.from - 12), a.from, W.before) >= 0;
}

/** The cue linking quantities a and b, the anchor to find the agent from, or null. */
function link(p: Parsed, a: Item, b: Item): { cue: string; anchor: number } | null {
  const gap = b.from - a.to;
  const first = a.to;
  // "1 in 25 runs (2022) → 1 in 140", "~2/week in Q1 → zero": a date between the before and the arrow.
  let arrow = first;
  while (arrow < Math.min(b.from, first + 5) && !W.arrows.has(t(p, arrow))) arrow++;
  if (W.arrows.has(t(p, arrow)) && arrow < b.from && b.from - arrow <= 2) return { cue: '→', anchor: a.from };
  const at = gap <= 4 ? phraseIn(p, first, Math.min(b.from, first + 3), W.to) : -1;
  const to = at >= 0 ? phraseAt(p.tokens, at, W.to) : 0;
  if (to && b.from - at - to <= 2 && p.clause[a.from] === p.clause[b.from]) {
    const from = fromBefore(p, a);
    const verb = verbBefore(p, from >= 0 ? from : a.from);
    if (from >= 0 && measuresSize(p, from)) return null;
    if (from >= 0) return { cue: 'from…to', anchor: verb >= 0 ? verb : from };
    if (verb >= 0 && !W.generic.has(t(p, verb))) return { cue: 'verb…to', anchor: verb };
    if (a.q.kind === 'percent' && b.q.kind === 'percent') return { cue: '%…to…%', anchor: a.from };
  }
  const comma = t(p, first) === ',' ? 1 : 0;
  if (gap - comma <= 3 && phraseAt(p.tokens, first + comma, W.upFrom)) return { cue: 'up from', anchor: a.from };
  if (gap - comma <= 3 && phraseAt(p.tokens, first + comma, W.instead)) return { cue: 'instead of', anchor: a.from };
  if (gap <= 12 && phraseIn(p, first, b.from, W.after) >= 0 && hasBefore(p, a))
    return { cue: 'before…now', anchor: a.from };
  return null;
}

/** "70% of the kids moved up a level, up from 45%": the before after "up from", the after anywhere before it. */
function upFrom(p: Parsed): Candidate | null {
  for (let k = 1; k < p.items.length; k++) {
    const b = p.items[k];
    if (!b || !(phraseAt(p.tokens, b.from - 2, W.upFrom) || phraseAt(p.tokens, b.from - 3, W.upFrom) === 3)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const a = p.items[j];
      if (a && compatible(a.q, b.q))
        return { kind: 'change', cue: 'up from', from: a.from, to: b.to - 1, anchor: a.from, items: [a, b] };
    }
  }
  return null;
}

export function changeBetween(p: Parsed): Candidate | null {
  const up = upFrom(p);
  if (up) return up;
  const items = p.items.filter((item) => !isWindow(p, item));
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k];
    const b = items[k + 1];
    if (!a || !b || !compatible(a.q, b.q)) continue;
    const found = link(p, a, b);
    if (found)
      return {
        kind: 'change',
        cue: found.cue,
        from: Math.min(found.anchor, a.from),
        to: b.to - 1,
        anchor: found.anchor,
        items: [a, b],
      };
  }
  return null;
}

const BY_KINDS: ReadonlySet<Quantity['kind']> = new Set([...NUMERIC, 'multiplier']);

/** What follows a verb of change: "by 28%", "in half", "to 19 minutes", "conversion 9%". */
function afterVerb(p: Parsed, v: number): { item: Item; cue: string } | null {
  const verb = t(p, v);
  const copula = W.copulas.has(verb) ? 1 : 0;
  const item = p.items.find((it) => it.from > v && it.from - v <= 10 && p.clause[it.from] === p.clause[v]);
  if (!item || !BY_KINDS.has(item.q.kind)) return null;
  const prev = t(p, item.from - 1);
  if (W.by.has(prev) || (prev === 'in' && item.q.kind === 'fraction')) return { item, cue: `${verb}…${prev}` };
  const down = prev === 'to' && (t(p, item.from - 2) === 'down' || t(p, item.from - 2) === 'up');
  if (copula && !down) return null;
  if (down || (prev === 'to' && !W.generic.has(verb))) return { item, cue: `${verb}…to` };
  const share = item.q.kind === 'percent' || item.q.kind === 'multiplier' || item.q.kind === 'fraction';
  if ((prev === 'up' || prev === 'down') && share && item.from - v <= 6) return { item, cue: `${verb} ${prev} N` };
  if (share && item.from - v <= 9 && !W.generic.has(verb)) return { item, cue: `${verb} N` };
  return null;
}

export function verbChange(p: Parsed): Candidate | null {
  if (p.items.length === 0 && !(p.cues & CUE.multiply)) return null;
  for (let v = 0; v < p.tokens.length; v++) {
    const verb = t(p, v);
    const copula = W.copulas.has(verb) && (t(p, v + 1) === 'down' || t(p, v + 1) === 'up') && t(p, v + 2) === 'to';
    // A headline's change with no verb: "waste down 18% in 2024", "revenue up 27%".
    const headline =
      (verb === 'up' || verb === 'down') &&
      p.tokens[v - 1]?.kind === 'word' &&
      p.items.some((item) => item.from === v + 1 && item.q.kind === 'percent');
    if (headline) {
      const item = p.items.find((i) => i.from === v + 1);
      if (item) return { kind: 'change', cue: `${verb} N`, from: v - 1, to: item.to - 1, anchor: v, items: [item] };
    }
    if (p.tokens[v]?.kind !== 'word' || !(isChangeVerb(verb) || copula)) continue;
    if (W.multiplying.has(verb) && !['down', 'as', 'up'].includes(t(p, v + 1))) {
      return { kind: 'change', cue: verb, from: v, to: v, anchor: v, items: [] };
    }
    const found = afterVerb(p, v);
    if (found)
      return { kind: 'change', cue: found.cue, from: v, to: found.item.to - 1, anchor: v, items: [found.item] };
  }
  return comparative(p);
}

/** "40% fewer callbacks", "three times faster", "a 35% reduction in errors". */
const THEN_SUBJECTS = new Set(['it', 'they', 'we', 'i', 'he', 'she', 'that']);
const THEN_VERBS = new Set(['did', 'used', 'were', 'was', 'had', 'used to']);
const BENCHMARKS = new Set(['average', 'benchmark', 'baseline', 'norm', 'target', 'plan', 'quota', 'standard']);

/** "twice as many as we did", "half as long as the company average": compared with before or a benchmark, not with others ("as my friends", "as usual"). */
function asBefore(p: Parsed, from: number): boolean {
  for (let k = from; k < p.tokens.length && k < from + 8; k++) {
    if (t(p, k) !== 'as') continue;
    const who = t(p, k + 1);
    const benchmark = [1, 2, 3, 4].some((d) => BENCHMARKS.has(t(p, k + d)));
    return (THEN_SUBJECTS.has(who) && THEN_VERBS.has(t(p, k + 2))) || who === 'before' || who === 'last' || benchmark;
  }
  return false;
}

function comparative(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'percent' && item.q.kind !== 'multiplier' && item.q.kind !== 'fraction') continue;
    const goal = (d: number) => W.goalNouns.has(t(p, item.to + d)) && t(p, item.to + d - 1) !== 'as';
    if (item.q.kind === 'multiplier' && [0, 1, 2, 3].some(goal))
      return { kind: 'share', cue: 'N goal', from: item.from, to: item.to + 3, anchor: item.from, items: [item] };
    const next = t(p, item.to);
    const noun = (W.down.has(next) || W.up.has(next)) && !W.proportion.has(next);
    const asThen = next === 'as' && asBefore(p, item.to + 1);
    const the =
      (item.q.kind === 'multiplier' && (next === 'the' || asThen)) ||
      (item.q.kind === 'fraction' && (asThen || (next === 'the' && W.halfThe.has(t(p, item.to + 1)))));
    const ofWhat = next === 'of' && t(p, item.to + 1) === 'what';
    const sign = t(p, item.from - 1) === '+' && p.tokens[item.from - 1]?.end === p.tokens[item.from]?.start;
    if (W.comparatives.has(next) || (noun && item.q.kind === 'percent') || the || ofWhat || sign) {
      return { kind: 'change', cue: `N ${next}`, from: item.from, to: item.to, anchor: item.from, items: [item] };
    }
  }
  return null;
}

/** "Level 2 cert", "a Level 3+ post": a figure that names a level measures nothing to set against another sentence. */
export const namesALevel = (p: Parsed, item: Item): boolean => ENGLISH.labelWords.has(p.tokens[item.from - 1]?.t ?? '');

/** "Last year we lost nine. This year, two.": a before in one sentence and an after in the next. */
export function acrossSentences(previous: Parsed, p: Parsed): Candidate | null {
  const before = previous.items.find((it) => hasBefore(previous, it));
  if (!before) return null;
  const after = p.items.find(
    (it) => compatible(before.q, it.q) && !namesALevel(p, it) && phraseIn(p, 0, it.from, W.after) >= 0,
  );
  return after
    ? { kind: 'change', cue: 'before. now', from: after.from, to: after.to - 1, anchor: after.from, items: [after] }
    : null;
}
