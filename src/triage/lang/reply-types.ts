/** The shape of a language's reply wording (lang/replies.ts describes the slots and registers). */

export type Register = readonly [informal: string, formal: string];

export interface ReplyWording {
  /** A note that addresses the referrer formally. */
  formal: string;
  /**
   * A note that addresses the referrer informally, where a formal word can be something else: German
   * "Sie hat…" is she, "Ihr sucht…" is you all. A note that says du is answered with du.
   */
  informal?: string;
  hi: Register;
  /** The greeting when the note gives no name. */
  hiThere: Register;
  /** The role: named ({role} is its title) or not. */
  role: { named: string; unnamed: string };
  yes: {
    open: Register;
    yes: Register;
    /** With the quote: what makes it easy to vouch. */
    why: Register;
    needResume: Register;
    needLinkAndResume: Register;
  };
  onePager: {
    open: Register;
    fitClose: Register;
    ask: Register;
    askWithLink: Register;
    close: Register;
  };
  /** What a one-pager should bring, by what the note lacks first. */
  pieces: {
    proof: Register;
    fitOverlap: Register;
    ask: Register;
    whyMe: Register;
    other: Register;
    /** Beside the piece, for a note signed with initials alone: their full name, and why it is needed. */
    name: Register;
  };
  /** Replies to a note's writer about a named candidate: {name} is the candidate, the greeting names the writer. */
  about: AboutCandidate;
  no: {
    open: Register;
    outsideArea: Register;
    noRole: Register;
    advice: Register;
    clear: Register;
  };
}

/**
 * The replies to someone who wrote for the candidate (a parent, a manager, a friend) or passed on the
 * candidate's note: they speak of the candidate by name, never by a pronoun, and ask for what the
 * candidate should send directly. The register is the writer's.
 */
export interface AboutCandidate {
  /** A yes opens: "thanks for the note about {name}." */
  thanks: Register;
  /** A one-pager and a no open: "thanks for thinking of me for {name}." */
  thinking: Register;
  yes: Register;
  /** With the quote, told as the note's, not the writer's own. */
  why: Register;
  needResume: Register;
  needLinkAndResume: Register;
  /** The one-pager is asked of the candidate directly. */
  ask: Register;
  askWithLink: Register;
  /** What the candidate's one-pager should bring, by what the note lacks first. */
  pieces: { proof: Register; fitOverlap: Register; ask: Register; whyMe: Register; other: Register };
  decline: Register;
  outsideArea: Register;
  noRole: Register;
  /** A no closes wishing the candidate well. */
  close: Register;
}
