/**
 * English phrase data: What the intake keeps from a paste: an introduction by a third person.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** An introduction by a third person ("Grace, meet Jasmine", "looping you in"): kept when it arrives as quoted mail. */
export const INTRODUCTION = `
  meet [A-Z][a-z]+\\b
  looping (you|in)
  (introduc\\w+|connect\\w*) (you|the two of you|you two|you both)
  putting you (two |both )?in touch
  (wanted|want|happy) to introduce
`;
