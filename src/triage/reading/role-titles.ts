import type { WordSpan as Token } from '../shared/words.js';
import { AREA_MATCHER } from './areas.js';
import { STOP } from './role-words.js';
import type { Sentence } from './sentences.js';

/** Reading a role's title around its head word: the words before it, after it, and the area it names. */

export const MAX_TITLE_WORDS = 7;

export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** "of" or "and" inside a capitalized title ("Head of Sales", "Front of House", "Tax Senior, State and Local") is part of it. */
const innerOf = (lower: string, before: Token | undefined, after: Token) =>
  (lower === 'of' || lower === 'and') &&
  before !== undefined &&
  isCapitalized(before.word) &&
  isCapitalized(after.word);

/**
 * A stop word or a bare number ends a title, except "IT" in capitals inside a capitalized title
 * ("IT Systems Administrator"), a model number joined by a hyphen ("First Officer, CRJ-900") and a
 * range's first number after a capitalized word ("School Counsellor 7-12", "Teacher, Grades 6-8").
 */
function endsTitle(token: Token, before: Token | undefined, gap: string, sentence: Sentence): boolean {
  const lower = token.word.toLowerCase();
  if (/^\d+$/.test(lower)) {
    const joined = before && sentence.text.slice(before.end - sentence.start, token.start - sentence.start) === '-';
    const range = gap === '-' && before !== undefined && /^\p{Lu}/u.test(before.word);
    return !((joined && isCapitalized(before.word)) || range);
  }
  if (!STOP.has(lower)) return false;
  // A note written all in capitals has no acronyms to tell apart.
  const acronym =
    token.word.length >= 2 &&
    token.word === token.word.toUpperCase() &&
    /^\s+$/.test(gap) &&
    sentence.text !== sentence.text.toUpperCase();
  return !acronym;
}

/**
 * Reads the title to the left of a head word: the run of words up to a stop word, allowing the
 * commas and dashes of a posting title ("PM, Growth - Subscriptions") when its words are capitalized.
 */
export function titleBefore(sentence: Sentence, tokens: Token[], headIndex: number): Token[] {
  const title: Token[] = [];
  const aside = asideBefore(sentence, tokens, headIndex);
  for (let k = headIndex - 1 - aside; k >= 0 && title.length < MAX_TITLE_WORDS; k--) {
    const token = tokens[k] as Token;
    const lower = token.word.toLowerCase();
    const next = title[0] ?? tokens[headIndex];
    if (innerOf(lower, tokens[k - 1], next as Token)) {
      title.unshift(token);
      continue;
    }
    const gap =
      title.length === 0 && aside > 0
        ? ' '
        : sentence.text.slice(token.end - sentence.start, (next as Token).start - sentence.start);
    if (endsTitle(token, tokens[k - 1], gap, sentence)) break;
    if (!/^[\s]*$/.test(gap)) {
      const joinsPosting =
        /^\s*[,–—-]\s*$/.test(gap) && isCapitalized(token.word) && isCapitalized((next as Token).word);
      const joinsCompound = /^[-/&]$/.test(gap);
      if (!joinsPosting && !joinsCompound) break;
    }
    title.unshift(token);
  }
  return title;
}

/**
 * How many words a lower-case aside in brackets holds right before the head word, which the title
 * reads past: "the Metro Copy Editor (nights) posting". A capitalized one ("(Nights)") is the title's own.
 */
function asideBefore(sentence: Sentence, tokens: Token[], headIndex: number): number {
  const text = (a: Token, b: Token) => sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
  const head = tokens[headIndex] as Token;
  const last = tokens[headIndex - 1];
  if (!last || !/^\)\s+$/.test(text(last, head))) return 0;
  for (let n = 1; n <= 3 && headIndex - 1 - n >= 0; n++) {
    if (isCapitalized((tokens[headIndex - n] as Token).word)) return 0;
    const opens = text(tokens[headIndex - 1 - n] as Token, tokens[headIndex - n] as Token);
    if (/^\s+\($/.test(opens)) return n;
    if (!/^\s+$/.test(opens)) return 0;
  }
  return 0;
}

const SCOPE_LEAD = new Set(['in', 'on', 'for', 'within', 'around', 'across']);

/** The area written after the head word: "data scientist roles in experimentation", "roles on the payments team". */
export function scopeAfterHead(sentence: Sentence, tokens: Token[], index: number): Token[] {
  const lead = tokens[index + 1];
  if (!lead || !SCOPE_LEAD.has(lead.word.toLowerCase())) return [];
  const gapOk = (a: Token, b: Token) =>
    /^\s+$/.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
  const words: Token[] = [];
  let previous = lead;
  for (let k = index + 2; k < tokens.length && words.length < 4; k++) {
    const token = tokens[k] as Token;
    if (!gapOk(previous, token)) break;
    const lower = token.word.toLowerCase();
    if (lower === 'the' && words.length === 0) {
      previous = token;
      continue;
    }
    if (STOP.has(lower) && lower !== 'and') break;
    words.push(token);
    previous = token;
  }
  while (
    words.length &&
    ['team', 'teams', 'org', 'and', 'space', 'area'].includes((words[words.length - 1] as Token).word.toLowerCase())
  ) {
    words.pop();
  }
  return AREA_MATCHER.match(words.map((w) => w.word).join(' ')).length > 0 ? words : [];
}

/** A posting title written after the job noun: "PM, Checkout" or "Engineer - Payments". */
export function titleAfter(sentence: Sentence, tokens: Token[], index: number): Token[] {
  const after: Token[] = [];
  let previous = tokens[index] as Token;
  for (let k = index + 1; k < tokens.length && after.length < MAX_TITLE_WORDS; k++) {
    const token = tokens[k] as Token;
    const gap = sentence.text.slice(previous.end - sentence.start, token.start - sentence.start);
    const joins = after.length === 0 ? /^\s*[,–—-]\s*$/.test(gap) : /^\s+$|^\s*[-&/]\s*$/.test(gap);
    if (!joins || !isCapitalized(token.word) || STOP.has(token.word.toLowerCase())) break;
    after.push(token);
    previous = token;
  }
  return after;
}

/** The title written after "the position of" or "a role as": "the position of Cellar Worker". */
export function titleNamedAfter(sentence: Sentence, tokens: Token[], index: number): Token[] {
  const link = tokens[index + 1];
  if (!link || !/^(?:of|as)$/i.test(link.word)) return [];
  const named: Token[] = [];
  let previous = link;
  for (let k = index + 2; k < tokens.length && named.length < MAX_TITLE_WORDS; k++) {
    const token = tokens[k] as Token;
    const gap = sentence.text.slice(previous.end - sentence.start, token.start - sentence.start);
    if (!/^\s+$|^[-&/]$/.test(gap) || !isCapitalized(token.word) || STOP.has(token.word.toLowerCase())) break;
    named.push(token);
    previous = token;
  }
  return named;
}
