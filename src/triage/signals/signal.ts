import * as z from 'zod';
import type { Sentence } from '../reading/sentences.js';
import type { Searchable } from '../shared/guarded.js';

/** One signal: whether the note shows it, and the words that show it (a span of the note, or null). */
export const SignalSchema = z.object({
  present: z.boolean(),
  evidence: z.string().nullable(),
});
export type Signal = z.infer<typeof SignalSchema>;

export const ABSENT: Signal = Object.freeze({ present: false, evidence: null });

const MAX_EVIDENCE = 280;

export function present(evidence: string): Signal {
  return { present: true, evidence };
}

/** The sentence is the evidence; a very long one is cut to the matched words so views stay readable. */
export function evidenceFor(sentence: Sentence, match: { readonly 0: string }): string {
  if (sentence.text.length <= MAX_EVIDENCE) return sentence.text;
  return match[0];
}

export function firstMatch(sentences: readonly Sentence[], pattern: RegExp): Signal {
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.text);
    if (match) return present(evidenceFor(sentence, match));
  }
  return ABSENT;
}

export function firstOf(sentences: readonly Sentence[], patterns: readonly Searchable[]): Signal {
  for (const sentence of sentences) {
    for (const pattern of patterns) {
      const match = pattern.exec(sentence.text);
      if (match) return present(evidenceFor(sentence, match));
    }
  }
  return ABSENT;
}
