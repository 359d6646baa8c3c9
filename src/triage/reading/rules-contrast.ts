/**
 * A before and an after told only by their times, with no verb of change: "we were at 4.1 falls per
 * 1,000 patient days; the last two quarters we've averaged 1.6", "Last winter one caller in five hung
 * up; this winter, one in twenty-five", "That season we lost eleven calves. Last season, two."
 */
import { ENGLISH } from './english.js';
import { phraseAt } from './language.js';
import type { Candidate, Parsed } from './parsed.js';
import type { Item } from './quantities.js';
import { RESULT_WORDS as W } from './result-words.js';
import { compatible, namesALevel } from './rules-change.js';

interface Marker {
  readonly key: string;
  readonly at: number;
  readonly end: number;
}

const t = (p: Parsed, i: number): string => p.tokens[i]?.t ?? '';

/** "currently", "these days", a verb in the present: one time, now, so two of them are no contrast. */
function nowOr(words: readonly string[]): string {
  const key = words.join(' ');
  return W.nowMarkers.has(key) ? 'now' : key;
}

const isPeriod = (w: string): boolean =>
  W.timePeriods.has(w) || W.timePeriods.has(w.replace(/s$/, '')) || ENGLISH.durations.has(w) || ENGLISH.months.has(w);

/** "last winter", "the past six months", "this season": a deictic, at most two words, then a period. */
function datedPeriod(p: Parsed, k: number): Marker | null {
  const n = phraseAt(p.tokens, k, W.timeDeictics);
  if (!n) return null;
  for (let d = 0; d < 3; d++) {
    const w = t(p, k + n + d);
    if (isPeriod(w)) return { key: `${t(p, k + n - 1)} ${w.replace(/s$/, '')}`, at: k, end: k + n + d + 1 };
  }
  return null;
}

/** The time a token starts to tell, if any: a marker phrase, a dated period, a year or "in April". */
function markerAt(p: Parsed, k: number): Marker | null {
  const n = phraseAt(p.tokens, k, W.timeMarkers);
  if (n) return { key: nowOr(p.tokens.slice(k, k + n).map((x) => x.t)), at: k, end: k + n };
  const period = datedPeriod(p, k);
  if (period) return period;
  const verb = t(p, k);
  if (W.pastVerbs.has(verb)) return { key: 'past', at: k, end: k + 1 };
  if (W.presentVerbs.has(verb)) return { key: 'now', at: k, end: k + 1 };
  const token = p.tokens[k];
  const year = token?.kind === 'num' && token.t.length === 4 && ENGLISH.years.min <= (token.n ?? 0);
  if (year && (token?.n ?? 0) <= ENGLISH.years.max) return { key: token?.t ?? '', at: k, end: k + 1 };
  if (ENGLISH.months.has(t(p, k)) && (t(p, k - 1) === 'in' || t(p, k - 1) === 'since'))
    return { key: t(p, k), at: k, end: k + 1 };
  return null;
}

/** The markers of [from, to) in reading order, each read once per sentence: many measures share a clause. */
const markerRuns = new WeakMap<Parsed, Map<string, readonly Marker[]>>();
function markersIn(p: Parsed, from: number, to: number): readonly Marker[] {
  const runs = markerRuns.get(p) ?? new Map<string, readonly Marker[]>();
  markerRuns.set(p, runs);
  const known = runs.get(`${from}:${to}`);
  if (known) return known;
  const found: Marker[] = [];
  for (let k = Math.max(0, from); k < to; k++) {
    const marker = markerAt(p, k);
    if (marker) found.push(marker);
    if (marker) k = marker.end - 1;
  }
  runs.set(`${from}:${to}`, found);
  return found;
}

const firstMarker = (p: Parsed, from: number, to: number, not?: string): Marker | null =>
  markersIn(p, from, to).find((m) => m.key !== not) ?? null;

/** The last marker in [from, at), else the first in [at, to); none with the key `not`. */
function nearestMarker(p: Parsed, from: number, at: number, to: number, not?: string): Marker | null {
  let before: Marker | null = null;
  for (let k = Math.max(0, from); k < at; k++) {
    const marker = markerAt(p, k);
    if (marker && marker.key !== not) before = marker;
    if (marker) k = marker.end - 1;
  }
  return before ?? firstMarker(p, at, to, not);
}

