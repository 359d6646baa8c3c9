/**
 * Results that are not a change between two numbers: a clean record ("not one missed dose since"),
 * a rank ("ranked #1 of 30"), money or time given back ("saved the owner $1.4M"). Shares are in
 * rules-share.ts; reach and volumes in rules-count.ts.
 */
import { findFrom } from '../shared/text.js';
import { ENGLISH } from './english.js';
import { phraseAt } from './language.js';
import type { Candidate, Parsed } from './parsed.js';
import type { Item } from './quantities.js';
import { CUE, RESULT_WORDS as W } from './result-words.js';

const t = (p: Parsed, i: number): string => p.tokens[i]?.t ?? '';
const STRONG = new Set(['zero', '0', 'not', 'none', 'never', 'nobody', 'no one']);
const FILLERS = new Set(['a', 'an', 'one', 'single', 'any', 'another', 'more', 'new', 'the', 'of']);

/** A span a clean record holds over: a duration, a count of seasons, "since", "all year". */
const MISSED = new Set(['missed', 'miss', 'lost', 'skipped', 'taken', 'took']);
const THAT = new Set(['that', 'those', 'this', 'the', 'whole', 'entire', 'all']);
const STRETCHES = new Set(['time', 'period', 'stretch', 'run', 'span', 'tenure', 'stint']);

/** A count after the record that it held over, "in 900 dives", "across 40 issues": the stretch of work it covers. */
const countAfter = (p: Parsed, it: Item, at: number) =>
  it.q.kind === 'count' && it.from > at && [it.from, it.from - 1].some((k) => W.recordSpan.has(t(p, k)));

/** "in that time", "over the whole stretch", "in all those years": a span the note stated before, told back. */
function toldBack(p: Parsed): boolean {
  return p.tokens.some((tok, i) => {
    if (!W.recordSpan.has(tok.t) || tok.t === 'since') return false;
    let k = i + 1;
    while (k < i + 4 && THAT.has(t(p, k))) k++;
    // "the" alone is no pointing back: "in the day" is when, not the stretch just told.
    const pointed = k > i + 1 && !(k === i + 2 && t(p, i + 1) === 'the');
    return pointed && (STRETCHES.has(t(p, k)) || ENGLISH.durations.has(t(p, k)));
  });
}

function recordSpan(p: Parsed, at: number): Item | 'unmeasured' | null {
  const item = p.items.find(
    (it) =>
      // "a day" after a verb of missing is what was not missed ("not missed a day of work"), not a span.
      (it.q.kind === 'duration' && !MISSED.has(p.tokens[it.from - 1]?.t ?? '')) ||
      (it.q.kind === 'count' && ENGLISH.ratePeriods.has((it.q.unit ?? '').replace(/s$/, ''))) ||
      countAfter(p, it, at),
  );
  if (item) return item;
  return p.tokens.some((tok) => tok.t === 'since') || toldBack(p) ? 'unmeasured' : null;
}

/** "a zero-complaint record", "a perfect on-time record", "spotless inspections". */
function recordPhrase(p: Parsed): Candidate | null {
  for (let i = 0; i < p.tokens.length; i++) {
    const w = t(p, i);
    const dash = w.startsWith('zero-') ? 5 : w.startsWith('no-') ? 3 : 0;
    const free = w.endsWith('-free') && W.cleanNouns.has(w.slice(0, -5));
    const hyphen = free || (dash > 0 && W.cleanNouns.has(w.slice(dash)));
    const noun = W.recordAdjectives.has(w) ? [1, 2, 3].find((d) => W.recordNouns.has(t(p, i + d))) : undefined;
    if (hyphen || noun !== undefined)
      return { kind: 'clean-record', cue: w, from: i, to: i + (noun ?? 1), anchor: i, items: [] };
  }
  return null;
}

/** "went straight into the archive without redraws": work handed on as it was is a clean record with no stretch of time. */
const handedOn = (p: Parsed, i: number) =>
  t(p, i) === 'without' &&
  [1, 2, 3, 4, 5, 6, 7, 8].some((d) => p.clause[i - d] === p.clause[i] && W.straight.has(t(p, i - d)));

/**
 * "with zero postponements", "with 0 reshoots": "with zero" before a plural noun of the writer's own
 * wording, no unit of its own ("zero days" is a span), no job search ("zero interviews"). The noun is not
 * known to be a mishap, so the record counts only as what came with a count of work told before it
 * ("through 31 events"); "got zero replies" is no record.
 */
function zeroOf(p: Parsed, i: number): boolean {
  const noun = t(p, i + 1);
  if ((t(p, i) !== 'zero' && t(p, i) !== '0') || t(p, i - 1) !== 'with') return false;
  if (!/^[a-z][a-z-]{2,}[^s]s$/.test(noun)) return false;
  if (W.jobNouns.has(noun) || W.experience.has(noun) || ENGLISH.durations.has(noun)) return false;
  return !p.items.some((it) => it.from === i && it.to > i + 1);
}

/** A count of work of two or more that a record with an open noun holds over. */
const worked = (volume: Item | undefined) => volume?.q.kind === 'count' && volume.q.value >= 2;

