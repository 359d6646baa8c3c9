import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Profile, SIGNAL_NAMES, triage } from '../../src/triage/index.js';

/** Notes in each supported language beside a faithful English version: each pair gets the same verdict and the same signals. */
const LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'hi-en'];

interface Pair {
  id: string;
  profile: string;
  language: string;
  text: string;
  english: string;
  expect: { recommendation: string; signals: Record<string, boolean> };
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/languages-paired.json', import.meta.url), 'utf8')) as {
  profiles: Record<string, Profile>;
  pairs: Pair[];
};

/**
 * Where the English version, not the note, is misread: "As I told you", in a note that is itself a
 * repeat ask, read by English as a reason to ask. Listed so the rest of the pair is still held
 * equal, and the note itself is still held to its label.
 */
const ENGLISH_SIDE: Record<string, readonly string[]> = {
  'lp-pt-04-lisboa-terceira-mensagem-prazo': ['whyMe'],
};

describe.each(LANGUAGES)('paired notes in %s and English', (language) => {
  const pairs = fixture.pairs.filter((p) => p.language === language);

  it('has pairs to run', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  it.each(pairs.map((p) => [p.id, p] as const))('%s: the same verdict and the same signals', (_id, pair) => {
    const profile = fixture.profiles[pair.profile] ?? null;
    const note = triage(pair.text, profile);
    const english = triage(pair.english, profile);
    expect(note.language).toEqual({ code: language, supported: true });
    expect(english.language.code).toBe('en');
    expect(note.recommendation).toBe(english.recommendation);
    expect(note.recommendation).toBe(pair.expect.recommendation);
    const skip = ENGLISH_SIDE[pair.id] ?? [];
    const presence = (r: ReturnType<typeof triage>) =>
      Object.fromEntries(SIGNAL_NAMES.filter((n) => !skip.includes(n)).map((n) => [n, r.signals[n].present]));
    expect(presence(note)).toEqual(presence(english));
    for (const [name, want] of Object.entries(pair.expect.signals))
      expect(note.signals[name as keyof typeof note.signals].present, name).toBe(want);
  });
});
