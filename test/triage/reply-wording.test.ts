import { describe, expect, it } from 'vitest';
import { REPLIES } from '../../src/triage/lang/replies.js';

/** Every leaf of a language's reply wording: a pair of [informal, formal] lines, or a role phrase. */
function lines(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.map((v, i) => [`${path}[${i}]`, v as string]);
  return Object.entries(value as object).flatMap(([k, v]) => lines(v, path ? `${path}.${k}` : k));
}

const FORMAL_NOTES: Record<string, [informal: string, formal: string]> = {
  es: ['¿Me recomendarías para el puesto?', '¿Le importaría a usted recomendarme?'],
  pt: ['Você toparia me indicar?', 'Se lhe parecer que faz sentido, estaria disposta a referenciar-me?'],
  fr: ['Tu pourrais me recommander ?', 'Accepteriez-vous de me recommander en interne ?'],
  de: ['Würdest du mich intern empfehlen?', 'Wären Sie bereit, mich intern zu empfehlen?'],
  it: ['Mi segnaleresti per la posizione?', 'Le sarei grato se potesse inoltrare il mio curriculum.'],
  'hi-en': ['Kya tum mujhe refer kar sakte ho?', 'Kya aap mujhe refer kar sakte hain?'],
};

describe.each(Object.keys(REPLIES))('reply wording in %s', (code) => {
  const wording = REPLIES[code];

  it('has every line in both registers, with no slot but the ones the writer fills', () => {
    expect(wording).toBeDefined();
    for (const [path, line] of lines(wording)) {
      // The register patterns are regular expressions, not reply lines.
      if (path === 'formal' || path === 'informal') continue;
      expect(line.trim(), path).not.toBe('');
      for (const slot of line.match(/\{(\w+)\}/g) ?? [])
        expect(['{name}', '{role}', '{quote}', '{team}', '{area}'], path).toContain(slot);
    }
  });

  it('quotes the result once, in the yes, and names the role', () => {
    for (const line of wording?.yes.why ?? []) expect(line.match(/\{quote\}/g)).toHaveLength(1);
    for (const line of wording?.yes.yes ?? []) expect(line).toContain('{role}');
  });

  it('tells a formal note from an informal one', () => {
    const formal = new RegExp(wording?.formal ?? '', 'u');
    const [informal, polite] = FORMAL_NOTES[code] ?? ['', ''];
    expect(formal.test(informal)).toBe(false);
    expect(formal.test(polite)).toBe(true);
    // Where a language also names the informal words, an informal note has them and a formal one does not.
    if (wording?.informal) {
      const informalWords = new RegExp(wording.informal, 'u');
      expect(informalWords.test(informal)).toBe(true);
      expect(informalWords.test(polite)).toBe(false);
    }
  });
});
