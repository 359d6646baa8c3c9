import { describe, expect, it } from 'vitest';
import { asName } from '../../src/triage/decision/names.js';
import { needleOf, withNeedle } from '../../src/triage/shared/needle.js';
import { alternation } from '../../src/triage/shared/phrases.js';

/** The speed shortcuts answer exactly as the plain search does, only sooner. */
describe('a pattern behind its needle', () => {
  it('takes the longest run of plain characters every match holds', () => {
    expect(needleOf(String.raw`\b(\p{Lu}\p{Ll}+) from (?:the |our )?[\p{L} ]{2,40} here\b`)).toBe(' from ');
    expect(needleOf(String.raw`\bvolunteers?\.? at`)).toBe('volunteer');
    expect(needleOf('x(?<!y)zzz')).toBe('zzz');
    expect(needleOf(String.raw`ab\.cd?`)).toBe('ab.c');
  });

  it('has none where a match need not hold one run: a top-level choice, a character written by its code', () => {
    expect(needleOf('coach|mentor')).toBe('');
    expect(needleOf(String.raw`caf\u00e9 owner`)).toBe('');
  });

  it('finds what the pattern finds, and nothing in a text without the needle', () => {
    const pattern = /\b(\p{Lu}\p{Ll}+) here\b/mu;
    const fast = withNeedle(pattern);
    for (const text of ['Marisol here, from the Tuesday shift.', 'Hi! Ondrej here', 'I was there.', 'Nobody HERE']) {
      expect(fast.exec(text)?.[0] ?? null).toBe(pattern.exec(text)?.[0] ?? null);
      expect(fast.test(text)).toBe(pattern.test(text));
    }
  });

  it('leaves a case-insensitive or global pattern as it is', () => {
    const folded = /\bmy name is (\w+)/i;
    expect(withNeedle(folded)).toBe(folded);
    const global = /here/g;
    expect(withNeedle(global)).toBe(global);
  });
});

describe('a phrase list with word bounds', () => {
  it('shares one bound among neighbouring bounded phrases, and matches as before', () => {
    const list = String.raw`
      \bhalved
      \$\d+ under budget
      \b(two|three)fold\b
      \bcut (churn|costs) in half
    `;
    const source = alternation(list);
    expect(source).toBe(
      String.raw`(?:\bhalved|\$\d+ under budget|\b(?:(?:two|three)fold\b|cut (?:churn|costs) in half))`,
    );
    const plain = new RegExp(
      `(?:${String.raw`\bhalved|\$\d+ under budget|\b(?:two|three)fold\b|\bcut (?:churn|costs) in half`})`,
      'i',
    );
    const shared = new RegExp(source, 'i');
    for (const text of [
      'We cut costs in half.',
      'came in $40 under budget',
      'a threefold rise',
      'unhalved',
      'Twofold!',
    ]) {
      expect(shared.exec(text)?.[0] ?? null).toBe(plain.exec(text)?.[0] ?? null);
    }
  });

  it('keeps a phrase with its own top-level choice apart', () => {
    expect(
      alternation(String.raw`
      \bfirst|second
      \bthird
    `),
    ).toBe(String.raw`(?:\bfirst|second|\bthird)`);
  });
});

describe('a name read once per note', () => {
  it('gives the same answer when asked again, for each note apart', () => {
    const note = 'Hi Tomasz,\nThanks for reading.\nBest,\nIfeoma Adeyemi-Clarke';
    expect(asName('Ifeoma Adeyemi-Clarke', note)).toBe('Ifeoma Adeyemi-Clarke');
    expect(asName('Ifeoma Adeyemi-Clarke', note)).toBe('Ifeoma Adeyemi-Clarke');
    // Another note without those words: not a name of that note.
    expect(asName('Ifeoma Adeyemi-Clarke', 'Hi Tomasz, thanks for reading.')).toBeNull();
    expect(asName('Warm regards', note)).toBeNull();
  });
});
