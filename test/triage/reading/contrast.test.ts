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

describe('places, arrows past a date, and results that are not the writer’s', () => {
  it('reads a place in a ranking after a preposition, and not the verb "place"', () => {
    const [rank] = readQuantities('our store was on place twelve of 40 stores');
    expect(rank).toMatchObject({ kind: 'rank', value: 12, per: { value: 40 } });
    expect(readQuantities('I place 200 orders a week').map((q) => q.kind)).not.toContain('rank');
    expect(
      reads('In 2022 our branch was in position 14 of 30 for audits; this year we finished in position 2.')?.kind,
    ).toBe('change');
  });

  it('reads an arrow with a date between the before and the arrow', () => {
    expect(
      reads('Rework on the paint line: 1 in 30 panels (2023) → 1 in 200 panels (2025) after I changed the prep.')?.kind,
    ).toBe('change');
  });

  it('takes a plan, a duty or someone else’s change for no result', () => {
    const proof = (text: string) => findProof(splitSentences(text)).present;
    expect(proof('The plan this year is to take our on-time rate from 80% to 95% by June.')).toBe(false);
    expect(proof('My objective this quarter is to cut denials by 20%.')).toBe(false);
    expect(proof('My old supervisor took our audit score from 71% to 96%, which is why I love quality work.')).toBe(
      false,
    );
    expect(
      proof('Our principal took attendance from 88% to 95% in two years, and I ran the mentoring piece she asked for.'),
    ).toBe(false);
  });
});

describe('findProof in a note written for someone else', () => {
  it('reads "she" and "he" as the candidate, whose result it is', () => {
    const sentences = splitSentences(
      'My son Ezra is applying for your apprentice role. Last winter he cut the shop’s scrap by a third.',
    );
    expect(findProof(sentences, true).present).toBe(true);
    expect(findProof(sentences, false).present).toBe(false);
  });
});
