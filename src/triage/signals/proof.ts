import { BEFORE_STATE, BEFORE_TURN, LENGTH_IN_METRES } from '../lang/en/proof-phrases.js';
import { mayHoldResult, notTheWritersAt, readHolding } from '../reading/read-result.js';
import type { Sentence } from '../reading/sentences.js';
import type { ResultReading } from '../reading/types.js';
import { boundedCache } from '../shared/bounded-cache.js';
import * as P from './patterns.js';
import { ABSENT, evidenceFor, present, type Signal } from './signal.js';

const URL = /\bhttps?:\/\/\S+/g;

/**
 * A result the structural reader finds in a sentence: a change in a measured quantity, a rank, a
 * clean record, with the writer or their team as the agent. A volume ("I close 25 claims a week") is
 * not one here: it counts only when nothing stronger is in the note.
 */
export function structuralResult(text: string, previous?: string): ResultReading | null {
  if (!mayHoldResult(text)) return null;
  // A previous sentence that cannot hold a result is no context (readResult ignores it), so the
  // sentence reads as it does alone.
  return readHeld(text, previous !== undefined && mayHoldResult(previous) ? previous : undefined);
}

/**
 * structuralResult for a sentence that may hold a result, after one that may too (or none). Only lone
 * sentences are remembered: the drafts, the blurb and the checks ask again about the same clauses of
 * the proof sentence, while a pair is asked about once.
 */
function readHeld(text: string, previous: string | undefined): ResultReading | null {
  if (previous !== undefined) return notAVolume(readHolding(text, previous));
  return remembered(text, () => notAVolume(readHolding(text)));
}

const notAVolume = (read: ResultReading | null) => (read && read.kind !== 'volume' ? read : null);
const remembered = boundedCache<ResultReading | null>(256);

/**
 * The phrase lists for what the structural reader does not cover (see lang/en/proof-phrases.ts): 63
 * phrasings it reads by structure were retired from them (time saved, rates, most results in words).
 */
export function listedResult(text: string): RegExpExecArray | null {
  // Masked to as many spaces, so every match keeps its place in the sentence.
  const metric = P.PROOF_METRIC.exec(text.replace(LENGTH, (m) => ' '.repeat(m.length)));
  if (metric && P.PROOF_IMPACT_VERB.test(text)) return metric;
  const inWords = P.PROOF_IN_WORDS.exec(text);
  if (inWords) return inWords;
  const change = P.PROOF_FROM_TO.exec(text);
  return change && P.PROOF_IMPACT_VERB.test(text) ? change : null;
}

/** Whether a sentence or a quote reads as a result: by structure, or by a list the reader does not cover. */
export function readsAsResult(text: string): boolean {
  return structuralResult(text) !== null || listedResult(text) !== null;
}

/** A before in one sentence and its after in the next: both are the evidence, "That season we lost eleven. Last season, two." */
function joined(before: Sentence, after: Sentence): string {
  const both = `${before.text} ${after.text}`;
  return both.length <= MAX_JOINED ? both : after.text;
}

const MAX_JOINED = 280;

const LENGTH = new RegExp(LENGTH_IN_METRES, 'gu');
const BEFORE = new RegExp(BEFORE_STATE, 'i');
const TURN = new RegExp(BEFORE_TURN, 'i');

/** A sentence that tells only how things stood before ("new arrivals waited up to three days"), with no turn to an after. */
function beforeOnly(text: string, read: ResultReading): boolean {
  const before = BEFORE.exec(text);
  if (!before || read.quantities.length > 1) return false;
  return !TURN.test(`${text.slice(0, before.index)} ${text.slice(before.index + before[0].length)}`);
}

/**
 * The outcome a before-state sentence leads to, told in the next sentence ("…waited up to three days. I
 * reorganized it, and we now screen 97% the same day."): that sentence is the result, not the before.
 */
function outcomeAfter(before: Sentence, next: Sentence | undefined): Signal | null {
  if (!next || (P.NOT_A_PROOF.test(next.text) && !/%|percent/.test(next.text))) return null;
  const text = next.text.includes('http') ? next.text.replace(URL, ' ') : next.text;
  const read = mayHoldResult(text) ? readHeld(text, mayHoldResult(before.text) ? before.text : undefined) : null;
  if (read?.joinsPrevious) return present(joined(before, next));
  if (read) return present(evidenceFor(next, [text.slice(read.span[0], read.span[1])]));
  const listed = listedResult(text);
  return listed ? present(evidenceFor(next, listed)) : null;
}

/**
 * The first sentence with a result read by structure, else the first the lists read; a rate of work
 * only when there is none. Whether the note is written for someone else may be passed as a question:
 * it matters only for a listed match, which few notes have, so it is asked at most once, then.
 */
export function findProof(
  sentences: readonly Sentence[],
  candidateIsThirdPerson: boolean | (() => boolean) = false,
): Signal {
  let thirdPerson = typeof candidateIsThirdPerson === 'boolean' ? candidateIsThirdPerson : undefined;
  const isThirdPerson = () => {
    thirdPerson ??= (candidateIsThirdPerson as () => boolean)();
    return thirdPerson;
  };
  let previous: string | undefined;
  // Whether the previous sentence may hold a result, once asked: each sentence's quick test runs once.
  let previousHolds: boolean | undefined;
  let before: Sentence | undefined;
  let listed: Signal | null = null;
  for (const [i, sentence] of sentences.entries()) {
    // Most sentences hold no link: one includes() spares the search.
    const text = sentence.text.includes('http') ? sentence.text.replace(URL, ' ') : sentence.text;
    let holds: boolean | undefined;
    if (!(P.NOT_A_PROOF.test(text) && !/%|percent/.test(text))) {
      holds = mayHoldResult(text);
      const context = () =>
        previous !== undefined && (previousHolds ?? mayHoldResult(previous)) ? previous : undefined;
      const read = holds ? readHeld(text, context()) : null;
      if (read?.joinsPrevious && before) return present(joined(before, sentence));
      if (read && beforeOnly(text, read))
        return (
          outcomeAfter(sentence, sentences[i + 1]) ??
          present(evidenceFor(sentence, [text.slice(read.span[0], read.span[1])]))
        );
      if (read) return present(evidenceFor(sentence, [text.slice(read.span[0], read.span[1])]));
      // The lists are weaker than the reader: their match counts only when no sentence reads by structure.
      const match = listed ? null : listedResult(text);
      if (match && !notTheWritersAt(text, match.index, isThirdPerson())) listed = present(evidenceFor(sentence, match));
    }
    previous = text;
    previousHolds = holds;
    before = sentence;
  }
  if (listed) return listed;
  // A rate of work is a volume: the result only when no sentence has a stronger one.
  for (const sentence of sentences) {
    const rate = P.PROOF_WORK_RATE.exec(sentence.text);
    if (rate) return present(evidenceFor(sentence, rate));
  }
  return ABSENT;
}
