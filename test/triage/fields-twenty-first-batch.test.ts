import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the twenty-first blind batch (taproom, histology, bus operations, benefits, tree care,
 * museum education, animal research, tile) taught, on notes written for these tests.
 */

describe('pressure the batch wrote', () => {
  it.each([
    'You’d get the employee referral bonus if I’m hired.',
    'My visa depends on it.',
    'I need this referral today.',
    'The director said she’d be happy if you put me forward.',
    'So I assume it’s fine.',
  ])('"%s" is pressure', (sentence) => {
    expect(triage(note(sentence)).signals.pressure.present).toBe(true);
  });
});

describe('why me and results the batch wrote', () => {
  it.each(['My dad worked for you and you were his supervisor.', 'Ana, who runs your front desk, was my manager.'])(
    'reads "%s" as why me',
    (sentence) => {
      expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
    },
  );

  it.each([
    'I removed 200 trees with zero property damage claims.',
    'I brewed 300 batches with no infected batches.',
    'I set 50,000 square feet of stone and we never had a tile come loose.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a complaint that no one returns calls is no result', () => {
    const text = 'Hi Sam, your shop has had my truck for two weeks and no one returns my calls.';
    expect(triage(text).signals.proofPoint.present).toBe(false);
  });
});

describe('asks and fit the batch wrote', () => {
  it('a setter "who does side jobs" is a service, not a job', () => {
    const text = 'Hi Sam, could you refer me to one of your setters who does side jobs on weekends?';
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });

  it('a research fellow is a job the vivarium team does not name', () => {
    const vivarium = profile('Animal research facility: lab animal technicians and veterinary technicians');
    expect(triage(ask('Postdoctoral Research Fellow'), vivarium).fit.level).toBe('none');
  });

  it('a number in the team area is one word, and whom the team serves is no touch', () => {
    const benefits = profile(
      'Benefits administration: benefits specialists and leave coordinators for our 8,000 employees',
      [{ title: 'Benefits Specialist', url: 'https://careers.example.com/jobs/ba-1' }],
    );
    const text =
      "Hi Sam, I know you run benefits. I'm applying for the Payroll Manager position in finance. I run payroll for 5,000 employees with zero late pay runs. Could you refer me? Fine if not.";
    expect(triage(text, benefits).fit.level).toBe('none');
  });
});
