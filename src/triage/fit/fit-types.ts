import type { Term, TermMatcher } from '../reading/areas.js';
import type { FitLevel, OpenRole } from '../shared/profile.js';
import type { Discipline } from './disciplines.js';

/** What the referrer covers: known product areas plus their own words, kept as extra terms. */
export interface ReferrerScope {
  /** The languages whose fit vocabulary is read: English, the note's, the team area's (fit/languages.ts). */
  languages: readonly string[];
  teamArea: string;
  /** The name of the team, the part before a colon: "Platform & internal tools". */
  teamName: string;
  areas: Set<string>;
  ownTerms: Term[];
  matcher: TermMatcher;
  /** The disciplines the team area names, and those of the referrer's openings (the second axis of fit). */
  disciplines: Discipline[];
  openingDisciplines: Set<string>;
  /** The people the team area lists as its own ("personal bankers", "tellers"), when it lists any. */
  people: string[];
  /** A team that names only product areas ("Payments: checkout, billing, payouts"): it builds software. */
  buildsProduct: boolean;
  /** The team area's own content words, stemmed, without whom it serves: what a note must share to touch the area at all. */
  words: Set<string>;
}

/** How well the note fits the referrer's area, and why. */
export interface Fit {
  level: FitLevel;
  matched: string[];
  explanation: string;
  /** Areas the wanted role belongs to. */
  targetAreas: string[];
  /** Areas the candidate's background shows. */
  backgroundAreas: string[];
  /** The referrer's open role the request points at, if any. */
  openRole: OpenRole | null;
}