/** Where each token's clause starts and ends, found once per sentence rather than walked from every measure. */
const clauseSpans = new WeakMap<Parsed, { readonly start: readonly number[]; readonly end: readonly number[] }>();
function spans(p: Parsed): { readonly start: readonly number[]; readonly end: readonly number[] } {
  const known = clauseSpans.get(p);
  if (known) return known;
  const n = p.tokens.length;
  const start: number[] = [];
  const end: number[] = new Array(n);
  for (let i = 0; i < n; i++) start[i] = i > 0 && p.clause[i - 1] === p.clause[i] ? (start[i - 1] as number) : i;
  for (let i = n - 1; i >= 0; i--)
    end[i] = i < n - 1 && p.clause[i + 1] === p.clause[i] ? (end[i + 1] as number) : i + 1;
  const made = { start, end };
  clauseSpans.set(p, made);
  return made;
}

const clauseStart = (p: Parsed, i: number): number => spans(p).start[i] ?? i;
const clauseEnd = (p: Parsed, i: number): number => spans(p).end[i] ?? i + 1;

/** What a count or a rate counts ("calves", "parcels"); a duration's or money's unit is no noun. */
const noun = (item: Item): string =>
  item.q.kind === 'count' || item.q.kind === 'rate'
    ? ((item.q.unit ?? '').split(' ').pop() ?? '').replace(/s$/, '')
    : '';

/** A bare number that may be an age or a small count ("I was 24"): a measure only from a hundred up ("320,000"). */
const small = (item: Item): boolean => item.q.kind === 'number' && item.q.value < 100;

/** A span given as a range ("30-50 m boats", "10–12 weeks"): the size of what was worked on, not a before or an after. */
const RANGE_MARKS = new Set(['-', '–']);
const touches = (p: Parsed, i: number, j: number) => p.tokens[i]?.end === p.tokens[j]?.start;
function inRange(p: Parsed, item: Item): boolean {
  const [before, after] = [item.from - 1, item.to];
  const opens = RANGE_MARKS.has(t(p, after)) && p.tokens[after + 1]?.kind === 'num' && touches(p, after, after + 1);
  const closes =
    RANGE_MARKS.has(t(p, before)) && p.tokens[before - 1]?.kind === 'num' && touches(p, before - 1, before);
  return (opens && touches(p, item.to - 1, after)) || (closes && touches(p, before, item.from));
}

/** Two measures of one thing: of one kind, not two small bare numbers, not two different nouns, not a team's size. */
function comparable(a: Item, b: Item): boolean {
  if (!compatible(a.q, b.q) || (a.q.kind === 'number' && b.q.kind === 'number' && (small(a) || small(b)))) return false;
  if (noun(a) && noun(b) && noun(a) !== noun(b)) return false;
  return !W.size.has(noun(a)) && !W.size.has(noun(b));
}

/** Within one sentence: each measure in its own clause, each dated by a different time. */
export function contrastedTimes(p: Parsed): Candidate | null {
  for (let k = 0; k + 1 < p.items.length; k++) {
    const a = p.items[k];
    const b = p.items[k + 1];
    if (!a || !b || !comparable(a, b) || inRange(p, a) || inRange(p, b)) continue;
    // Each measure's own time: the nearest before it in its clause, else the first after it.
    const first = nearestMarker(p, clauseStart(p, a.from), a.from, b.from);
    const second = first && nearestMarker(p, Math.max(first.end, a.to), b.from, clauseEnd(p, b.from), first.key);
    if (!first || !second) continue;
    const apart = p.clause[a.from] !== p.clause[b.from] || (second.at >= a.to && second.at < b.from);
    if (apart)
      return {
        kind: 'change',
        cue: `${first.key}…${second.key}`,
        from: a.from,
        to: b.to - 1,
        anchor: a.from,
        items: [a, b],
      };
  }
  return null;
}

const ELLIPTIC_TOKENS = 8;

/** Across two sentences: "Our warehouse bill is now $29k a month. It was $48k in April." Each measure dated in its own clause; the first not a small bare number. */
export function contrastedSentences(previous: Parsed, p: Parsed): Candidate | null {
  for (const b of p.items) {
    // "Level 2 cert renewed in October.": a figure that names a level measures nothing to set against the sentence before.
    if (namesALevel(p, b)) continue;
    const second = firstMarker(p, clauseStart(p, b.from), clauseEnd(p, b.from));
    if (!second) continue;
    for (const a of previous.items) {
      // Measures of one kind ("$29k … $48k"), or an after so short it only makes sense with its before ("Last season, two.").
      const elliptic = p.tokens.length <= ELLIPTIC_TOKENS;
      if (small(a) || !comparable(a, b) || (a.q.kind !== b.q.kind && !elliptic)) continue;
      if (inRange(previous, a) || inRange(p, b)) continue;
      const first = firstMarker(previous, clauseStart(previous, a.from), clauseEnd(previous, a.from), second.key);
      if (first)
        return {
          kind: 'change',
          cue: `${first.key}. ${second.key}`,
          from: 0,
          to: b.to - 1,
          anchor: b.from,
          items: [b],
        };
    }
  }
  return null;
}
