/**
 * The sentences of a blurb in a working language (lang/<code>/blurb.ts), written by someone who
 * speaks it, never translated from English's: writing/local-blurb.ts fills their slots with facts.
 * Slots: {name} the candidate's first name or `someone`; {title} a role title as written; {link} " (url)"
 * or nothing; {url}; {quote} the result as the note says it, in quotes; {language} the note's language;
 * {team} the team's name, in quotes; {overlap} the matched words.
 */
export interface BlurbWording {
  /** Who the blurb is about when the note gives no name ("La persona"). */
  someone: string;
  /** The language's quotation marks. */
  quote: readonly [open: string, close: string];
  /** The word that joins the last two items of a list ("y", "und"). */
  and: string;
  /** The note's language as this language names it, by code. */
  languageNames: Readonly<Record<string, string>>;
  role: {
    /** A posting they name. */
    posting: string;
    /** A role they name that is not a posting. */
    named: string;
    /** A role they name, and the referrer's opening it matches. */
    matched: string;
    /** Only the referrer's opening. */
    opening: string;
    /** Only a link. */
    link: string;
    /** Neither a role nor a link. */
    unnamed: string;
  };
  result: {
    /** The result quoted in another language than this one. */
    other: string;
    /** The result quoted in this language. */
    same: string;
    /** No result in the note. */
    none: string;
  };
  fit: {
    overlap: string;
    strongWithResult: string;
    strong: string;
    partial: string;
    caseWithResult: string;
    case: string;
  };
}
