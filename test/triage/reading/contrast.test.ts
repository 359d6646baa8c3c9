import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../src/triage/reading/quantities.js';
import { readResult } from '../../../src/triage/reading/read-result.js';
import { splitSentences } from '../../../src/triage/reading/sentences.js';
import { findProof } from '../../../src/triage/signals/proof.js';

const reads = (sentence: string, previous?: string) => readResult(sentence, previous === undefined ? {} : { previous });

describe('a before and an after told only by their times', () => {
  it.each([
    'When I joined the ward we had 9 pressure injuries a quarter; this year we have averaged 2.',
    'Back then about one order in eight shipped late; these days it is one in fifty.',
    'Last summer about 12% of our lifeguard shifts went unfilled; this summer, after I rebuilt the rota, 3%.',
    'In 2022 our scrap rate sat at 7.5%, and in 2024 it was 2.1%.',
    'A full rebuild that took us about 5 hours now takes 40 minutes.',
    'Reconciliations that needed three days need half a day.',
  ])('reads %s', (sentence) => {
    const found = reads(sentence);
    expect(found?.kind).toBe('change');
  });

  it('reads the before in one sentence and the after, dated differently, in the next', () => {
    const found = reads(
      'It was $12k a month in March, when I took over the account.',
      'Our cloud spend is now $7k a month.',
    );
    expect(found).toMatchObject({ kind: 'change', joinsPrevious: true });
    expect(reads('Last term, four.', 'That term nineteen pupils failed the mock exam.')).toMatchObject({
      joinsPrevious: true,
    });
  });

  it('does not compare different things, two bare numbers, or the size of a team', () => {
    // A volume may still be read ("we milk 400 cows"); what must not be read is a change.
    const change = (sentence: string, previous?: string) => reads(sentence, previous)?.kind === 'change';
    expect(change('In 2019 I had 5 direct reports; now I lead a team of 14 people.')).toBe(false);
    expect(change('Last winter we had 3 ploughs, and this winter we run 5 trucks.')).toBe(false);
    expect(change('We milk 400 cows. Last year we also raised 90 heifers.')).toBe(false);
    expect(change('Last season we planted 40 acres of barley.', 'That season we lost eleven calves.')).toBe(false);
  });
});

describe('ratios in words', () => {
  it('reads "seven parcels in ten" and "94 in every hundred" as rates', () => {
    const [a] = readQuantities('roughly seven parcels in ten went out');
    expect(a).toMatchObject({ kind: 'rate', value: 7, per: { value: 10, unit: 'parcels' } });
    const [b] = readQuantities('it has been 94 in every hundred');
    expect(b).toMatchObject({ kind: 'rate', value: 94, per: { value: 100 } });
  });

  it('keeps "3 promotions in 4 years" and "the last two quarters" as what they are', () => {
    expect(readQuantities('3 promotions in 4 years').map((q) => q.kind)).toEqual(['count', 'duration']);
    expect(readQuantities('the last two quarters').map((q) => q.kind)).toEqual(['duration']);
  });
});

describe('findProof', () => {
  it('prefers a result read by structure to an earlier figure only the lists read', () => {
    const proof = findProof(
      splitSentences(
        'I lead a maintenance crew, 6 sites. Since I fitted frost stats, not one pipe has burst in two winters.',
      ),
    );
    expect(proof.evidence).toContain('not one pipe has burst');
  });

  it('takes no plan for a result, even in words the lists know', () => {
    const proof = findProof(splitSentences('I am sure that in my first year I could cut your waste by a third.'));
    expect(proof.present).toBe(false);
  });
});
