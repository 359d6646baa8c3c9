/** The words a result is read with, built once from src/triage/lang/en/results.ts. */
import * as Records from '../lang/en/records.js';
import * as Results from '../lang/en/results.js';
import { table, words } from './language.js';

/** A list written as "a | b | c" over several lines. */
const list = (text: string): string[] =>
  text
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

/** A stem list read as a matcher: "reduc" matches reduce, reduced, reducing (at most five letters more). */
export interface Stems {
  has(word: string): boolean;
}

function stems(list: readonly string[], slack = 5): Stems {
  const byHead = new Map<string, string[]>();
  for (const stem of list) byHead.set(stem.slice(0, 2), [...(byHead.get(stem.slice(0, 2)) ?? []), stem]);
  return {
    has(word: string): boolean {
      const candidates = byHead.get(word.slice(0, 2));
      if (!candidates) return false;
      for (const s of candidates) {
        if (s.endsWith('$') ? word === s.slice(0, -1) : word.startsWith(s) && word.length - s.length <= slack)
          return true;
      }
      return false;
    },
  };
}

const R = { ...Results, ...Records };

export const RESULT_WORDS = {
  down: stems(list(R.DOWN_VERB_STEMS), 4),
  up: stems(list(R.UP_VERB_STEMS), 5),
  generic: new Set(list(R.GENERIC_CHANGE_VERBS)),
  comparatives: new Set(list(R.COMPARATIVES)),
  proportion: new Set(list(R.PROPORTION_NOUNS)),
  gainNouns: stems(list(R.GAIN_NOUN_STEMS), 3),
  gainNounHeads: stems(list(R.GAIN_NOUN_HEADS), 1),
  copulas: new Set(list(R.COPULAS)),
  usedTo: words(list(R.USED_TO)),
  frequency: words(list(R.FREQUENCY_WORDS)),
  gainPhrases: words(list(R.GAIN_PHRASES)),
  goalNouns: new Set(list(R.GOAL_NOUNS)),
  recordAdjectives: new Set(list(R.RECORD_ADJECTIVES)),
  recordNouns: new Set(list(R.RECORD_NOUNS)),
  tally: new Set(list(R.TALLY_VERBS)),
  passVerbs: new Set(list(R.PASS_VERBS)),
  deadline: new Set(list(R.DEADLINE_WORDS)),
  notRankScopes: new Set(list(R.NOT_RANK_SCOPES)),
  halfThe: new Set(list(R.HALF_THE_NOUNS)),
  titlePeriods: new Set(list(R.TITLE_PERIODS)),
  titleVerbs: new Set(list(R.TITLE_VERBS)),
  stop: words(list(R.STOP_WORDS)),
  firstTry: new Set(list(R.FIRST_TRY_NOUNS)),
  growth: new Set(list(R.GROWTH_VERBS)),
  holdVerbs: new Set(list(R.HOLD_VERBS)),
  multiplying: table(R.MULTIPLYING_VERBS),
  from: new Set(list(R.FROM_WORDS)),
  to: words(list(R.TO_WORDS)),
  arrows: new Set(list(R.ARROWS)),
  upFrom: words(list(R.UP_FROM_WORDS)),
  instead: words(list(R.INSTEAD_WORDS)),
  before: words(list(R.BEFORE_WORDS)),
  after: words(list(R.AFTER_WORDS)),
  by: new Set(list(R.BY_WORDS)),
  writer: new Set(list(R.WRITER_WORDS)),
  writerPossessive: new Set(list(R.WRITER_POSSESSIVES)),
  otherPronouns: new Set(list(R.OTHER_PRONOUNS)),
  madeThings: new Set(list(R.MADE_THINGS_PRONOUNS)),
  vesselPronouns: new Set(list(R.VESSEL_PRONOUNS)),
  vessels: new Set(list(R.VESSEL_NOUNS)),
  clauseJoins: new Set(list(R.CLAUSE_JOINS)),
  readerPossessive: new Set(list(R.READER_POSSESSIVES)),
  readerKnowing: new Set(list(R.READER_KNOWING)),
  otherPeople: new Set(list(R.OTHER_PEOPLE)),
  modals: new Set(list(R.MODAL_WORDS)),
  intent: new Set(list(R.INTENT_WORDS)),
  intentLinks: new Set(list(R.INTENT_LINKS)),
  conditions: new Set(list(R.CONDITION_WORDS)),
  cleanWords: words(list(R.CLEAN_RECORD_WORDS)),
  cleanVerbs: words(list(R.CLEAN_RECORD_VERBS)),
  cleanNouns: stems(list(R.CLEAN_RECORD_NOUNS), 8),
  straight: new Set(list(R.STRAIGHT_WORDS)),
  standards: words(list(R.STANDARD_MARKS)),
  recordSpan: new Set(list(R.RECORD_SPAN_WORDS)),
  goalVerbs: stems(list(R.GOAL_VERB_STEMS), 3),
  rateNouns: stems(list(R.RATE_NOUN_STEMS), 5),
  gainVerbs: stems(list(R.GAIN_VERB_STEMS), 3),
  rankVerbs: stems(list(R.RANK_VERB_STEMS), 3),
  rankWords: words(list(R.RANK_WORDS)),
  rankScopes: words(list(R.RANK_SCOPES)),
  reach: words(list(R.REACH_WORDS)),
  uptake: new Set(list(R.UPTAKE_VERBS)),
  jobNouns: new Set(list(R.JOB_SEARCH_NOUNS)),
  jobVerbs: new Set(list(R.JOB_SEARCH_VERBS)),
  experience: new Set(list(R.EXPERIENCE_WORDS)),
  size: new Set(list(R.SIZE_WORDS)),
  price: new Set(list(R.PRICE_WORDS)),
  manage: stems(list(R.MANAGE_VERB_STEMS), 4),
  effort: new Set(list(R.EFFORT_VERBS)),
  clauseMarks: new Set(list(R.CLAUSE_MARKS)),
  clauseOpeners: new Set(list(R.CLAUSE_OPENERS)),
  timeMarkers: words(list(R.TIME_MARKERS)),
  timeDeictics: words(list(R.TIME_DEICTICS)),
  nowMarkers: new Set(list(R.NOW_MARKERS)),
  timePeriods: new Set(list(R.TIME_PERIODS)),
  pastVerbs: new Set(list(R.PAST_VERBS)),
  presentVerbs: new Set(list(R.PRESENT_VERBS)),
};

