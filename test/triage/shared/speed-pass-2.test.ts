/**
 * The second speed pass (issue 23) changed how often things are asked, never the answers: each
 * shortcut here is checked against the longer way it replaces.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/triage/index.js';
import { hasLatinLetter } from '../../../src/triage/intake/language.js';
import { readResult } from '../../../src/triage/reading/read-result.js';
import { splitSentences } from '../../../src/triage/reading/sentences.js';
import { guarded, guardedWhereSlow } from '../../../src/triage/shared/guarded.js';
import { findProof, structuralResult } from '../../../src/triage/signals/proof.js';

describe('language detection reads Latin letters without a regex per word', () => {
  it('agrees with the class it replaces on every UTF-16 code unit', () => {
    const LATIN_LETTER = /[a-zà-ɏ]/;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (hasLatinLetter(ch) !== LATIN_LETTER.test(ch)) throw new Error(`differs at U+${c.toString(16)}`);
    }
    expect(hasLatinLetter('日本語とcafé')).toBe(true);
    expect(hasLatinLetter('привет')).toBe(false);
  });

  it('still tells an English note from a Spanish one', () => {
    expect(
      detectLanguage('Hi Dana, I applied for the Nurse Manager role last week and would love a referral.').code,
    ).toBe('en');
    expect(
      detectLanguage('Hola Marta, me he presentado a la vacante de enfermera y me encantaría que me recomendaras.')
        .code,
    ).toBe('es');
  });
});

describe('a result read with the sentence before it', () => {
  it('reads as the sentence alone when the one before cannot hold a result', () => {
    const before = 'I run the night desk at the Herald.';
    const sentence = 'We cut corrections from 40 a month to 12.';
    expect(structuralResult(sentence, before)).toEqual(structuralResult(sentence));
    expect(structuralResult(sentence, before)).toEqual(readResult(sentence, { previous: before }));
  });

  it('still joins a before in one sentence to its after in the next', () => {
    const sentences = splitSentences('That season we lost eleven rooms to no-shows. Last season, two.');
    const proof = findProof(sentences);
    expect(proof.present).toBe(true);
    expect(proof.evidence).toContain('That season we lost eleven');
  });
});

describe('whether a note is written for someone else is asked only when it matters', () => {
  it('is not asked when a sentence reads as a result by structure', () => {
    let asked = 0;
    const proof = findProof(splitSentences('I cut our month-end close from nine days to four.'), () => {
      asked++;
      return false;
    });
    expect(proof.present).toBe(true);
    expect(asked).toBe(0);
  });

  it('gives the same answer as a boolean given up front', () => {
    const sentences = splitSentences('She grew repeat bookings by 30% at her last salon. Could you refer her?');
    for (const thirdPerson of [true, false])
      expect(findProof(sentences, () => thirdPerson)).toEqual(findProof(sentences, thirdPerson));
  });
});

describe('other languages’ why-me patterns are guarded only where the guard pays', () => {
  it('guards an i+u pattern with a leading word bound, and answers as the pattern', () => {
    const pattern = /\b(?:fuimos|éramos) (?:compañer[oa]s|colegas)\b/iu;
    const searched = guardedWhereSlow(pattern);
    expect(searched).not.toBe(pattern);
    for (const text of ['Fuimos compañeros en la facultad.', 'Nosotros éramos colegas.', 'Refuimos colegas', ''])
      expect(searched.exec(text)?.[0] ?? null).toBe(pattern.exec(text)?.[0] ?? null);
  });

  it('leaves any other pattern as it is', () => {
    for (const pattern of [/\bour time together\b/i, /\bmeet\b/u, /^hola\b/iu, /\bmeet\b/giu])
      expect(guardedWhereSlow(pattern)).toBe(pattern);
    expect(guarded(/\bmeet\b/iu).test('Please meet Dana')).toBe(true);
  });
});
