import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { profile } from '../helpers/notes.js';

/**
 * Fit and verdict rules from pastes-train-7 (issue 22): a trade team's own "Engineer", a role the
 * candidate says is another team's, and an agency that charges a fee on hire. Notes written for these tests.
 */

describe('a trade team\'s bare "Engineer" is its own trade, not software', () => {
  const boilers = profile(
    'Commercial boiler servicing: gas safety checks, burner tuning, breakdown repairs for schools',
    [{ title: 'Boiler Engineer, Commercial' }],
  );

  it('a facilities worker asking for the team\'s "Boiler Engineer" role is not crossing into software', () => {
    const result = triage(
      "Hi Sam, Deepa Rao on your rota said you're the one to ask about the Boiler Engineer, Commercial role. I've been on the facilities crew at a hospital for five years and hold my gas safety ticket. Since I took over the burner tuning rounds, boiler breakdowns fell from 22 to 6 a year. Would you refer me? No worries if not.",
      boilers,
    );
    expect(result.fit.explanation).not.toMatch(/software/);
    expect(result.fit.level).toBe('strong');
    expect(result.recommendation).toBe('yes');
  });

  it('a "Software Engineer" asked of the same team is still software', () => {
    const result = triage(
      "Hi Sam, Deepa Rao on your rota said you're the one to ask. I've been on the facilities crew at a hospital for five years. I'm applying for the Software Engineer, Scheduling role. Since I took over the burner tuning rounds, boiler breakdowns fell from 22 to 6 a year. Would you refer me? No worries if not.",
      boilers,
    );
    expect(result.recommendation).not.toBe('yes');
  });
});

describe('the candidate says the role is not in the referrer’s area', () => {
  const odontology = profile(
    'Forensic odontology unit at the county crime laboratory: bite-mark analysis, dental identification of remains and court testimony',
    [{ title: 'Laboratory Analyst, Odontology' }],
  );
  const ask = (aside: string) =>
    triage(
      `Dear Sam, I see on your profile that you work at the county crime laboratory. I am applying for the Blood Alcohol Analyst position in the Toxicology unit (posting TX-88). In my MSc I screened 300 blood samples by LC-MS, with 97% passing audit. ${aside} If not, no problem.`,
      odontology,
    );

  it('"I know you are in odontology and not toxicology" puts the role outside, so the answer is no', () => {
    const result = ask(
      'I know you are in odontology and not toxicology, but could you still refer me as we share a building?',
    );
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toMatch(/as they say themselves: "I know you are in odontology and not toxicology"/);
    expect(result.recommendation).toBe('no');
  });

  it('"I realise the role is outside your unit" does too', () => {
    expect(ask('I realise the role is outside your unit, but would you refer me?').fit.level).toBe('none');
  });

  it('without such words, a role that shares no words with the area is still left to the referrer', () => {
    expect(ask('Would you be willing to refer me?').fit.level).toBe('unknown');
  });
});

describe('an agency that is paid when the candidate is hired', () => {
  it('"our commission … once she is placed" is a note on someone’s behalf: a no, written by the recruiter', () => {
    const result = triage(
      [
        'Hello Sam,',
        '',
        "I'm partnering with a seasoned Herbarium Curator (15 years, two national collections) who is quietly looking. She would suit your Collections Manager vacancy well. Our commission is only due once she is placed.",
        '',
        'Free for a call on Tuesday?',
        '',
        'Regards,',
        'Priyanka Oduya',
        'Fernleaf Search Partners',
      ].join('\n'),
      profile('Herbarium collections: pressing and mounting plant specimens, botanical databasing and loans'),
    );
    expect(result.signals.onBehalf?.evidence).toMatch(/commission/);
    expect(result.recommendation).toBe('no');
  });

  it('a candidate who mentions a fee of their own is not an agency', () => {
    const result = triage(
      "Hi Sam, your talk on herbarium loans is why I'm asking. I'm applying for the Collections Manager role. I databased 12,000 sheets last year. My fee as a freelancer was paid when the project ended. Would you refer me? No worries if not.",
      profile('Herbarium collections: pressing and mounting plant specimens, botanical databasing and loans'),
    );
    expect(result.signals.onBehalf?.present).toBe(false);
  });
});
