import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';

/**
 * What the writing batch (issue 11) taught the signals, one general rule at a time, on notes
 * written for these tests: results with no number, an ask to put them forward, a colleague's shift.
 */
const note = (middle: string) => `Hi Sam, I'm applying for the Shift Lead role. ${middle} Would you refer me?`;

describe('results with no number, or in a shape of their own', () => {
  it.each([
    'After I reorganised the pack stations, we stopped missing the last carrier pickup.',
    'Since the Flink rebuild, the nightly backfills stopped being needed at all.',
    "We haven't missed a carrier cutoff in six months.",
    'I run nights at DFW4, zero missed trucks this quarter.',
    'Last year I closed our first two health-system contracts.',
    'Falls on my unit: 8 → 1 in a year.',
    'Call lights during handover went from constant to almost silent.',
    'Last year I make 120% of my quota.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each([
    'I stopped by the store last week.',
    'I have not missed a day of work.',
    'I moved from Dallas to Austin in 2020.',
  ])('does not read "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
  });
});

describe('who sent them, and how they ask', () => {
  it.each([
    'Your nurse Joy, she was my classmate, say me to write you.',
    'I was a float nurse on your unit last winter.',
    'Thanks for the intro, Maya!',
  ])('reads "%s" as the reason to ask', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('"you need to hire me ... refer me today" is pressure', () => {
    const result = triage('Dev, you need to hire me. Refer me for the PM, Checkout role today.\nRon');
    expect(result.signals.pressure.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });
});
