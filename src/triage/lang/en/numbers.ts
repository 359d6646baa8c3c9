/**
 * English numbers as data: the marks in figures, number words, fractions, multipliers, ordinals and
 * the words that soften or bound a number. The reading stage builds its number grammar from these.
 */

/** The decimal mark and the grouping mark in figures: "1,200.5". A language with "1.200,5" swaps them. */
export const NUMBER_MARKS = { decimal: '.', group: ',' } as const;

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Counting words that stand for a number: "a dozen", "a couple of", "a handful" (about five). */
export const COUNTING_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  couple: 2,
  pair: 2,
  handful: 5,
  fortnight: 14,
};

/** The article that counts as one before a scale, a fraction or a unit: "a hundred", "a third", "an hour". */
export const ONE_ARTICLES: readonly string[] = ['a', 'an'];

/** The word joining parts of a number: "two hundred and fifty". */
export const NUMBER_JOINERS: readonly string[] = ['and'];

/** Denominators in words, singular and plural: "a third", "two thirds". "Half" stands alone too. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  tenth: 10,
  tenths: 10,
};

/** Words for no amount at all: "dropped to almost none". */
export const NONE_WORDS: readonly string[] = ['none', 'nothing', 'zero'];

/** Words that are a multiplier on their own: "twice", "double", "threefold". */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  once: 1,
  twice: 2,
  thrice: 3,
  double: 2,
  triple: 3,
  quadruple: 4,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
};

/** The word after a number that makes it a multiplier: "three times", "4x". */
export const TIMES_WORDS: readonly string[] = ['times', 'x', 'fold'];

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Suffixes of ordinals in figures: "1st", "2nd", "3rd", "4th". */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** What a rank reads after "number" or "#": "number one", "No. 1". */
export const RANK_MARKERS: readonly string[] = ['#', 'number', 'no'];
/** "on place four", "in position 3": a place in a ranking after a preposition. */
export const PLACE_WORDS: readonly string[] = ['place', 'position', 'spot', 'rank'];
export const PLACE_OPENERS: readonly string[] = ['on', 'in', 'at', 'to'];

/** "2nd of 30", "5 out of 6", "one in forty". */
export const OUT_OF_WORDS: readonly string[] = ['of', 'out of'];
export const ONE_IN_WORDS: readonly string[] = ['in'];

/** Words that soften a number ("about 40") or bound it ("under 5", "more than 300"). */
export const APPROXIMATE_WORDS: readonly string[] = [
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'approx',
  'some',
  'close to',
  'just about',
  'circa',
  '~',
];
export const UPPER_BOUND_WORDS: readonly string[] = [
  'under',
  'below',
  'less than',
  'fewer than',
  'just under',
  'at most',
  'no more than',
  'barely',
];
export const LOWER_BOUND_WORDS: readonly string[] = [
  'over',
  'above',
  'more than',
  'at least',
  'just over',
  'well over',
];
