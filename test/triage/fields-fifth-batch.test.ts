import { describe, expect, it } from 'vitest';
import { roleDiscipline } from '../../src/triage/fit/disciplines.js';
import { type Profile, ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * What the fifth blind batch (EMS, HVAC field service, merchandise planning, admissions, agronomy,
 * localization, museum curation, external audit) taught, on notes written for these tests.
 */
const profile = (teamArea: string, openRoles: Profile['openRoles'] = []): Profile =>
  ProfileSchema.parse({ name: 'Sam', teamArea, openRoles });
const ask = (title: string, team: Profile, middle = 'I grew results 20% last year.') =>
  triage(`Hi Sam, I'm applying for the ${title} role. ${middle} Would you refer me? No worries if not.`, team);

describe('an opening matches a request in a known discipline only when it is known to be in it', () => {
  const l10n = profile('Localization: translators and localization project managers for our apps', [
    { title: 'Localization Project Manager, Japanese', url: 'https://careers.example.com/jobs/lo-22' },
  ]);

  it('"Frontend Engineer, Localization Platform" is not the localization PM opening, and not a yes', () => {
    const result = ask('Frontend Engineer, Localization Platform', l10n);
    expect(result.drafts?.yes).not.toMatch(/Localization Project Manager/);
    expect(result.fit.level).not.toBe('strong');
    expect(result.recommendation).not.toBe('yes');
  });

  it('a request with no known discipline still finds the opening by its words', () => {
    const result = ask('Localization Project Manager', l10n);
    expect(result.drafts?.yes).toMatch(/Localization Project Manager, Japanese/);
  });
});

describe('disciplines in eight more fields', () => {
  it.each([
    ['Inside Sales Representative', 'HVAC field service: service technicians and installers'],
    ['Store Manager, Flagship', 'Merchandising: merchandise planners and allocation analysts'],
    ['Senior Accountant, Farm Finance', 'Agronomy: field agronomists and crop advisors'],
    ['Tax Senior, State and Local', 'External audit: audit seniors and associates'],
    ['Software Developer, Student Portal', 'Undergraduate admissions: admissions counselors'],
    ['Facilities Manager', 'Curatorial: curators and collections staff for the galleries'],
  ])('a %s role asked of "%s" is outside the area', (title, teamArea) => {
    expect(roleDiscipline(title)).not.toBeNull();
    expect(ask(title, profile(teamArea)).fit.level).toBe('none');
  });
});

describe('signals the batch taught', () => {
  it.each([
    'My show drew 48,000 visitors, the most in a decade.',
    'The exhibition received 60,000 visitors, double of our normal.',
    'Nitrate in the runoff went from well over the limit to under it within two seasons.',
    'I found $400K in refunds for a client last year.',
  ])('reads "%s" as a result', (sentence) => {
    expect(ask('Curator', profile('Curatorial: curators'), sentence).signals.proofPoint.present).toBe(true);
  });

  it('"twice before that" is a count of messages, not a result', () => {
    const result = triage('Priya, I messaged you last week and twice before that. Refer me for the PM role.');
    expect(result.signals.proofPoint.present).toBe(false);
  });

  it('"just checking in again on my two earlier emails" is not a first bump', () => {
    const result = triage('Hi Sam, just checking in again on my two earlier emails about the curator role. Any news?');
    expect(result.signals.followUp.count).toBeGreaterThan(1);
    expect(result.recommendation).toBe('no');
  });

  it('a parent asking for a good word with the admissions committee is not a referral request', () => {
    const result = triage(
      'Hi Sam, my son is applying this year. Could you put in a good word with the admissions committee?',
    );
    expect(result.signals.notAReferral.present).toBe(true);
  });
});
