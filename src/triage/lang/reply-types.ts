/** The shape of a language's reply wording (lang/replies.ts describes the slots and registers). */

export type Register = readonly [informal: string, formal: string];

export interface ReplyWording {
  /** A note that addresses the referrer formally. */
  formal: string;
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
  };
  no: {
    open: Register;
    outsideArea: Register;
    noRole: Register;
    advice: Register;
    clear: Register;
  };
}
