import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../src/triage/reading/sentences.js';

describe('splitSentences', () => {
  it('splits on punctuation and line breaks, keeping offsets into the text', () => {
    const text = 'Hi Priya,\nI led it. could you refer me? Thanks!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Hi Priya,', 'I led it.', 'could you refer me?', 'Thanks!']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.line)).toEqual([0, 1, 1, 1]);
  });

  it('does not split after common abbreviations or inside numbers and URLs', () => {
    const texts = splitSentences('I work on e.g. CI vs. CD at WCAG 2.2 level, see https://x.example/a.b for more.').map(
      (s) => s.text,
    );
    expect(texts).toHaveLength(1);
  });

  it('cuts an unpunctuated wall of text into bounded pieces', () => {
    const wall = 'word '.repeat(2000);
    const pieces = splitSentences(wall);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(605);
  });
});

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("I'm a full-stack dev, 5 yrs")).toBe(6);
  });
});
