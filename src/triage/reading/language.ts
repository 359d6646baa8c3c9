/**
 * A language as the reading stage uses it: sets and tables built once, at load, from a data folder
 * (src/triage/lang/<code>/). Adding a language adds a folder and one `Language` built the same way.
 */

export interface Language {
  readonly code: string;
  readonly marks: { readonly decimal: string; readonly group: string };
  readonly units: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly counting: ReadonlyMap<string, number>;
  readonly oneArticles: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly fractions: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly times: ReadonlySet<string>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly rankMarkers: ReadonlySet<string>;
  /** Multi-word phrases are matched token by token: each entry is the phrase split on spaces. */
  readonly approximate: Phrases;
  readonly upper: Phrases;
  readonly lower: Phrases;
  readonly durations: ReadonlyMap<string, number>;
  readonly shortDurations: ReadonlyMap<string, number>;
  /** A duration's name by its length in hours. */
  readonly durationNames: ReadonlyMap<number, string>;
  readonly percent: Phrases;
  readonly points: Phrases;
  readonly currencySymbols: ReadonlyMap<string, string>;
  readonly currencyWords: ReadonlyMap<string, string>;
  readonly magnitudes: ReadonlyMap<string, number>;
  readonly rateOpeners: ReadonlySet<string>;
  readonly ratePeriods: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly years: { readonly min: number; readonly max: number };
  readonly timeOfDay: ReadonlySet<string>;
  readonly none: ReadonlySet<string>;
  readonly few: ReadonlyMap<string, number>;
  readonly every: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  readonly periodOpeners: ReadonlySet<string>;
  readonly placeOpeners: ReadonlySet<string>;
  readonly notCountNoun: ReadonlySet<string>;
  readonly labelWords: ReadonlySet<string>;
}

/** Phrases split into words, indexed by their first word, longest first. */
export interface Phrases {
  readonly first: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function words(list: readonly string[]): Phrases {
  const first = new Map<string, string[][]>();
  for (const phrase of list) {
    const split = phrase.split(' ');
    const head = split[0] ?? '';
    first.set(
      head,
      [...(first.get(head) ?? []), split].sort((a, b) => b.length - a.length),
    );
  }
  return { first };
}

export const table = <V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> =>
  new Map(Object.entries(record));

/** The length of the phrase among `phrases` that starts at token i, or 0. */
export function phraseAt(tokens: readonly { t: string }[], i: number, phrases: Phrases): number {
  const candidates = phrases.first.get(tokens[i]?.t ?? '');
  if (!candidates) return 0;
  for (const phrase of candidates) {
    let k = 0;
    while (k < phrase.length && tokens[i + k]?.t === phrase[k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}
