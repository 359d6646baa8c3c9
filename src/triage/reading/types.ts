/** The reading stage's types: tokens, typed quantities, and a result read by structure. */

export type TokenKind = 'num' | 'word' | 'sym';

/** A token of a sentence: lowercased text, its offsets, and its value when it is a figure. */
export interface Token {
  readonly t: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The figure's value ("1,200.5" is 1200.5), read with the language's marks. */
  readonly n?: number;
}

export type QuantityKind =
  | 'number'
  | 'percent'
  | 'money'
  | 'duration'
  | 'rate'
  | 'fraction'
  | 'multiplier'
  | 'rank'
  | 'count'
  | 'ratio'
  | 'date';

/** A quantity read once, as a typed value, with its character offsets in the text. */
export interface Quantity {
  readonly kind: QuantityKind;
  /**
   * number/count: the number; percent: 35 for 35% (points when unit is 'pt'); money: the amount;
   * duration: the number of units; rate: the count per period; fraction: 0.66 for two thirds;
   * multiplier: 3 for "three times"; rank: 1 for "#1"; ratio: 5 for "5 out of 6"; date: the year.
   */
  readonly value: number;
  /** duration: 'hour', 'day'…; money: 'USD'; percent: '%' or 'pt'; count: its noun; rate: what is counted. */
  readonly unit?: string;
  /** duration: its length in hours, to compare "3 hours" with "45 minutes". */
  readonly hours?: number;
  /** rate: the period or base ("per 1,000 patient days": 1000 and 'patient days'); ratio, rank: out of how many. */
  readonly per?: { readonly value: number; readonly unit: string };
  /** "about 40": '~'; "under 5": '<'; "more than 300": '>'. */
  readonly bound?: '~' | '<' | '>';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type ResultKind =
  | 'change'
  | 'rank'
  | 'clean-record'
  | 'share'
  | 'money'
  | 'time-saved'
  | 'reach'
  | 'count'
  | 'volume';

export type Agent = 'writer' | 'team' | 'unstated';

/** A result read by structure. `span` is the clause that holds it, for quoting: text.slice(span[0], span[1]). */
export interface ResultReading {
  readonly kind: ResultKind;
  readonly span: readonly [number, number];
  readonly quantities: readonly Quantity[];
  readonly agent: Agent;
  /** The cue the reading rests on: "from…to", "cut…by", "halved", "zero…since", "ranked". */
  readonly cue: string;
  /** The before is in the sentence before this one ("Last year we lost nine. This year, two."). */
  readonly joinsPrevious?: boolean;
}

export interface ReadingContext {
  readonly previous?: string;
  readonly next?: string;
}

/** A quantity's value without its offsets, and the token after it. */
export interface Core {
  kind: Quantity['kind'];
  value: number;
  next: number;
  unit?: string;
  hours?: number;
  per?: { value: number; unit: string };
}
