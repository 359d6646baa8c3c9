import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { buttonRow } from '../../src/triage/intake/screen-line.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A referral portal's notice (issue 22): its headline names the candidate in the portal's own voice, in any
 * of its phrasings ("has asked you for a referral", "requested a referral from you", "wants you to refer her
 * for the following position:"); the message under "Message from <first name>:" is the candidate's own;
 * its row of bracketed buttons, a dash inside one ("[ Not sure – ask for more info ]"), is no one's words.
 * A colleague's own line that someone "wants you to refer her for the X role." is still the colleague's.
 * Notes written for these tests.
 */

const team = referrerNamed('Ingrid');
const kennel = team(
  'Veterinary nursing at a small-animal hospital: anaesthesia monitoring, dental suites and post-op kennels',
  'Registered Veterinary Nurse',
);

const portal = (headline: string) =>
  [
    'PawRefer <notifications@pawrefer.example.net>',
    'Tue, 3 Sep, 08:12',
    'to me',
    '',
    'Someone would like a referral',
    '',
    headline,
    '',
    'Role: Registered Veterinary Nurse – Riverside Hospital',
    '',
    'Message from Olamide:',
    '"Hello Ingrid, I run anaesthesia monitoring at a busy clinic and brought our post-op complications down from 6% to 2% in a year. Could you refer me? No problem at all if not."',
    '',
    '[ Refer Olamide ]   [ Decline ]   [ Not sure – ask for more info ]',
    '',
    "You're receiving this because you're on PawRefer.",
  ].join('\n');

describe("a portal's headline names the candidate, who writes the message under it", () => {
  for (const headline of [
    'Olamide Baptiste-Ferreira has asked you for a referral.',
    'Olamide Baptiste-Ferreira requested a referral from you.',
    'Olamide Baptiste-Ferreira wants you to refer her for the following position:',
  ]) {
    it(`reads "${headline}"`, () => {
      const result = triage(portal(headline), kennel);
      expect(result.candidate.name).toBe('Olamide Baptiste-Ferreira');
      expect(result.writer).toBeNull();
    });
  }
});

describe("a portal's bracketed buttons", () => {
  it('are a row of buttons with a dash inside a label', () => {
    expect(buttonRow('[ Accept ]   [ Ignore ]   [ Maybe later – remind me tomorrow ]')).toBe(true);
  });
  it('are not a bracketed aside that is a sentence', () => {
    expect(buttonRow('[ I will send the portfolio – it is quite large, sorry ]')).toBe(false);
  });
});

describe("a colleague's own line about someone's wish", () => {
  it('keeps the colleague as the writer', () => {
    const text = [
      'Hi Ingrid,',
      '',
      'Olamide Baptiste wants you to refer her for the Registered Veterinary Nurse role.',
      'She monitored anaesthesia beside me for three years and brought our post-op complications down from 6% to 2%.',
      'No pressure at all.',
      '',
      'Henrik',
    ].join('\n');
    const result = triage(text, kennel);
    expect(result.candidate.name).toBe('Olamide Baptiste');
    expect(result.writer).toBe('Henrik');
  });
});
