import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A manager who vouches from first-hand work for someone they never name (issue 22): the verdict is read on
 * the note's merits, and every draft goes to the writer about the candidate, never to the writer as if they
 * were the candidate. The reply greets the writer and asks them for the candidate's name beside what the
 * candidate should send. Notes written for these tests.
 */

const bakery = referrerNamed('Ottilie')(
  'Bakery production: pastry, lamination, proofing schedules',
  'Pastry Shift Lead',
);

const unnamed = (signOff: string) =>
  [
    'Hello Ottilie,',
    '',
    'I was her production manager at the Quayside bakehouse for three years, and she has worked under me on every early bake since. She is applying for the Pastry Shift Lead opening on your floor, and I would gladly back her. If the shift is already covered, no hard feelings.',
    '',
    signOff,
  ].join('\n');

describe('a nameless first-hand vouch is answered to its writer', () => {
  const result = triage(unnamed('Warm regards,\nBartholomew Quist'), bakery);

  it('greets the writer and asks for the name with the one-pager', () => {
    expect(result.recommendation).toBe('one_pager');
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Bartholomew Quist');
    const draft = result.drafts?.one_pager ?? '';
    expect(draft).toMatch(/^H(i|ey) Bartholomew,/);
    expect(draft).toContain('could you tell me their full name');
    expect(draft).toContain('could they send me a one-page summary');
  });

  it('never asks the writer for their own résumé, result or background', () => {
    for (const draft of Object.values(result.drafts ?? {})) {
      expect(draft).not.toMatch(/\byour (résumé|background|full name)\b|\brefer you\b|\bone thing you did\b/);
      expect(draft).not.toMatch(/\bCould you send me\b/);
    }
    expect(result.drafts?.yes).toMatch(/refer them for|put their name forward for/);
    expect(result.drafts?.yes).toMatch(/could you tell me their full name/i);
    expect(result.drafts?.no).toContain("I'm not able to refer them");
  });

  it('greets no one by name when the writer does not sign', () => {
    const draft = triage(unnamed('Thanks'), bakery).drafts?.one_pager ?? '';
    expect(draft).toMatch(/^H(i|ey) there,/);
    expect(draft).toContain('could you tell me their full name');
  });

  it('keeps speaking of a named candidate by name', () => {
    const named = unnamed('Warm regards,\nBartholomew Quist').replace(
      'I was her production manager',
      'Winifred Acheampong is applying too. I was her production manager',
    );
    const draft = triage(named, bakery).drafts?.one_pager ?? '';
    expect(draft).toContain('could Winifred send me a one-page summary');
    expect(draft).not.toContain('their full name');
  });
});