export function cleanRecord(p: Parsed): Candidate | null {
  if (!(p.cues & CUE.clean)) return null;
  const phrase = recordPhrase(p);
  if (phrase) return phrase;
  for (let i = 0; i < p.tokens.length; i++) {
    const n = phraseAt(p.tokens, i, W.cleanWords) || phraseAt(p.tokens, i, W.cleanVerbs) || (t(p, i) === '0' ? 1 : 0);
    if (!n) continue;
    let k = i + n;
    while (k < i + n + 5 && (FILLERS.has(t(p, k)) || (!W.cleanNouns.has(t(p, k)) && p.tokens[k]?.kind === 'word'))) {
      if (W.cleanNouns.has(t(p, k))) break;
      k++;
    }
    const single = t(p, i) === 'without' && p.items.some((it) => it.to <= i && it.q.kind === 'count');
    const open = !W.cleanNouns.has(t(p, k)) && zeroOf(p, i);
    if (open) k = i + 1;
    else if (!W.cleanNouns.has(t(p, k)) && !(single && (t(p, i + 1) === 'a' || t(p, i + 1) === 'one'))) continue;
    const span = recordSpan(p, k);
    const volume = p.items.find((it) => it.to <= i && (it.q.kind === 'count' || it.q.kind === 'number'));
    // "no one", "nobody" and "not" say a record only over a stretch of the writer's time ("nobody has quit since
    // I took over"); "I have not missed a day of work" is attendance.
    const strong = (STRONG.has(t(p, i)) && !['nobody', 'no one', 'not'].includes(t(p, i))) || handedOn(p, i);
    if (open ? !worked(volume) : !strong && !span && !volume) continue;
    const end = span && span !== 'unmeasured' ? Math.max(k, span.to - 1) : k;
    const items = [span, volume].filter((x): x is Item => !!x && x !== 'unmeasured');
    return {
      kind: 'clean-record',
      cue: p.text.slice(p.tokens[i]?.start, p.tokens[k]?.end),
      from: Math.min(i, volume?.from ?? i),
      to: end,
      anchor: i,
      items,
    };
  }
  return null;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
const SEQUENCE = new Set(['then', 'now', 'later', 'next', 'afterwards', 'second']);

/** "first" told as time, not rank: "how I first got on a job", "first in Lyon and now in Chicago". */
function inSequence(p: Parsed, i: number): boolean {
  if (t(p, i) !== 'first') return false;
  return SUBJECT_PRONOUNS.has(t(p, i - 1)) || findFrom(p.tokens, i + 1, (tok) => SEQUENCE.has(tok.t)) !== undefined;
}

/** "the most useful 45 minutes of my week": a span of time ranked is thanks for it, no place in a ranking. */
const timeRanked = (p: Parsed, after: number) =>
  p.items.some((item) => item.q.kind === 'duration' && item.from >= after && item.from <= after + 1);

/** "ranked #1", "2nd of 30", "top 5%", "I was the first in sales", "best in our shop". */
export function rank(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'rank') continue;
    const before = t(p, item.from - 1);
    const marked = p.tokens[item.from]?.t === '#' || p.tokens[item.from]?.t === 'top' || !!item.q.per;
    if (marked || W.rankVerbs.has(before) || W.copulas.has(before) || W.rankVerbs.has(t(p, item.from - 2)))
      return { kind: 'rank', cue: item.q.text, from: item.from, to: item.to - 1, anchor: item.from, items: [item] };
  }
  if (!(p.cues & CUE.rank)) return null;
  for (let i = 1; i < p.tokens.length; i++) {
    const n = phraseAt(p.tokens, i, W.rankWords);
    // "a first officer", "a first responder": an ordinal after "a" names a kind of job, not a place in a ranking.
    if (!n || inSequence(p, i) || ['a', 'an'].includes(t(p, i - 1)) || timeRanked(p, i + n)) continue;
    const verb = [i - 1, i - 2, i - 3].find(
      (k) => W.rankVerbs.has(t(p, k)) || W.copulas.has(t(p, k)) || W.holdVerbs.has(t(p, k)),
    );
    const scope = [0, 1, 2, 3].map((d) => i + n + d).find((k) => phraseAt(p.tokens, k, W.rankScopes) > 0) ?? -1;
    const owner = scope >= 0 && ['my', 'our', 'all'].includes(t(p, scope + 1) || t(p, scope + 2));
    const toDo = [1, 2, 3, 4].some((d) => t(p, scope + d) === 'to' || W.notRankScopes.has(t(p, scope + d)));
    const ranked = verb !== undefined && W.rankVerbs.has(t(p, verb));
    const apposed = t(p, i - 1) === ',' && scope >= 0;
    if (toDo || !((verb !== undefined && scope >= 0) || owner || ranked || apposed)) continue;
    const from = verb ?? i;
    return { kind: 'rank', cue: t(p, i), from, to: scope >= 0 ? scope + 2 : i + n - 1, anchor: from, items: [] };
  }
  return null;
}

/** "saved the owner $1.4M", "$200k in annual savings", "freed up 10 hours a week", "cut 6 hours a week". */
export function gain(p: Parsed): Candidate | null {
  for (const item of p.items) {
    if (item.q.kind !== 'money' && item.q.kind !== 'duration') continue;
    let verb = -1;
    for (let k = item.from - 1; k >= item.from - 8 && k >= 0 && p.clause[k] === p.clause[item.from]; k--) {
      const w = t(p, k);
      if (
        W.gainVerbs.has(w) ||
        phraseAt(p.tokens, k, W.gainPhrases) ||
        (item.q.per && item.q.kind === 'duration' && W.down.has(w))
      )
        verb = k;
    }
    // "$410 million water revenue bonds": the gain noun names the kind of bond, and the sum is the size.
    const noun = [0, 1, 2].some(
      (d) => W.gainNouns.has(t(p, item.to + d)) && !W.gainNounHeads.has(t(p, item.to + d + 1)),
    );
    if (verb < 0 && !(noun && item.q.kind === 'money')) continue;
    const kind = item.q.kind === 'money' ? 'money' : 'time-saved';
    return {
      kind,
      cue: verb >= 0 ? t(p, verb) : 'savings',
      from: verb >= 0 ? verb : item.from,
      to: item.to + (noun ? 2 : 0) - 1,
      anchor: verb >= 0 ? verb : item.from,
      items: [item],
    };
  }
  return null;
}
