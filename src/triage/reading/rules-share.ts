/**
 * Shares that are results: a share reaching a goal ("92% passed"), a share of cases meeting a standard
 * ("same-day screening for 97% of bookings"), a part of a whole named first ("Of the 38 titles I
 * proofed, 37 passed QA first time"), and each of a count meeting its mark ("all 140 went out on time").
 */
import { phraseAt } from './language.js';
import type { Candidate, Parsed } from './parsed.js';
import type { Item } from './quantities.js';
import { RESULT_WORDS as W } from './result-words.js';

const t = (p: Parsed, i: number): string => p.tokens[i]?.t ?? '';

/** "92% passed", "80% of my patients met their goals", "our renewal rate of 97%", "98% on-time". */
export function share(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'percent' && item.q.kind !== 'ratio') continue;
    const c = p.clause[item.from];
    let goal = -1;
    for (let k = item.to; k < item.to + 7 && p.clause[k] === c; k++) if (W.goalVerbs.has(t(p, k))) goal = k;
    const rateBefore = [1, 2, 3, 4].some((d) => W.rateNouns.has(t(p, item.from - d)));
    const rateAfter = [0, 1].some((d) => W.rateNouns.has(t(p, item.to + d)) || W.cleanNouns.has(t(p, item.to + d)));
    const ofGoal = t(p, item.to) === 'of' && [1, 2].some((d) => W.goalNouns.has(t(p, item.to + d)));
    if (W.goalVerbs.has(t(p, item.from - 1)) || ofGoal) goal = item.to;
    if (goal < 0 && !(item.q.kind === 'percent' && (rateBefore || rateAfter))) continue;
    const to = goal >= 0 ? goal : rateAfter ? item.to + 1 : item.to - 1;
    return {
      kind: 'share',
      cue: item.q.text,
      from: rateBefore ? item.from - 4 : item.from,
      to,
      anchor: item.from,
      items: [item],
    };
  }
  return null;
}

/** Words a share of cases opens with: "for 97% of bookings", "in 95% of calls", "on 98% of orders". */
const SHARE_OPENERS = new Set(['for', 'in', 'on']);

/** A standard met at token k: "same-day", "on time", "first-pass", or "within" a stretch of time ("within 4 hours"). */
const standardAt = (p: Parsed, k: number) =>
  phraseAt(p.tokens, k, W.standards) > 0 ||
  (t(p, k) === 'within' && p.items.some((it) => it.from === k + 1 && it.q.kind === 'duration'));

/**
 * "we've done same-day screening for 97% of bookings", "98% of orders shipped on time": a share of cases
 * that met a standard the clause names, before the share or just after what it counts.
 */
export function metStandard(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'percent' || t(p, item.to) !== 'of') continue;
    const c = p.clause[item.from];
    const near = (k: number) => k >= 0 && p.clause[k] === c && standardAt(p, k);
    const opened = SHARE_OPENERS.has(t(p, item.from - 1));
    const before = opened ? [...Array(10).keys()].map((d) => item.from - 2 - d).find(near) : undefined;
    const after = [...Array(6).keys()].map((d) => item.to + 2 + d).find(near);
    const mark = before ?? after;
    if (mark === undefined) continue;
    const from = Math.min(mark, item.from);
    return { kind: 'share', cue: item.q.text, from, to: Math.max(mark, item.to + 1), anchor: item.from, items: [item] };
  }
  return null;
}

const COUNTED = new Set(['count', 'number']);

/** "Of the 38 titles …": a whole named first, opening the sentence or a clause. */
function wholeNamed(p: Parsed, whole: Item): boolean {
  if (!COUNTED.has(whole.q.kind)) return false;
  const of = t(p, whole.from - 1) === 'the' ? whole.from - 2 : whole.from - 1;
  return t(p, of) === 'of' && (of === 0 || p.tokens[of - 1]?.kind === 'sym');
}

/**
 * "Of the 38 titles I QC'd last year, 37 passed retailer QA", "of the 12 nurses I precepted, 11 stayed": a
 * part of a whole the writer named first that reached a goal, a share as much as "37 of 38 passed" is.
 */
