import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { note } from '../helpers/notes.js';

/**
 * What the tenth blind batch (zookeeping, sommeliers, wind turbines, fiber splicing, medical
 * interpreting, urban forestry, documentary post-production, city planning) taught, on notes
 * written for these tests.
 */

describe('asks to be sent to someone who does a thing', () => {
  it('"refer me to whoever <does something>" is not a job referral, unless the sentence talks of a job', () => {
    const verb = fc.constantFrom(
      'greenlights new series',
      'does behind-the-scenes tours',
      'makes the buying decisions',
    );
    fc.assert(
      fc.property(verb, (v) => {
        expect(triage(`Hi Sam, could you refer me to whoever ${v}?`).signals.notAReferral.present).toBe(true);
        const jobAsk = `Hi Sam, could you refer me to whoever ${v} and is hiring for the PM role?`;
        expect(triage(jobAsk).signals.notAReferral.present).toBe(false);
      }),
    );
  });

  it.each([
    'Hi Sam, could you refer me to someone who can translate my birth certificate?',
    'Hi Sam, there is a dead oak over my driveway. Could you refer me to someone who can take a look this week?',
    'Hi Sam, could you refer our agency to whoever manages language contracts?',
  ])('"%s" is not a job referral', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });

  it.each([
    "Hi Sam, I'm applying for the Senior PM, Checkout role. Could you refer me to whoever handles hiring for it?",
    'Hi Sam, could you refer me to someone who can look at my résumé for the PM role?',
    'Hi Sam, could you refer me to someone who can help me get an interview for the Senior PM role?',
  ])('"%s" is about a job, so it is no non-referral', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(false);
  });
});

describe('other phrasings the batch used', () => {
  it('"I put your name down as my referrer" is pressure', () => {
    expect(
      triage(note('I already put your name down as my referrer, hope that is okay!')).signals.pressure.present,
    ).toBe(true);
  });

  it('"I took your masterclass" is why-me', () => {
    expect(triage(note('I took your Burgundy masterclass at the Aspen festival.')).signals.whyMe.present).toBe(true);
  });

  it('"Understood if it’s still a no" is an easy out', () => {
    expect(triage(note("Understood if it's still a no.")).signals.gracefulExit.present).toBe(true);
  });

  it.each([
    'I cleared 120 music cues and kept licensing 15% under budget.',
    'The rezoning it proposed has added 1,200 homes since.',
    'We finished the build 3 weeks ahead of schedule.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a budget or a home without a change is not a result', () => {
    expect(triage(note('I manage a budget of about $2M.')).signals.proofPoint.present).toBe(false);
    expect(triage(note('I added my name to the homes list.')).signals.proofPoint.present).toBe(false);
  });
});
