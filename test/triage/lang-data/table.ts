import type { Phrases } from '../../../src/triage/lang/index.js';

/** Sentences a key must match, and one near miss it must not. */
export interface Row {
  match: readonly string[];
  miss: string;
}

/** One language: a row per phrase key, the quoted-mail header, and job titles with their discipline. */
export interface LanguageTable {
  keys: Record<keyof Phrases, Row>;
  quotedHeader: Row;
  disciplines: { match: ReadonlyArray<readonly [string, string]>; miss: string };
}
