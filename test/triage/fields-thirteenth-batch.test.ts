import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { note, profile } from '../helpers/notes.js';

/**
 * What the thirteenth blind batch (clinical nutrition, irrigation, actuarial pricing, stage
 * management, dental labs, HOA management, respiratory therapy, offset printing) taught, on notes
 * written for these tests.
 */

describe('an opening named with the usual title abbreviations', () => {
  const team = profile('Community association management: community managers for HOAs', [
    { title: 'Community Association Manager', url: 'https://careers.example.com/jobs/ca-17' },
  ]);
  const terse = (title: string) =>
    `Sam, Denise said to ping you. ${title}. 5 HOAs, delinquency 9% to 3%. Refer me? No worries if not.`;

  it.each(['Community Assoc Mgr', 'Community Assoc. Mgr.'])('"%s" is the opening', (title) => {
    expect(triage(terse(title), team).candidate.roleUrl).toBe('https://careers.example.com/jobs/ca-17');
  });

  it('"Community Assoc Dir" is not', () => {
    expect(triage(terse('Community Assoc Dir'), team).candidate.roleUrl).toBeNull();
  });
});

describe('results and service asks the batch wrote', () => {
  it.each(['Delinquency went 9% to 3% in a year.', "I've performed in 400 shows without missing one."])(
    'reads "%s" as a result',
    (sentence) => {
      expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
    },
  );

  it('"opening night" is no talk of a job, so a ticket ask is not a referral', () => {
    const tickets = triage('Hi Sam, could you refer me to someone who can get us house seats for opening night?');
    expect(tickets.signals.notAReferral.present).toBe(true);
    const job = triage(
      "Hi Sam, I'm applying for the ASM opening. Could you refer me to someone who can get us an interview?",
    );
    expect(job.signals.notAReferral.present).toBe(false);
  });
});
