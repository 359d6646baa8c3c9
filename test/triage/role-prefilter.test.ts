import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAS_ROLE_WORD, HEAD_WORDS, ROLE_NOUNS } from '../../src/triage/reading/role-words.js';
import { tokenize } from '../../src/triage/shared/words.js';

const ROLE_WORDS = [...HEAD_WORDS, ...ROLE_NOUNS];

/** Role words in any case, next to the characters that decide word edges. */
const sentence = fc
  .array(
    fc.oneof(
      fc
        .constantFrom(...ROLE_WORDS)
        .chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1))),
      fc.constantFrom(' ', '_', "'", "'s", '-', '.', ',', 'é', 'x', '7', '\u212A', 'İ', '中', '😀', '(', ')'),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('the role finder’s sentence prefilter', () => {
  it('never passes over a sentence with a word the role finder reads', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const hasRoleToken = tokenize(text).some((t) => ROLE_WORDS.includes(t.word.toLowerCase()));
        if (hasRoleToken) expect(HAS_ROLE_WORD.test(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
