/** English, built once from the data in src/triage/lang/en/. */
import * as N from '../lang/en/numbers.js';
import * as U from '../lang/en/units.js';
import { type Language, table, words } from './language.js';

export const ENGLISH: Language = {
  code: 'en',
  marks: N.NUMBER_MARKS,
  units: table(N.UNIT_WORDS),
  tens: table(N.TENS_WORDS),
  scales: table(N.SCALE_WORDS),
  counting: table(N.COUNTING_WORDS),
  oneArticles: new Set(N.ONE_ARTICLES),
  joiners: new Set(N.NUMBER_JOINERS),
  fractions: table(N.FRACTION_WORDS),
  multipliers: table(N.MULTIPLIER_WORDS),
  times: new Set(N.TIMES_WORDS),
  ordinals: table(N.ORDINAL_WORDS),
  ordinalSuffixes: new Set(N.ORDINAL_SUFFIXES),
  rankMarkers: new Set(N.RANK_MARKERS),
  approximate: words(N.APPROXIMATE_WORDS),
  upper: words(N.UPPER_BOUND_WORDS),
  lower: words(N.LOWER_BOUND_WORDS),
  durations: table(U.DURATION_UNITS),
  shortDurations: table(U.SHORT_DURATION_UNITS),
  durationNames: new Map(
    U.DURATION_NAMES.map((name) => [U.DURATION_UNITS[name] ?? U.SHORT_DURATION_UNITS[name] ?? 0, name] as const),
  ),
  percent: words(U.PERCENT_WORDS),
  points: words(U.POINT_WORDS),
  currencySymbols: table(U.CURRENCY_SYMBOLS),
  currencyWords: table(U.CURRENCY_WORDS),
  magnitudes: table(U.MAGNITUDE_WORDS),
  rateOpeners: new Set(U.RATE_OPENERS),
  ratePeriods: new Set(U.RATE_PERIODS),
  months: new Set(U.MONTH_WORDS),
  years: U.YEAR_RANGE,
  timeOfDay: new Set(U.TIME_OF_DAY_WORDS),
  none: new Set(N.NONE_WORDS),
  few: table(U.FEW_WORDS),
  every: new Set(U.EVERY_WORDS),
  notCountNoun: new Set(U.NOT_A_COUNT_NOUN),
};
