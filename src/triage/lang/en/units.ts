/** English units as data: durations, money, percents, the periods of a rate, and what makes a number a date. */

/** A duration word and its length in hours. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  second: 1 / 3600,
  seconds: 1 / 3600,
  sec: 1 / 3600,
  secs: 1 / 3600,
  s: 1 / 3600,
  minute: 1 / 60,
  minutes: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  hour: 1,
  hours: 1,
  hr: 1,
  hrs: 1,
  h: 1,
  day: 24,
  days: 24,
  d: 24,
  week: 168,
  weeks: 168,
  wk: 168,
  wks: 168,
  shift: 8,
  shifts: 8,
  fortnight: 336,
  fortnights: 336,
  month: 730,
  months: 730,
  mo: 730,
  quarter: 2190,
  quarters: 2190,
  year: 8760,
  years: 8760,
  yr: 8760,
  yrs: 8760,
};

/** The name a duration is given, whatever word it was written with: "hrs" and "h" are both an hour. */
export const DURATION_NAMES: readonly string[] = [
  'second',
  'minute',
  'hour',
  'shift',
  'day',
  'week',
  'fortnight',
  'month',
  'quarter',
  'year',
  'ms',
];

/** Milliseconds, written only in figures: "450 ms". */
export const SHORT_DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1 / 3_600_000 };

export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'pct'];
export const POINT_WORDS: readonly string[] = ['points', 'point', 'pts', 'pt', 'pp', 'bps', 'percentage points'];

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
};
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD',
  dollar: 'USD',
  usd: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  pounds: 'GBP',
  gbp: 'GBP',
  rupees: 'INR',
  lakh: 'INR',
};

/** Magnitudes after a figure: "$2M", "€40k", "1.4 million". */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mm: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
  b: 1_000_000_000,
  bn: 1_000_000_000,
  billion: 1_000_000_000,
};

/** Words that open the period of a rate: "per 1,000 patient days", "a shift", "each week". */
export const RATE_OPENERS: readonly string[] = ['per', 'a', 'an', 'each', 'every', '/'];

/** Frequency in words: "a few times a month", "every week", "several times a shift". */
export const FEW_WORDS: Readonly<Record<string, number>> = { few: 3, several: 3, couple: 2, many: 5, multiple: 3 };
export const EVERY_WORDS: readonly string[] = ['every', 'each'];

/** Before a number of periods, a stretch of time, not a fraction: "the last two quarters". */
export const PERIOD_OPENERS: readonly string[] = ['last', 'past', 'next', 'previous', 'first'];

/** Periods and units a rate may be counted against after "a"/"an"/"each"; "per" takes any noun. */
export const RATE_PERIODS: readonly string[] = [
  'hour',
  'shift',
  'day',
  'night',
  'week',
  'month',
  'quarter',
  'year',
  'season',
  'semester',
  'term',
  'sprint',
  'weekend',
  'morning',
  'evening',
  'visit',
  'run',
  'release',
  'cycle',
  'pour',
  'winter',
  'summer',
];

export const MONTH_WORDS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Years read as dates, not counts: a bare four-figure number in this range. */
export const YEAR_RANGE = { min: 1950, max: 2099 } as const;

/** Times of day after a figure: "the 5 a.m. truck", "by 9pm". */
export const TIME_OF_DAY_WORDS: readonly string[] = ['am', 'pm', 'a.m', 'p.m', "o'clock"];

/**
 * Words whose figure is a name, not a count: "a Level 2 certificate", "a Band 6 post", "Grade 8 piano". The
 * figure is no count of the noun after it; it may still be a before or an after ("from grade 3 to grade 5").
 */
export const LABEL_WORDS: readonly string[] = ['level', 'grade', 'band', 'tier', 'stage', 'class', 'category'];

/** Words a count never takes as its noun (a count's noun is what follows the number). */
export const NOT_A_COUNT_NOUN: readonly string[] = [
  'to',
  'from',
  'of',
  'in',
  'on',
  'at',
  'and',
  'or',
  'but',
  'by',
  'for',
  'with',
  'the',
  'a',
  'an',
  'than',
  'down',
  'up',
  'per',
  'each',
  'every',
  'since',
  'after',
  'before',
  'when',
  'while',
  'then',
  'now',
  'instead',
  'is',
  'are',
  'was',
  'were',
  'i',
  'we',
  'it',
  'that',
  'this',
  'which',
  'who',
  'more',
  'less',
  'fewer',
  'so',
  'as',
  'out',
  'into',
  'across',
  'over',
  'under',
  'within',
  'without',
  'ago',
  'later',
  'earlier',
  'straight',
  'running',
  'total',
];