export type ResultWords = typeof RESULT_WORDS;

/** Bits of the cues a sentence holds, read in one pass: a rule whose cue is absent is not run. */
export const CUE = { clean: 1, rank: 2, usedTo: 4, from: 8, stop: 16, multiply: 32, reach: 64, title: 128 } as const;

const W = RESULT_WORDS;
const TRIGGERS = new Map<string, number>();
const trigger = (bit: number, ...lists: Iterable<string>[]) => {
  for (const list of lists) for (const w of list) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | bit);
};
trigger(CUE.clean, W.cleanWords.first.keys(), W.cleanVerbs.first.keys(), W.recordAdjectives, ['0']);
trigger(
  CUE.rank,
  [...W.rankWords.first.keys()].filter((w) => w !== 'the'),
  ['most'],
);
trigger(CUE.usedTo, W.usedTo.first.keys());
trigger(CUE.from, W.from);
trigger(CUE.stop, W.stop.first.keys(), ['first']);
trigger(CUE.multiply, W.multiplying.keys());
trigger(CUE.reach, W.reach.first.keys());
trigger(CUE.title, W.titlePeriods);

export function cueBits(word: string): number {
  const bits = TRIGGERS.get(word) ?? 0;
  if (!word.includes('-')) return bits;
  const record = word.startsWith('zero-') || word.startsWith('no-') || word.endsWith('-free');
  return record ? bits | CUE.clean : bits;
}
