/**
 * Quantities read once, as typed values with offsets, for every later step: percents, money,
 * durations, rates, fractions, multipliers, ranks, counts with their noun, and dates to set aside.
 * Rules in the manner of Duckling: each reads from a token and says where its quantity ends.
 */
import { ENGLISH } from './english.js';
import { type Language, phraseAt } from './language.js';
import { type NumberMatch, readNumber, wordValue } from './number-grammar.js';
import { durationAfter, nounAfter } from './quantity-nouns.js';
import { mayStart, startersOf, withBound, withRate } from './quantity-tails.js';
import { adjacent, tokenize } from './tokens.js';
import type { Core, Quantity, Token } from './types.js';

export type { Core } from './types.js';

/** What follows a number decides its kind: a percent, money, a duration, a multiplier, a fraction… */
function afterNumber(tokens: readonly Token[], number: NumberMatch, lang: Language): Core {
  const { value, next: j } = number;
  const percent = phraseAt(tokens, j, lang.percent);
  if (percent) return { kind: 'percent', value, unit: '%', next: j + percent };
  const points = phraseAt(tokens, j, lang.points);
  if (points) return { kind: 'percent', value, unit: 'pt', next: j + points };
  const currency = lang.currencyWords.get(tokens[j]?.t ?? '');
  if (currency) return { kind: 'money', value, unit: currency, next: j + 1 };
  const word = tokens[j]?.t ?? '';
  if (lang.times.has(word) && (word !== 'x' || adjacent(tokens[j - 1], tokens[j])))
    return { kind: 'multiplier', value, next: j + 1 };
  const denominator = lang.fractions.get(word);
  // "the last two quarters" is a stretch of time, "two quarters of the pupils" a fraction.
  const period = lang.periodOpeners.has(tokens[j - 2]?.t ?? '');
  if (denominator && number.inWords && value < denominator && word !== 'half' && !period)
    return { kind: 'fraction', value: value / denominator, next: j + 1 };
  const duration = durationAfter(tokens, j, value, lang);
  if (duration) return duration;
  return ratioAfter(tokens, number, lang) ?? countAfter(tokens, number, lang);
}

/** "one in forty", "5 out of 6", "2nd of 30", "seven parcels in ten", "94 in every hundred". */
function ratioAfter(tokens: readonly Token[], number: NumberMatch, lang: Language): Core | null {
  const counted = nounAfter(tokens, number.next, lang);
  const direct = ratioFrom(tokens, number, number.next, lang);
  if (direct || !counted || counted.next - number.next > 1) return direct;
  const ratio = ratioFrom(tokens, number, counted.next, lang);
  // "seven parcels in ten": the noun counted is the base's too; "3 promotions in 4 years" is no ratio.
  return ratio?.kind === 'rate' && ratio.per ? { ...ratio, per: { value: ratio.per.value, unit: counted.noun } } : null;
}

function ratioFrom(tokens: readonly Token[], number: NumberMatch, j: number, lang: Language): Core | null {
  const word = tokens[j]?.t;
  const skip = word === 'in' ? 1 : word === 'of' ? 1 : word === 'out' && tokens[j + 1]?.t === 'of' ? 2 : 0;
  if (!skip) return null;
  const owner = ['my', 'our', 'the', 'their', 'his', 'her'].includes(tokens[j + skip]?.t ?? '') ? 1 : 0;
  const each = word === 'in' && lang.every.has(tokens[j + skip]?.t ?? '') ? 1 : 0;
  const at = j + skip + owner + each;
  // "in every hundred": a scale word alone is its own base.
  const scale = each ? lang.scales.get(tokens[at]?.t ?? '') : undefined;
  const base = scale ? { value: scale, next: at + 1, inWords: true } : readNumber(tokens, at, lang);
  if (!base || base.value <= number.value || isYear(tokens, at, base, lang)) return null;
  if (durationAfter(tokens, base.next, base.value, lang)) return null;
  const kind = word === 'in' ? 'rate' : 'ratio';
  const noun = nounAfter(tokens, base.next, lang);
  return {
    kind,
    value: number.value,
    per: { value: base.value, unit: noun?.noun ?? '' },
    next: noun?.next ?? base.next,
  };
}

