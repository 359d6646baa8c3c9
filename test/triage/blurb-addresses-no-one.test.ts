import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { SECOND_PERSON } from '../../src/triage/signals/patterns.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A blurb is posted by the referrer to a hiring channel and addresses no one (issue 22). A result the
 * candidate tells with the reader's part in it is retold from the referrer's side: "your crew fixed it" is
 * "our crew" there, and "you fixed it and our scrap fell…" keeps only the result. The candidate's own "our"
 * stays theirs. Notes written for these tests.
 */

const team = referrerNamed('Siobhan');
const kiln = team(
  'Ceramic tile production: glaze mixing, roller kilns, firing curves and defect sorting',
  'Kiln Technician',
);

const note = (result: string) =>
  [
    'Hi Siobhan,',
    '',
    "I'm applying for the Kiln Technician role and would be glad of a referral; I've sorted fired tile on the night line for three years.",
    `Last autumn I noticed the crazing came from the third kiln's cooling zone, ${result}.`,
    'Completely fine if not.',
    '',
    'Anselm Okafor-Berg',
  ].join('\n');

describe('a result with the reader in it', () => {
  it('retells "your crew" as "our crew" and the candidate\'s "our" as "their"', () => {
    const blurb = triage(note('your crew reset the curve and our crazed tiles fell from 7% to 1%'), kiln).blurb ?? '';
    expect(blurb).toMatch(/our crew reset the curve/);
    expect(blurb).toMatch(/their crazed tiles fell from 7% to 1%/);
    expect(SECOND_PERSON.test(blurb)).toBe(false);
  });

  it('keeps the result and drops "you reset it"', () => {
    const blurb = triage(note('you reset the curve and our crazed tiles fell from 7% to 1%'), kiln).blurb ?? '';
    expect(blurb).toMatch(/crazed tiles fell from 7% to 1%/);
    expect(SECOND_PERSON.test(blurb)).toBe(false);
  });
});

describe('a result without the reader', () => {
  it('is retold as before', () => {
    const blurb = triage(note('so I reset the curve and our crazed tiles fell from 7% to 1%'), kiln).blurb ?? '';
    expect(blurb).toMatch(/their crazed tiles fell from 7% to 1%/);
    expect(blurb).not.toMatch(/\bour crazed\b/);
  });
});
