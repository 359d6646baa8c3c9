import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the nineteenth blind batch (freight brokerage, locksmiths, cardiac sonography, bike shop
 * service, state parks, elections office, medical spa, commercial roofing) taught, on notes
 * written for these tests.
 */

describe('results the batch wrote in words', () => {
  it.each([
    'Missed pickups were about one in eight; after I added a reminder call, closer to one in forty.',
    'I coached 9 new techs who all passed their certification on the first try.',
    'We installed 400 roofs and never had an OSHA citation.',
    'I’ve done 900 procedures with no adverse events.',
    'I cut about 200 feet of trim a day.',
    'I’ve driven 400,000 accident-free miles.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a rate of goods from a place is no result: "we ship about 20 pallets a week from our plant"', () => {
    expect(triage(note('We ship about 20 pallets a week from our plant in Joliet.')).signals.proofPoint.present).toBe(
      false,
    );
  });
});

describe('why me the batch wrote', () => {
  it.each([
    'You judged the chili cook-off where I took third.',
    'We always chat about trail conditions when I stop by.',
    'I sat in on your pricing workshop last spring.',
    'My uncle Sal fished with you for years.',
    'My dad and you apprenticed together at Keyline.',
    'We sat next to each other at the county training.',
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });
});

describe('pressure, agencies and roles the batch wrote', () => {
  it('leaning on a third party’s favour is pressure', () => {
    const text =
      'Hi Sam, the mayor is an old friend, and I’m sure she’d appreciate it if you referred me for the Site Supervisor job.';
    expect(triage(text).signals.pressure.present).toBe(true);
  });

  it('a staffing agency with a placement agreement asks on someone else’s behalf', () => {
    const text =
      'Hi Sam, I run a trades staffing agency and have two welders ready. I can send profiles once we sign a placement agreement. Would you refer them?';
    expect(triage(text).signals.onBehalf.present).toBe(true);
  });

  it('a field word with a loose seat names a role: "Sales Associate"', () => {
    expect(
      triage("Hi Sam, I'm applying for the Sales Associate job. Could you refer me?").signals.roleNamed.present,
    ).toBe(true);
  });

  it('a candidate in a discipline the team itself spans does not cross disciplines', () => {
    const brokerage = profile('Freight brokerage: carrier sales reps and load planners for our truckload desk', [
      { title: 'Carrier Sales Representative', url: 'https://careers.example.com/jobs/fb-1' },
    ]);
    const text =
      'Hi Sam, we met at the mixer. I’m applying for the Carrier Sales Representative role. I am a dispatcher and I cut fall-offs by 40%. Could you refer me? Fine if not.';
    expect(triage(text, brokerage).fit.level).toBe('strong');
    const sales = profile('Sales: account executives for mid-market customers', [
      { title: 'Carrier Sales Representative', url: 'https://careers.example.com/jobs/fb-1' },
    ]);
    expect(triage(text, sales).fit.level).not.toBe('strong');
    expect(triage(ask('Carrier Sales Representative'), brokerage).fit.level).toBe('strong');
  });
});
