/** A sentence as the result reader sees it: tokens, quantities with their token ranges, and clauses. */
import { ENGLISH } from './english.js';
import { type Item, scanQuantities } from './quantities.js';
import { cueBits, RESULT_WORDS as W } from './result-words.js';
import { tokenize } from './tokens.js';
import type { ResultKind, Token } from './types.js';

/** A span of time a result happened within ("in six months", "over a year"): no measure of its own. */
const WINDOW_OPENERS = new Set(['in', 'within', 'over', 'across', 'during', 'after']);

export const isWindow = (p: Parsed, item: Item): boolean =>
  item.q.kind === 'duration' && WINDOW_OPENERS.has(p.tokens[item.from - 1]?.t ?? '');

export interface Parsed {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Quantities that may measure a result: dates, job-search counts and experience set aside. */
  readonly items: readonly Item[];
  /** The clause each token belongs to. */
  readonly clause: readonly number[];
  /** The cues the sentence holds (CUE bits): a rule whose cue is absent is skipped. */
  readonly cues: number;
}

/** A result a rule found, before its agent and mood are checked. Token indices. */
export interface Candidate {
  readonly kind: ResultKind;
  readonly cue: string;
  readonly from: number;
  readonly to: number;
  /** The verb or cue the agent is looked for from. */
  readonly anchor: number;
  readonly items: readonly Item[];
}

const SUBORDINATORS = new Set(['since', 'after', 'once', 'when', 'because', 'where', 'which', 'until', 'before']);
const SUBJECTS = new Set(['i', 'we', 'it', 'they', 'he', 'she', 'my', 'our']);

function clauses(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.t ?? '';
    const next = tokens[i + 1]?.t ?? '';
    if (W.clauseMarks.has(t) || (t === '-' && tokens[i - 1]?.end !== tokens[i]?.start)) id++;
    else if (t === ',' && (W.clauseOpeners.has(next) || SUBORDINATORS.has(next) || SUBJECTS.has(next))) id++;
    else if ((t === 'and' || t === 'but' || t === 'so') && (next === 'i' || next === 'we')) id++;
    ids.push(id);
  }
  return ids;
}

/** A stretch of time the writer has worked ("for six years", "since 12 years", "the past three years"): tenure, no measure. */
const TENURE_OPENERS = new Set(['for', 'since', 'past', 'last']);

/** Counts that are no result: jobs applied to, years of experience, ages, the size of a team. */
function usable(tokens: readonly Token[], item: Item): boolean {
  const { q } = item;
  if (q.kind === 'date') return false;
  if (q.kind === 'duration' && TENURE_OPENERS.has(tokens[item.from - 1]?.t ?? '')) return false;
  // A number word with a capital inside a sentence is a name ("Half Acre", "Seven Hills").
  if (item.from > 0 && /^[A-Z][a-z]/.test(q.text)) return false;
  const unit = q.unit ?? '';
  const last = unit.split(' ').pop() ?? '';
  if (W.jobNouns.has(last)) return false;
  const before = tokens[item.from - 1]?.t ?? '';
  const before2 = tokens[item.from - 2]?.t ?? '';
  if (W.jobVerbs.has(before) || W.jobVerbs.has(before2)) return false;
  const after = tokens[item.to]?.t ?? '';
  const after2 = tokens[item.to + 1]?.t ?? '';
  if (q.kind === 'duration' && (W.experience.has(after) || W.experience.has(after2))) return false;
  if (q.kind === 'duration' && (q.unit === 'year' || q.unit === 'yr') && (after === 'as' || after === 'at'))
    return false;
  return true;
}

export function parse(text: string): Parsed {
  const tokens = tokenize(text, ENGLISH);
  const items = scanQuantities(tokens, text, ENGLISH).filter((item) => usable(tokens, item));
  let cues = 0;
  for (const token of tokens) if (token.kind !== 'num' || token.t === '0') cues |= cueBits(token.t);
  return { text, tokens, items, clause: clauses(tokens), cues };
}

/** The character span of the clauses from token `from` to token `to`, without openers or end marks. */
export function spanOf(p: Parsed, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a > 0 && p.clause[a - 1] === p.clause[from]) a--;
  while (b < p.tokens.length - 1 && p.clause[b + 1] === p.clause[to]) b++;
  while (a < b && (p.tokens[a]?.kind === 'sym' || W.clauseOpeners.has(p.tokens[a]?.t ?? ''))) a++;
  while (b > a && p.tokens[b]?.kind === 'sym' && p.tokens[b]?.t !== '%' && p.tokens[b]?.t !== ')') b--;
  return [p.tokens[a]?.start ?? 0, p.tokens[b]?.end ?? p.text.length];
}

/** Whether token j is in the same clause as token i. */
export const sameClause = (p: Parsed, i: number, j: number): boolean => p.clause[i] === p.clause[j];
