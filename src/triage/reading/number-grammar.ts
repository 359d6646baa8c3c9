/**
 * Numbers in figures and in words, as Duckling's Numeral rules: "1,200", "4.5", "eleven",
 * "two hundred and fifty", "a dozen", "1.4 million", "40k". Each rule reads from token i and
 * says where the number ends.
 */
import type { Language } from './language.js';
import { adjacent } from './tokens.js';
import type { Token } from './types.js';

export interface NumberMatch {
  readonly value: number;
  readonly next: number;
  /** Whether the number was written in words. */
  readonly inWords: boolean;
}

/** The value of one number word, or of a hyphenated one ("twenty-five"), or undefined. */
export function wordValue(word: string, lang: Language): number | undefined {
  const simple = lang.units.get(word) ?? lang.tens.get(word);
  if (simple !== undefined) return simple;
  const parts = word.split('-');
  if (parts.length !== 2) return undefined;
  const tens = lang.tens.get(parts[0] ?? '');
  const unit = lang.units.get(parts[1] ?? '');
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : undefined;
}

/** A magnitude after a figure: "1.4 million", "40k" (a single letter only when written against the figure). */
function magnitudeAfter(tokens: readonly Token[], i: number, lang: Language): number {
  const next = tokens[i + 1];
  if (next?.kind !== 'word') return 0;
  const m = lang.magnitudes.get(next.t);
  if (m === undefined) return 0;
  if (next.t.length <= 2 && !adjacent(tokens[i], next)) return 0;
  return m;
}

function readFigure(tokens: readonly Token[], i: number, lang: Language): NumberMatch | null {
  const token = tokens[i];
  if (token?.kind !== 'num' || token.n === undefined) return null;
  const magnitude = magnitudeAfter(tokens, i, lang);
  if (magnitude) return { value: token.n * magnitude, next: i + 2, inWords: false };
  const counting = lang.counting.get(tokens[i + 1]?.t ?? '');
  if (counting === 12) return { value: token.n * 12, next: i + 2, inWords: false };
  return { value: token.n, next: i + 1, inWords: false };
}

/** "a hundred", "a dozen", "a couple (of)": the article as one before a scale or a counting word. */
function articleNumber(tokens: readonly Token[], i: number, lang: Language): NumberMatch | null {
  if (!lang.oneArticles.has(tokens[i]?.t ?? '')) return null;
  const word = tokens[i + 1]?.t ?? '';
  const scale = lang.scales.get(word);
  if (scale !== undefined) return { value: scale, next: i + 2, inWords: true };
  const counting = lang.counting.get(word);
  if (counting === undefined || word === 'fortnight') return null;
  const of = tokens[i + 2]?.t === 'of' ? 1 : 0;
  return { value: counting, next: i + 2 + of, inWords: true };
}

/** Number words composed left to right: "two hundred and fifty thousand" is 250,000. */
function readWords(tokens: readonly Token[], i: number, lang: Language): NumberMatch | null {
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  for (;;) {
    const word = tokens[j]?.t ?? '';
    const value = tokens[j]?.kind === 'word' ? wordValue(word, lang) : undefined;
    const scale = lang.scales.get(word);
    if (value !== undefined) current += value;
    else if (scale !== undefined && read) {
      current = Math.max(current, 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else if (read && lang.joiners.has(word) && wordValue(tokens[j + 1]?.t ?? '', lang) !== undefined) {
      // "two hundred and fifty"
    } else break;
    read = true;
    j++;
  }
  return read ? { value: total + current, next: j, inWords: true } : null;
}

export function readNumber(tokens: readonly Token[], i: number, lang: Language): NumberMatch | null {
  const figure = readFigure(tokens, i, lang);
  if (figure) {
    const scale = lang.scales.get(tokens[figure.next]?.t ?? '');
    return scale && figure.next === i + 1 ? { ...figure, value: figure.value * scale, next: i + 2 } : figure;
  }
  return articleNumber(tokens, i, lang) ?? readWords(tokens, i, lang);
}
