import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { note } from '../helpers/notes.js';

/**
 * A sentence that opens with the reader doing something tells the reader's deed, not the writer's result,
 * though a number and the writer's "my" stand in it (issue 22: the twenty-first blind batch's apprentice who
 * recalled the tattoo the referrer did on them). The writer's own doing beside it, or the reader only knowing
 * of it, keeps the result the writer's. Notes written for these tests.
 */

const proof = (sentence: string) => triage(note(sentence)).signals.proofPoint;

describe("the reader's own deed is no result of the writer's", () => {
  it('reads "You did the mural on my shopfront (the one that took 4 sessions)" as no proof point', () => {
    const sentence =
      'You did the mural on my shopfront in 2022 (the one that took 4 sessions), so I hope you remember me.';
    expect(proof(sentence).present).toBe(false);
  });

  it('reads "You fitted the kitchen in my flat (the one that took 5 weekends)" as no proof point', () => {
    const sentence =
      'You fitted the kitchen in my flat in 2021 (the one that took 5 weekends), so I hope you remember me.';
    expect(proof(sentence).present).toBe(false);
  });

  it('keeps the writer\'s result when they act in the same sentence: "You hired me and I cut…"', () => {
    expect(proof('You hired me in 2019 and I cut site delays from 12 days to 3 within a year.').present).toBe(true);
  });

  it('keeps the writer\'s result the reader only knows of: "You saw how we cut…"', () => {
    expect(proof('You saw how we cut snagging defects from 40 to 6 per handover.').present).toBe(true);
  });
});
