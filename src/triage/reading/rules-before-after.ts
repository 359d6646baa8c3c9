/**
 * A before and after around the writer's own action, in words or in figures: "changeovers used to take
 * most of a shift; after I pre-kitted the bundles, they take about an hour", "leak callbacks used to be
 * a regular thing; since I added a seam check, we've had one in the last year".
 */
import { phraseAt } from './language.js';
import type { Candidate, Parsed } from './parsed.js';
import { CUE, RESULT_WORDS as W } from './result-words.js';
import { phraseIn } from './rules-change.js';

const t = (p: Parsed, i: number): string => p.tokens[i]?.t ?? '';

/** The writer as subject within four tokens after i: "since I", "after we", "once our crew". */
function writerAfter(p: Parsed, i: number): number {
  for (let k = i; k < i + 4 && k < p.tokens.length; k++) {
    const w = t(p, k);
    if (w === 'i' || w === 'we' || W.writerPossessive.has(w)) return k;
  }
  return -1;
}

/** The measure of the after: a quantity or a word of how often, in the clauses after the writer's action. */
function measureAfter(p: Parsed, from: number): number {
  const item = p.items.find((it) => it.from > from);
  if (item) return item.to - 1;
  for (let k = from; k < p.tokens.length; k++) if (phraseAt(p.tokens, k, W.frequency)) return k;
  return -1;
}

/** "Most of my patients now walk within three months, where it used to take closer to a year." */
function nowThenUsedTo(p: Parsed, used: number): Candidate | null {
  const now = phraseIn(p, 0, used, W.after);
  if (now < 0 || p.clause[now] === p.clause[used]) return null;
  const writer = [...Array(used).keys()].some((k) => W.writer.has(t(p, k)) || W.writerPossessive.has(t(p, k)));
  const end = measureAfter(p, now);
  if (!writer || end < 0 || end > used) return null;
  const items = p.items.filter((it) => it.from >= now);
  return { kind: 'change', cue: `${t(p, now)}…used to`, from: now, to: used + 1, anchor: now, items };
}

/** "I used to be a nurse", "used to work as a teacher": a career told as before and after, no measure. */
function isCareer(p: Parsed, used: number): boolean {
  const verb = t(p, used + 2);
  const next = t(p, used + 3);
  const writer = t(p, used - 1) === 'i';
  return writer && ((verb === 'be' && (next === 'a' || next === 'an')) || (verb === 'work' && next === 'as'));
}

export function usedToThenNow(p: Parsed): Candidate | null {
  if (!(p.cues & CUE.usedTo)) return null;
  const used = phraseIn(p, 0, p.tokens.length, W.usedTo);
  if (used < 0 || isCareer(p, used)) return null;
  const reversed = nowThenUsedTo(p, used);
  if (reversed) return reversed;
  for (let c = used + 3; c < p.tokens.length; c++) {
    const n = phraseAt(p.tokens, c, W.after);
    if (!n) continue;
    const writer = writerAfter(p, c + n);
    if (writer < 0 && t(p, c) !== 'now') continue;
    const end = measureAfter(p, c + n);
    if (end < 0) continue;
    const items = p.items.filter((it) => it.from >= used && it.to - 1 <= end);
    const anchor = writer >= 0 ? writer + 1 : c;
    return { kind: 'change', cue: `used to…${t(p, c)}`, from: used, to: end, anchor, items };
  }
  return nextClause(p, used);
}

/** "assembly used to take most of a day; with the station I set up, it takes about two hours." */
function nextClause(p: Parsed, used: number): Candidate | null {
  const c = p.clause.findIndex((id) => id > (p.clause[used] ?? 0));
  if (c < 0) return null;
  const writer = [...Array(p.tokens.length - c).keys()]
    .map((d) => c + d)
    .find((k) => t(p, k) === 'i' || t(p, k) === 'we');
  const before = p.items.find((it) => it.from > used && it.from < c);
  const after = p.items.find((it) => it.from > (writer ?? p.tokens.length));
  if (writer === undefined || !before || !after || before.q.kind !== after.q.kind) return null;
  return {
    kind: 'change',
    cue: 'used to…then',
    from: used,
    to: after.to - 1,
    anchor: writer + 1,
    items: [before, after],
  };
}

/** "late buses went from most mornings to almost none", "turnaround from two days to same-day". */
export function fromOftenToRare(p: Parsed): Candidate | null {
  if (!(p.cues & CUE.from)) return null;
  for (let f = 0; f < p.tokens.length; f++) {
    if (t(p, f) !== 'from') continue;
    const start = p.items.find((it) => it.from > f && it.from <= f + 3);
    const often = start ? start.to : [1, 2, 3].map((d) => f + d).find((k) => phraseAt(p.tokens, k, W.frequency));
    if (often === undefined) continue;
    const to = [0, 1, 2, 3, 4].map((d) => often + d).find((k) => t(p, k) === 'to');
    if (to === undefined || p.clause[to] !== p.clause[f]) continue;
    const after = [1, 2, 3].map((d) => to + d).find((k) => phraseAt(p.tokens, k, W.frequency));
    const verb = [1, 2, 3, 4, 5].map((d) => f - d).find((k) => W.down.has(t(p, k)) || W.up.has(t(p, k)));
    if (after === undefined || verb === undefined) continue;
    return {
      kind: 'change',
      cue: 'from…to, in words',
      from: verb,
      to: after + 1,
      anchor: verb,
      items: start ? [start] : [],
    };
  }
  return null;
}
