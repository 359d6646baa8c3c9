/**
 * The structural reader of results: a change in a measured quantity with the writer or their team
 * as agent, read from the sentence's quantities and verbs, not from a list of phrasings.
 */
import { agentIsAPronoun, agentOf, hypothetical } from './agent.js';
import { ENGLISH } from './english.js';
import { type Candidate, type Parsed, parse, spanOf } from './parsed.js';
import { RESULT_WORDS as W } from './result-words.js';
import { fromOftenToRare, usedToThenNow } from './rules-before-after.js';
import { acrossSentences, changeBetween, verbChange } from './rules-change.js';
import { contrastedSentences, contrastedTimes } from './rules-contrast.js';
import {
  againstTheClock,
  bodyOfWork,
  passedAt,
  reach,
  stoppedOrFirstTry,
  tally,
  title,
  uptake,
  volume,
} from './rules-count.js';
import { cleanRecord, gain, rank } from './rules-record.js';
import { allOnMark, metStandard, noneOfCount, partOfWhole, share } from './rules-share.js';
import type { ReadingContext, ResultReading } from './types.js';

type Rule = (p: Parsed) => Candidate | null;

/** Strongest first: a change between two quantities, then one quantity and a verb, then the rest. */
const RULES: readonly Rule[] = [
  changeBetween,
  verbChange,
  usedToThenNow,
  fromOftenToRare,
  contrastedTimes,
  cleanRecord,
  noneOfCount,
  share,
  partOfWhole,
  metStandard,
  allOnMark,
  rank,
  title,
  gain,
  reach,
  uptake,
  tally,
  againstTheClock,
  passedAt,
  stoppedOrFirstTry,
];

/** Quick test, built from the language's words: a sentence with no figure, no number word and no cue has no result to read. */
const CUE_WORDS = [
  ...[
    ENGLISH.units,
    ENGLISH.tens,
    ENGLISH.scales,
    ENGLISH.counting,
    ENGLISH.fractions,
    ENGLISH.multipliers,
    ENGLISH.ordinals,
  ]
    .concat([ENGLISH.few, ENGLISH.durations, W.multiplying])
    .flatMap((m) => [...m.keys()].filter((w) => w.length > 2)),
  ...[W.cleanWords, W.cleanVerbs, W.rankWords].flatMap((list) => [...list.first.keys()]),
  ...[ENGLISH.none, ENGLISH.every, W.recordAdjectives].flatMap((set) => [...set]),
  'used to',
];
const MAY_HOLD = new RegExp(
  `[\\d%$€£#→]|\\b(?:${[...new Set(CUE_WORDS)].filter((w) => /^[a-z' -]+$/.test(w)).join('|')})`,
  'i',
);

function accept(p: Parsed, candidate: Candidate | null): ResultReading | null {
  if (!candidate || hypothetical(p, candidate.anchor)) return null;
  const who = agentOf(p, candidate.anchor);
  if (who === 'other') return null;
  if (candidate.kind === 'rank' && who === 'unstated') return null;
  return {
    kind: candidate.kind,
    span: spanOf(p, candidate.from, candidate.to),
    quantities: candidate.items.map((item) => item.q),
    agent: who,
    cue: candidate.cue,
  };
}

/** Each rule in turn, skipping a candidate that fails on agent or mood; a volume only when nothing else is read. */
export function readParsed(p: Parsed, previous?: Parsed): ResultReading | null {
  // A figure already refused as someone else's or as a plan is not read again by a weaker rule.
  const refused = new Set<number>();
  for (const rule of RULES) {
    const candidate = rule(p);
    if (candidate?.items.some((item) => refused.has(item.from))) continue;
    const found = accept(p, candidate);
    if (found) return found;
    for (const item of candidate?.items ?? []) refused.add(item.from);
  }
  if (previous) {
    const across = accept(p, acrossSentences(previous, p) ?? contrastedSentences(previous, p));
    if (across) return { ...across, joinsPrevious: true };
  }
  return accept(p, volume(p)) ?? accept(p, bodyOfWork(p));
}

/** The last sentence parsed: a note read in order parses each sentence once, as itself and as the next one's context. */
let last: Parsed | undefined;

function parsed(text: string): Parsed {
  if (last?.text !== text) last = parse(text);
  return last;
}

/** Whether a sentence may hold a result: one that cannot is neither read nor context for the next one. */
export const mayHoldResult = (sentence: string): boolean => MAY_HOLD.test(sentence);

export function readResult(sentence: string, context: ReadingContext = {}): ResultReading | null {
  if (!mayHoldResult(sentence)) return null;
  return readHolding(sentence, context.previous && mayHoldResult(context.previous) ? context.previous : undefined);
}

/** readResult for a sentence, and a previous one, already known to may hold a result: the quick test is not run again. */
export function readHolding(sentence: string, previous?: string): ResultReading | null {
  const before = previous === undefined ? undefined : parsed(previous);
  return readParsed(parsed(sentence), before);
}

/**
 * Whether the words at a character offset are not the writer's result: a wish, a plan or a guess ("I
 * could cut your mis-sorts by a third"), or someone else's ("my old supervisor took our score from 71%
 * to 96%"). In a note written for someone else, "she" and "he" are the candidate, whose result it is.
 */
export function notTheWritersAt(sentence: string, offset: number, candidateIsThirdPerson = false): boolean {
  const p = parsed(sentence);
  const at = p.tokens.findIndex((token) => token.end > offset);
  if (at < 0) return false;
  const refused = (anchor: number) =>
    hypothetical(p, anchor) ||
    (agentOf(p, anchor) === 'other' && !(candidateIsThirdPerson && agentIsAPronoun(p, anchor)));
  if (refused(at)) return true;
  // The lists matched inside a change the reader refused as a plan or someone else's.
  return RULES.some((rule) => {
    const candidate = rule(p);
    return candidate !== null && candidate.from <= at && at <= candidate.to && refused(candidate.anchor);
  });
}
