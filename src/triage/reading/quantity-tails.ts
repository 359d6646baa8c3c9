/** What may stand around a quantity: a bound before it ("about", "under") and a period after it ("a shift"). */
import { type Language, phraseAt } from './language.js';
import { readNumber } from './number-grammar.js';
import type { Core, Quantity, Token } from './types.js';

export function withBound(
  tokens: readonly Token[],
  i: number,
  lang: Language,
): { bound?: Quantity['bound']; next: number } {
  const token = tokens[i];
  if (!token) return { next: i };
  const approximate = phraseAt(tokens, i, lang.approximate);
  if (approximate) return { bound: '~', next: i + approximate };
  const upper = phraseAt(tokens, i, lang.upper);
  if (upper) return { bound: '<', next: i + upper };
  const lower = phraseAt(tokens, i, lang.lower);
  if (lower) return { bound: '>', next: i + lower };
  return { next: i };
}

const RATED: ReadonlySet<Quantity['kind']> = new Set(['number', 'count', 'multiplier', 'money', 'duration', 'percent']);

/** "300 claims a week", "4.1 per 1,000 patient days", "twice a shift", "$40k a year". */
export function withRate(tokens: readonly Token[], core: Core, lang: Language): Core {
  if (!RATED.has(core.kind)) return core;
  const j = core.next;
  const opener = tokens[j]?.t ?? '';
  if (!lang.rateOpeners.has(opener)) return core;
  const base = readNumber(tokens, j + 1, lang);
  const k = base && opener !== 'a' && opener !== 'an' ? base.next : j + 1;
  const words: string[] = [];
  let m = k;
  while (words.length < 3 && tokens[m]?.kind === 'word' && !lang.notCountNoun.has(tokens[m]?.t ?? '')) {
    words.push(tokens[m]?.t ?? '');
    m++;
    if (opener !== 'per' && opener !== '/') break;
  }
  const period = words.join(' ');
  if (!period) return core;
  const singular = period.endsWith('s') ? period.slice(0, -1) : period;
  if (opener !== 'per' && opener !== '/' && !lang.ratePeriods.has(singular)) return core;
  const per = { value: base && k !== j + 1 ? base.value : 1, unit: period };
  const kind = core.kind === 'number' || core.kind === 'count' || core.kind === 'multiplier' ? 'rate' : core.kind;
  return { ...core, kind, per, next: m };
}

const starters = new WeakMap<Language, ReadonlySet<string>>();

/** Words that may open a quantity, built once per language: a token outside them is skipped at once. */
export function startersOf(lang: Language): ReadonlySet<string> {
  const known = starters.get(lang);
  if (known) return known;
  const maps = [
    lang.units,
    lang.tens,
    lang.scales,
    lang.counting,
    lang.fractions,
    lang.multipliers,
    lang.ordinals,
    lang.few,
  ];
  const set = new Set<string>([
    ...maps.flatMap((m) => [...m.keys()]),
    ...[lang.approximate, lang.upper, lang.lower].flatMap((l) => [...l.first.keys()]),
    ...lang.oneArticles,
    ...lang.rankMarkers,
    ...lang.placeWords,
    ...lang.none,
    ...lang.every,
    ...lang.currencySymbols.keys(),
    'top',
  ]);
  starters.set(lang, set);
  return set;
}

export function mayStart(token: Token, set: ReadonlySet<string>): boolean {
  if (token.kind === 'num' || set.has(token.t)) return true;
  const dash = token.t.indexOf('-');
  return dash > 0 && set.has(token.t.slice(0, dash));
}
