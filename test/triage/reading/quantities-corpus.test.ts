/**
 * The quantity corpus, in the manner of Duckling's Corpus.hs: for each dimension, values, each with
 * the phrasings that must resolve to it. A phrasing resolves when the whole of it is read as one
 * quantity of that kind and value (and unit, where given).
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../src/triage/reading/quantities.js';
import type { Quantity } from '../../../src/triage/reading/types.js';

interface Example {
  readonly value: number;
  readonly unit?: string;
  readonly per?: { value: number; unit: string };
  readonly phrasings: readonly string[];
}

const examples = (value: number, phrasings: string[], more: Partial<Example> = {}): Example => ({
  value,
  phrasings,
  ...more,
});

const CORPUS: Record<Quantity['kind'], readonly Example[]> = {
  number: [
    examples(1200, ['1,200', 'twelve hundred', 'one thousand two hundred']),
    examples(4.5, ['4.5']),
    examples(2.3, ['2.300']),
    examples(11, ['eleven']),
    examples(12, ['a dozen', 'twelve']),
    examples(250_000, ['two hundred and fifty thousand', '250,000', '250k']),
    examples(1_400_000, ['1.4 million']),
    examples(25, ['twenty-five', 'twenty five', '25']),
    examples(0, ['none', 'zero']),
  ],
  percent: [
    examples(28, ['28%', '28 %', '28 percent', '28 per cent'], { unit: '%' }),
    examples(4.1, ['4.1%'], { unit: '%' }),
    examples(12, ['12 points', '12 percentage points'], { unit: 'pt' }),
  ],
  money: [
    examples(2_000_000, ['$2M', '$2m', '$2 million', '$2,000,000'], { unit: 'USD' }),
    examples(40_000, ['€40k', '€40,000', '40,000 euros'], { unit: 'EUR' }),
    examples(1_400_000, ['£1.4 million', '£1.4m'], { unit: 'GBP' }),
  ],
  duration: [
    examples(3, ['3 hours', 'three hours', '3 hrs', '3-hour'], { unit: 'hour' }),
    examples(0.5, ['half a day'], { unit: 'day' }),
    examples(1, ['a fortnight'], { unit: 'fortnight' }),
    examples(1, ['an hour'], { unit: 'hour' }),
    examples(15, ['15 minutes', 'fifteen minutes', '15 min', '15-minute'], { unit: 'minute' }),
    examples(6, ['six weeks', '6 weeks'], { unit: 'week' }),
    examples(2, ['two months', '2 months'], { unit: 'month' }),
    examples(26, ['26h', '26 hours'], { unit: 'hour' }),
  ],
  rate: [
    examples(4.1, ['4.1 per 1,000 patient days'], { per: { value: 1000, unit: 'patient days' } }),
    examples(60, ['60 patients a shift', '60 patients per shift', '60 patients each shift'], {
      per: { value: 1, unit: 'shift' },
    }),
    examples(1, ['one in forty', '1 in 40'], { per: { value: 40, unit: '' } }),
    examples(2, ['twice a week', 'two times a week'], { per: { value: 1, unit: 'week' } }),
    examples(1, ['every week'], { per: { value: 1, unit: 'week' } }),
  ],
  fraction: [
    examples(2 / 3, ['two thirds', 'two-thirds']),
    examples(0.5, ['half']),
    examples(1 / 3, ['a third', 'one third', 'one-third']),
    examples(1 / 4, ['a quarter']),
  ],
  multiplier: [
    examples(2, ['twice', 'double', '2x', 'two times', 'twofold']),
    examples(3, ['three times', '3x', 'triple', 'threefold']),
  ],
  rank: [
    examples(1, ['#1', 'number one', '1st', 'first place', 'No. 1']),
    examples(2, ['2nd of 30', 'second out of 30'], { per: { value: 30, unit: '' } }),
    examples(5, ['top 5%'], { unit: '%' }),
    examples(3, ['3rd place', 'third place']),
  ],
  count: [
    examples(12, ['12 product teams', 'twelve product teams'], { unit: 'product teams' }),
    examples(400_000, ['400,000 square feet'], { unit: 'square feet' }),
    examples(60, ['60 roles'], { unit: 'roles' }),
  ],
  ratio: [examples(5, ['5 out of 6', 'five out of six', '5 of 6'], { per: { value: 6, unit: '' } })],
  date: [examples(2024, ['2024']), examples(3, ['March 3'])],
};

describe('quantities: every phrasing resolves to its value', () => {
  for (const [kind, list] of Object.entries(CORPUS)) {
    describe(kind, () => {
      for (const example of list) {
        it.each(example.phrasings)(`%s → ${example.value}`, (phrasing) => {
          const found = readQuantities(phrasing);
          const whole = found.filter((q) => q.kind === kind && (kind === 'date' || q.text === phrasing));
          expect(whole, JSON.stringify(found)).toHaveLength(1);
          const q = whole[0] as Quantity;
          expect(q.value).toBeCloseTo(example.value, 6);
          if (example.unit !== undefined) expect(q.unit).toBe(example.unit);
          if (example.per) expect(q.per).toEqual(example.per);
        });
      }
    });
  }
});

describe('quantities in running text', () => {
  it('reads each once, with offsets into the text', () => {
    const text = 'cut onboarding from about 3 hours to under 45 minutes and saved $2M';
    const found = readQuantities(text);
    expect(found.map((q) => [q.kind, q.value, q.bound ?? ''])).toEqual([
      ['duration', 3, '~'],
      ['duration', 45, '<'],
      ['money', 2_000_000, ''],
    ]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(found[1]?.hours).toBeCloseTo(0.75, 6);
  });

  it('keeps years, days of a month and times of day apart as dates', () => {
    const found = readQuantities('in 2019 the 5 a.m. truck left on June 12');
    expect(found.every((q) => q.kind === 'date')).toBe(true);
  });

  it('reads "once" as a number only when a period follows', () => {
    expect(readQuantities('once I started').length).toBe(0);
    expect(readQuantities('once a month')[0]?.kind).toBe('rate');
  });
});
