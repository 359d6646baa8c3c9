import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the twentieth blind batch (hospice, orthodontics, insurance agency, apparel manufacturing,
 * radio programming, fire protection, golf operations, food bank programs) taught, on notes
 * written for these tests.
 */

describe('results the batch wrote in words', () => {
  it.each([
    'Setups used to take most of a shift; after I labelled the bins, they take about an hour.',
    'I built 300 crowns last year, and only 4 needed to be remade.',
    'Our store was the top seller in the region for two years.',
    'I audited 90 sites and none of them failed a follow-up inspection.',
    'I taught 40 apprentices and 12 of them became foremen.',
    'We distributed 2,000 meals a week to 600 families.',
    'I’ve provided care to about 400 patients.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });
});

describe('why me the batch wrote', () => {
  it.each([
    'Rita, your night charge nurse, and I trained together.',
    'I attended your study club on aligners.',
    'My cousin Dave works nights on your crew.',
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('a relative of the writer who is no one of the referrer’s is no tie', () => {
    expect(triage(note('My cousin Dave works nights at a warehouse.')).signals.whyMe.present).toBe(false);
  });
});

describe('pressure the batch wrote', () => {
  it.each(['Mr. Lee told me you’d take care of me.', 'You should help, since I’m his nephew.'])(
    '"%s" is pressure',
    (sentence) => {
      expect(triage(note(sentence)).signals.pressure.present).toBe(true);
    },
  );
});

describe('roles and disciplines the batch wrote', () => {
  it('a capitalized title of role words alone names a role; the same words in lower case do not', () => {
    const named = (text: string) => triage(`Hi Sam, ${text} Could you refer me?`).signals.roleNamed.present;
    expect(named('I am applying for the Technical Writer position.')).toBe(true);
    expect(named('I want a product manager role.')).toBe(false);
  });

  it('a chaplain role asked of a hospice nursing team is another discipline', () => {
    const hospice = profile('Hospice: hospice nurses and home health aides caring for patients at home');
    const result = triage(ask('Hospice Chaplain'), hospice);
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toContain('spiritual care');
  });

  it('a pharmacy technician asking for an orthodontic assistant role is partial', () => {
    const ortho = profile('Orthodontics: orthodontic assistants and treatment coordinators', [
      { title: 'Orthodontic Assistant', url: 'https://careers.example.com/jobs/or-1' },
    ]);
    const text =
      'Hi Sam, we met at the expo. I’m applying for the Orthodontic Assistant role. I am a pharmacy technician and I cut fill errors by 40%. Could you refer me? Fine if not.';
    expect(triage(text, ortho).fit.level).toBe('partial');
  });
});
