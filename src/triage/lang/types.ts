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
