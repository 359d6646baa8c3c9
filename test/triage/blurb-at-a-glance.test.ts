import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { atAGlance, GLANCE_WORDS } from '../../src/triage/writing/first-sentence.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The blurb's first sentence is forwarded to a hiring channel and read at a glance (issue 22): when the
 * background and the result together run long, the result stays, with its cause, and what is least
 * needed goes a whole phrase at a time (a trailing "with …" phrase, the clauses that set the scene, the
 * background's aside). A short background and result stay together as written. Notes written for these tests.
 */

const team = referrerNamed('Odile');
const bakery = () => team('Wholesale bakery: overnight production of laminated doughs and breads', 'Production Baker');

const words = (text: string) => (text.match(/\S+/g) ?? []).length;
const firstSentence = (blurb: string) => blurb.split(/(?<=\.)\s+(?=\p{Lu})/u)[0] ?? '';
/** Every clause of a sentence says something: none under four words. */
const noFragment = (sentence: string) =>
  sentence.split(/[;,]\s+/).every((c) => words(c.replace(/^(?:and|but|so)\s+/, '')) >= 4);

describe('a long background and result in the first sentence', () => {
  const paste = [
    'Hi Odile, Tomas Reyes on your night crew said you were the one to ask about the Production Baker role.',
    "I've been a night-shift baker for eight years, mostly laminated doughs and rye.",
    'Over season 3 of the holiday run I baked croissants, brioche and rye for all 14 of our cafés, and by retarding the croissant dough overnight we got the morning bake down from 6 hours to 4, with no loss of volume on any batch.',
    'Could you refer me? No worries at all if not.',
    'Thanks, Ama Boateng',
  ].join('\n');

  it('keeps the result with its cause and drops the scene before it and the phrase after it', () => {
    const result = triage(paste, bakery());
    expect(result.recommendation).toBe('yes');
    const first = firstSentence(result.blurb ?? '');
    expect(first).toContain(
      'by retarding the croissant dough overnight they got the morning bake down from 6 hours to 4',
    );
    expect(first).not.toContain('no loss of volume');
    expect(first).not.toContain('holiday run');
    expect(words(first)).toBeLessThanOrEqual(GLANCE_WORDS);
    expect(noFragment(first)).toBe(true);
    expect(first).toContain('eight years, mostly laminated doughs and rye');
  });
});

describe('what the first sentence keeps', () => {
  const lead = 'Ama Boateng has been a night-shift baker for eight years, mostly laminated doughs and rye';

  it('leaves a short background and result together, unchanged', () => {
    const retold = 'last spring they cut the bake from 6 hours to 4';
    expect(atAGlance(lead, retold)).toEqual({ lead, retold });
    const paste = [
      'Hi Odile, Tomas Reyes on your night crew said you were the one to ask about the Production Baker role.',
      "I've been a night-shift baker for eight years. Last spring I cut our morning bake from 6 hours to 4 by retarding the dough.",
      'Could you refer me? No worries at all if not.',
      'Thanks, Ama Boateng',
    ].join('\n');
    const first = firstSentence(triage(paste, bakery()).blurb ?? '');
    expect(first).toContain('has been a night-shift baker for eight years');
    expect(first).toContain('cut their morning bake from 6 hours to 4 by retarding the dough');
  });

  it('keeps a change told in the trailing phrase, and a clause before that is a result of its own', () => {
    const trailing =
      'at the Harbour Street bakery they ran the overnight bench for a team of four people across two ovens and three mixers, with waste down from 9% to 3%';
    expect(atAGlance(lead, trailing).retold).toContain('with waste down from 9% to 3%');
    const twoResults =
      'across the winter they shipped 40,000 loaves without a single late truck, and by retarding the dough overnight they got the morning bake down from 6 hours to 4';
    expect(atAGlance(lead, twoResults).retold).toContain('40,000 loaves without a single late truck');
  });

  it('keeps the scene when the result leans on it', () => {
    const leaning =
      'at the Harbour Street bakery they rebuilt the overnight schedule for a team of four people across two ovens, and within a month it brought the morning bake down from 6 hours to 4';
    expect(atAGlance(lead, leaning).retold).toContain('rebuilt the overnight schedule');
  });
});
