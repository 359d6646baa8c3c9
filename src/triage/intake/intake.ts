/**
 * What the intake hands the later stages: the note's own words, and what it set apart from them
 * (quoted history, the signature, a résumé pasted under the ask) with the clues to who is who.
 */

/** Where a name was read, most trusted first (issue 22): the order the candidate's name is chosen in. */
export type NameSource = 'author' | 'header' | 'signOff' | 'selfNamed' | 'introduction';

export interface IdentityClues {
  /** The sender a mail, LinkedIn or chat header names ("From: Sam Ortega <…>", "Ines Calder sent the following message"). */
  sender: string | null;
  /** The local part of the address the sender's header line gives ("wenjie.zhou" in "Jay Zhou <wenjie.zhou@…>"). */
  mailbox?: string | null;
  /** The signature block under the sign-off, as pasted: name line with post-nominals, title, phones. */
  signature: string[];
  /** Who forwarded a note written to them, not to the referrer: the one writing to the referrer. */
  goBetween?: string | null;
  /** Who wrote a cover of their own over the forwarded note the referrer answers ("his note is below"). */
  coverBy?: string | null;
  /** The sender a forwarded message's header names ("From: Saoirse Doyle-Nakamura <…>"). */
  forwardedFrom?: string | null;
  /** Whom a forwarded message's header says it was sent to ("To: Sam Ortiz <…>"): who forwards it on. */
  forwardedTo?: string | null;
}

export interface Intake {
  /** What a person reads as the note; every evidence span is a substring of it. */
  text: string;
  /** Every URL in the note, in order, without duplicates. */
  urls: string[];
  /** Earlier messages quoted under or above the note: context, not the ask. */
  quoted: string[];
  /** Lines of a third person's introduction found in quoted mail ("Sam, meet Aisha"): the why-me, kept in `text` too. */
  introductions: string[];
  /** The writer's own earlier message in the quoted history (a bump's first note): read with the note. */
  earlier: string | null;
  /** A résumé or CV pasted under the ask: background, not part of the note. */
  resume: string | null;
  clues: IdentityClues;
  /** The paste's shape, as far as the intake could tell. */
  shape: 'plain' | 'email' | 'linkedin' | 'chat';
}

const NON_SPACE = /\S+/g;

/** Whether the lines hold at least `n` whitespace-separated words; stops counting there. */
export function hasWords(lines: readonly string[], n: number): boolean {
  let count = 0;
  // exec in a loop on one module-level pattern: matchAll copies the pattern for every line.
  for (const line of lines) {
    NON_SPACE.lastIndex = 0;
    while (NON_SPACE.exec(line)) if (++count >= n) return true;
  }
  return false;
}