export function partOfWhole(p: Parsed): Candidate | null {
  for (const whole of p.items) {
    if (!wholeNamed(p, whole)) continue;
    const part = p.items.find(
      (it) =>
        it.from >= whole.to &&
        it.from <= whole.to + 12 &&
        COUNTED.has(it.q.kind) &&
        t(p, it.from - 1) === ',' &&
        it.q.value > 0 &&
        it.q.value <= whole.q.value,
    );
    if (!part) continue;
    const goal = [1, 2, 3, 4].map((d) => part.from + d).find((k) => k <= part.to + 2 && W.goalVerbs.has(t(p, k)));
    if (goal === undefined) continue;
    const cue = `${part.q.value} of ${whole.q.value}`;
    const from = whole.from - (t(p, whole.from - 1) === 'the' ? 2 : 1);
    return { kind: 'share', cue, from, to: goal, anchor: part.from, items: [whole, part] };
  }
  return null;
}

/** What a whole batch meeting its mark is said to have done: "on time", "on schedule", "on budget". */
const MARKS = new Set(['time', 'schedule', 'budget', 'spec']);
const DONE = new Set(['went', 'came', 'got', 'were', 'was', 'left', 'ran', 'flew', 'sent', 'built', 'made']);

/**
 * "all 140 went out on time", "every one of the 30 shipped on schedule": each of a count meeting its mark
 * is a full share, a result as much as "100% on time" is.
 */
export function allOnMark(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'count' && item.q.kind !== 'number') continue;
    const before = t(p, item.from - 1);
    if (before !== 'all' && !(before === 'the' && t(p, item.from - 2) === 'all')) continue;
    const c = p.clause[item.from];
    // Told as done ("went", "shipped", "were delivered"): "I want all 30 on time" is a wish.
    let done = false;
    for (let k = item.from; k < item.to + 8 && p.clause[k] === c; k++) {
      done ||= DONE.has(t(p, k)) || (k >= item.to && /^[a-z]{3,}ed$/.test(t(p, k)));
      if (!done || t(p, k) !== 'on' || !MARKS.has(t(p, k + 1))) continue;
      const from = before === 'all' ? item.from - 1 : item.from - 2;
      return { kind: 'share', cue: `all ${item.q.text}`, from, to: k + 1, anchor: item.from, items: [item] };
    }
  }
  return null;
}

/** Words that go before the verb of what befell a count: "were overturned", "have ever been sent back", "got returned". */
const AUXILIARIES = new Set([
  'was',
  'were',
  'got',
  'has',
  'have',
  'had',
  'been',
  'ever',
  'then',
  'later',
  'came',
  'went',
]);
/** A verb told as done: "overturned", "rejected", "failed", "broken", "sent back". */
const doneVerb = (p: Parsed, k: number) =>
  /^[a-z]{3,}(?:ed|en)$/.test(t(p, k)) ||
  ['lost', 'sent'].includes(t(p, k)) ||
  (t(p, k) === 'back' && t(p, k - 1) === 'came');

/**
 * "0 of my 260 certificates were overturned on appeal", "none of the 300 welds I signed off failed", "zero of
 * 90 audits came back": none of a counted body of work met a bad end, a clean record as much as "zero
 * recalls" is. The verb must follow what is counted ("0 of 5 stars" tells no outcome), and a job search
 * is no body of work ("none of my 40 applications were answered").
 */
export function noneOfCount(p: Parsed): Candidate | null {
  for (const [n, item] of p.items.entries()) {
    const zeroRatio = item.q.kind === 'ratio' && item.q.value === 0 && (item.q.per?.value ?? 0) >= 2;
    const next = p.items[n + 1];
    const noneOf = item.q.kind === 'number' && item.q.value === 0 && t(p, item.to) === 'of' && next?.q.kind === 'count';
    const whole = zeroRatio ? item : noneOf && next && next.from <= item.to + 2 && next.q.value >= 2 ? next : null;
    if (!whole) continue;
    const unit = (whole === item ? item.q.per?.unit : whole.q.unit) ?? '';
    if (unit.split(' ').some((w) => W.jobNouns.has(w) || W.experience.has(w))) continue;
    let k = whole.to;
    while (AUXILIARIES.has(t(p, k)) && k < whole.to + 3) k++;
    if (p.clause[k] !== p.clause[whole.to - 1] || !doneVerb(p, k)) continue;
    return { kind: 'clean-record', cue: item.q.text, from: item.from, to: k, anchor: item.from, items: [whole] };
  }
  return null;
}
