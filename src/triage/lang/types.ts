/** The shapes of language data: each language's files fill them in. */

export interface Discipline {
  id: string;
  /** How the fit explanation names it: "a mobile engineering role". */
  label: string;
  /** Engineering specialties share a family, so a generic "software engineering" team covers them. */
  family: string;
  /** The broader discipline a specialty sits in: a clinical pharmacy team covers a pharmacist role, not the reverse. */
  within?: string;
  /**
   * A specialty of a broader discipline that covers it both ways: a nursing team covers a labor and
   * delivery nurse, and an L&D team a nurse role; two specialties of one discipline are apart.
   */
  specialtyOf?: string;
}

/**
 * A language's fit vocabulary beside its discipline names (lang/<code>/fit-words.ts): read only where
 * that language is in play, the note's or the team area's (fit/languages.ts).
 */
export interface FitWords {
  /** Words for the product areas of reading/areas.ts, by area id, written "a | b | c". */
  AREAS: Readonly<Record<string, string>>;
  /** The language's job nouns, keyed by the English noun they name: developer → "desarrollador desarrolladora …". */
  JOB_NOUNS: Readonly<Record<string, string>>;
  /** What a title adds that is not the job: gender ("(m/w/d)", "(H/F)", "-a/-o"), level ("Sr.", "Pleno"), contract ("CDI"). */
  TITLE_MARKERS: string;
  /** How candidates name their own field ("soy analista de datos"): group 1 holds the words read for a discipline. */
  SELF_NAMED: string;
  /** A gap the candidate admits whatever the role's words ("sin experiencia directa en", "je souhaite me reconvertir"). */
  STATED_GAP_ADMITTED: string;
  /** A gap about some work ("je n'ai jamais travaillé sur des transactions par carte"): a gap only where its words are the role's or the team's. */
  STATED_GAP: string;
}