function countAfter(tokens: readonly Token[], number: NumberMatch, lang: Language): Core {
  const { value, next } = number;
  if (isYear(tokens, next - 1, number, lang)) return { kind: 'date', value, next };
  // "a Level 2 certificate": the figure names the certificate; it counts none.
  if (!number.inWords && lang.labelWords.has(tokens[next - 2]?.t ?? '')) return { kind: 'number', value, next };
  const noun = nounAfter(tokens, next, lang);
  return noun ? { kind: 'count', value, unit: noun.noun, next: noun.next } : { kind: 'number', value, next };
}

/** A bare four-figure year, a day after a month's name, or a time of day: no count. */
function isYear(tokens: readonly Token[], i: number, number: NumberMatch, lang: Language): boolean {
  const token = tokens[i];
  if (token?.kind !== 'num' || number.next !== i + 1) return false;
  if (lang.months.has(tokens[i - 1]?.t ?? '') || lang.timeOfDay.has(tokens[i + 1]?.t ?? '')) return true;
  const meridiem = tokens[i + 1]?.t;
  if ((meridiem === 'a' || meridiem === 'p') && tokens[i + 2]?.t === '.' && tokens[i + 3]?.t === 'm') return true;
  return token.t.length === 4 && number.value >= lang.years.min && number.value <= lang.years.max;
}

/** "$2M", "€40k", "£1.4 million". */
function money(tokens: readonly Token[], i: number, lang: Language): Core | null {
  const currency = lang.currencySymbols.get(tokens[i]?.t ?? '');
  if (!currency) return null;
  const number = readNumber(tokens, i + 1, lang);
  return number && !number.inWords ? { kind: 'money', value: number.value, unit: currency, next: number.next } : null;
}

/** "#1", "number one", "No. 1", "1st", "2nd of 30", "top 5%", "third place". */
function rank(tokens: readonly Token[], i: number, lang: Language): Core | null {
  const word = tokens[i]?.t ?? '';
  const dot = word === 'no' && tokens[i + 1]?.t === '.' ? 1 : 0;
  let number: NumberMatch | null = null;
  if (lang.rankMarkers.has(word) && (word === '#' || !number)) number = readNumber(tokens, i + 1 + dot, lang);
  if (number && (word !== 'no' || dot))
    return outOf(tokens, { kind: 'rank', value: number.value, next: number.next }, lang);
  // "on place nineteen of 23", "in position 4": a place in a ranking, not the verb ("I place 200 orders").
  const place = lang.placeWords.has(word) && lang.placeOpeners.has(tokens[i - 1]?.t ?? '');
  const placed = place ? readNumber(tokens, i + 1, lang) : null;
  if (placed) return outOf(tokens, { kind: 'rank', value: placed.value, next: placed.next }, lang);
  if (word === 'top') {
    // "top-50" is written with a hyphen as often as "top 50".
    const hyphen = tokens[i + 1]?.t === '-' && adjacent(tokens[i], tokens[i + 1]) ? 1 : 0;
    const top = readNumber(tokens, i + 1 + hyphen, lang);
    const unit = top && phraseAt(tokens, top.next, lang.percent) ? '%' : undefined;
    if (top) return { kind: 'rank', value: top.value, next: top.next + (unit ? 1 : 0), ...(unit ? { unit } : {}) };
  }
  const figure = tokens[i];
  const suffix = tokens[i + 1];
  if (figure?.kind === 'num' && lang.ordinalSuffixes.has(suffix?.t ?? '') && adjacent(figure, suffix))
    return outOf(
      tokens,
      { kind: 'rank', value: figure.n ?? 0, next: i + (tokens[i + 2]?.t === 'place' ? 3 : 2) },
      lang,
    );
  const ordinal = lang.ordinals.get(word);
  const after = tokens[i + 1]?.t;
  if (ordinal && (after === 'place' || after === 'out' || (after === 'of' && tokens[i + 2]?.kind === 'num')))
    return outOf(tokens, { kind: 'rank', value: ordinal, next: i + (after === 'place' ? 2 : 1) }, lang);
  return null;
}

function outOf(tokens: readonly Token[], core: Core, lang: Language): Core {
  const j = core.next;
  const skip = tokens[j]?.t === 'of' ? 1 : tokens[j]?.t === 'out' && tokens[j + 1]?.t === 'of' ? 2 : 0;
  const base = skip ? readNumber(tokens, j + skip, lang) : null;
  if (!base || base.value < core.value) return core;
  const noun = nounAfter(tokens, base.next, lang);
  return { ...core, per: { value: base.value, unit: noun?.noun ?? '' }, next: noun?.next ?? base.next };
}

/** "half", "half a day", "a third", "two-thirds", "a fortnight", "an hour", "twice", "double". */
function inWords(tokens: readonly Token[], i: number, lang: Language): Core | null {
  const word = tokens[i]?.t ?? '';
  const second = tokens[i + 1]?.t ?? '';
  const one = lang.oneArticles.has(word) || word === 'one';
  if (word === 'half' && lang.oneArticles.has(second)) return durationAfter(tokens, i + 2, 0.5, lang);
  if (word === 'half') return { kind: 'fraction', value: 0.5, next: i + 1 };
  const denominator = lang.fractions.get(second);
  if (one && denominator && second !== 'half' && !second.endsWith('s'))
    return { kind: 'fraction', value: 1 / denominator, next: i + 2 };
  const [head, tail] = word.split('-');
  const hyphenFraction = lang.fractions.get(tail ?? '');
  const headValue = wordValue(head ?? '', lang);
  if (hyphenFraction && headValue !== undefined)
    return { kind: 'fraction', value: headValue / hyphenFraction, next: i + 1 };
  if (lang.oneArticles.has(word) && tokens[i + 1]?.kind === 'word') {
    const duration = durationAfter(tokens, i + 1, 1, lang);
    if (duration && tokens[i + 1]?.t.length !== 1) return duration;
  }
  const multiplier = lang.multipliers.get(word);
  if (multiplier !== undefined && (word !== 'once' || lang.rateOpeners.has(second)))
    return { kind: 'multiplier', value: multiplier, next: i + 1 };
  return frequency(tokens, i, lang);
}

/** "none", "a few times", "several times", "every week". */
function frequency(tokens: readonly Token[], i: number, lang: Language): Core | null {
  const word = tokens[i]?.t ?? '';
  if (lang.none.has(word)) return { kind: 'number', value: 0, next: i + 1 };
  if (lang.every.has(word) && lang.ratePeriods.has(tokens[i + 1]?.t ?? ''))
    return { kind: 'rate', value: 1, per: { value: 1, unit: tokens[i + 1]?.t ?? '' }, next: i + 2 };
  const a = lang.oneArticles.has(word) ? 1 : 0;
  const few = lang.few.get(tokens[i + a]?.t ?? '');
  if (few === undefined) return null;
  if (lang.times.has(tokens[i + a + 1]?.t ?? '')) return { kind: 'multiplier', value: few, next: i + a + 2 };
  return durationAfter(tokens, i + a + 1, few, lang);
}

function core(tokens: readonly Token[], i: number, lang: Language): Core | null {
  const early = money(tokens, i, lang) ?? rank(tokens, i, lang) ?? inWords(tokens, i, lang);
  if (early) return early;
  const number = readNumber(tokens, i, lang);
  return number ? afterNumber(tokens, number, lang) : null;
}

/** A quantity and the tokens it covers, [from, to). */
export interface Item {
  readonly q: Quantity;
  readonly from: number;
  readonly to: number;
}

/** Quantities from tokens already made (the reader tokenizes each sentence once). */
export function quantitiesOf(tokens: readonly Token[], text: string, lang: Language = ENGLISH): Quantity[] {
  return scanQuantities(tokens, text, lang).map((item) => item.q);
}

export function scanQuantities(tokens: readonly Token[], text: string, lang: Language = ENGLISH): Item[] {
  const found: Item[] = [];
  const set = startersOf(lang);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token && !mayStart(token, set)) {
      i++;
      continue;
    }
    const bound = withBound(tokens, i, lang);
    const read = core(tokens, bound.next, lang);
    if (!read) {
      i++;
      continue;
    }
    const { next, ...full } = withRate(tokens, read, lang);
    const start = tokens[i]?.start ?? 0;
    const end = tokens[next - 1]?.end ?? start;
    // Built without `next` rather than deleting it after: a deleted property slows every later read of q.
    const q = { ...full, ...(bound.bound ? { bound: bound.bound } : {}), text: text.slice(start, end), start, end };
    found.push({ q, from: i, to: next });
    i = next;
  }
  return found;
}

export function readQuantities(text: string, lang: Language = ENGLISH): Quantity[] {
  return quantitiesOf(tokenize(text, lang), text, lang);
}
