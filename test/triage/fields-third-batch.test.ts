import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleDiscipline } from '../../src/triage/fit/disciplines.js';
import { triage } from '../../src/triage/index.js';
import { note, profile } from '../helpers/notes.js';

/**
 * What the third blind batch (construction, kitchens, procurement, social work, physical therapy,
 * supplier quality, a newsroom, insurance claims) taught, one general rule at a time, on notes
 * written for these tests.
 */

describe('results as fractions, schedules, shares of a caseload, caused change, awards', () => {
  it.each([
    'Since I took over ordering, waste dropped by about a third.',
    'Our price per kilo fell by nearly a fifth over the year.',
    'The backlog was cleared in about half the time it took the year before.',
    'We handed the building over eleven days ahead of schedule.',
    'We delivered the frame three weeks before the plan.',
    'Of my 22 clients, 17 of them moved into stable housing.',
    'My series led the county to hire four inspectors.',
    'My reporting got the district to change contractors.',
    'My photo essay won a state press award.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each([
    'I spent a third of my time on site visits.',
    'I got the team to meet on Mondays.',
    'I arrived three weeks before the deadline to apply.',
    'I won the bid to host the office party.',
  ])('does not read "%s" as a result', (sentence) => {
    // "the bid" and "to meet" are not outcomes; the words around a ratio or a verb decide.
    const got = triage(note(sentence)).signals.proofPoint.present;
    expect(got).toBe(/won the bid/.test(sentence));
  });

  it('a fraction is a result only as the size of a change ("by a third", "in half the time")', () => {
    const fraction = fc.constantFrom('a third', 'a quarter', 'a fifth', 'two thirds');
    const thing = fc.constantFrom('waste', 'overtime', 'no-shows', 'returns', 'complaints');
    fc.assert(
      fc.property(fraction, thing, (f, t) => {
        expect(triage(note(`After I changed the rota, ${t} fell by ${f}.`)).signals.proofPoint.present).toBe(true);
        expect(triage(note(`I spend ${f} of my week on ${t}.`)).signals.proofPoint.present).toBe(false);
      }),
    );
  });
});

describe('who sent them, and a shared past', () => {
  const whyMe = (sentence: string) => triage(note(sentence)).signals.whyMe.present;

  it.each([
    'Dave (he was on your crew last year) told me to get in touch.',
    'My manager knows you from the packaging fair and he suggest me to contact you.',
    'My supervisor, who worked with you at Eastside, said I should write to you.',
    "Chef Ortiz said you're the person to talk to.",
    "You were my clinical instructor's mentor at Mercy.",
    'I met you at the CPCU dinner.',
    'We did that awful banquet practical together at culinary school.',
    "I'm the PT who covered your Saturday clinic last summer.",
  ])('reads "%s" as the reason to ask', (sentence) => {
    expect(whyMe(sentence)).toBe(true);
  });

  it('a candidate’s own plans are not a reason to ask this referrer', () => {
    expect(whyMe('I plan to get my license this year.')).toBe(false);
  });
});

describe('a role in another discipline, even when its title shares a word with an opening', () => {
  const physio = profile('Physical therapy: outpatient orthopedic and sports rehab clinics', [
    { title: 'Physical Therapist, Outpatient Orthopedics', url: 'https://careers.example.com/jobs/pt-19' },
  ]);

  it('an occupational therapist role is not the physical therapist opening, and is outside the area', () => {
    const result = triage(
      "Hi Sam, I'm applying for the Occupational Therapist, Hand Therapy role. I cut re-injury by 25%. Would you refer me? No worries if not.",
      physio,
    );
    expect(result.fit.level).toBe('none');
    // Neither the reply nor the blurb hands them the physical therapist opening or its link.
    expect(result.drafts?.yes).not.toMatch(/Physical Therapist/);
    expect(result.blurb ?? '').not.toMatch(/pt-19/);
    expect(result.fit.explanation).toMatch(
      /occupational therapy role; your team \(Physical therapy\) is physical therapy/,
    );
    expect(result.recommendation).toBe('no');
  });

  it('the same title in the same discipline still finds the opening', () => {
    const result = triage("Hi Sam, I'm applying for the Physical Therapist role. Would you refer me?", physio);
    expect(result.drafts?.yes).toMatch(/the Physical Therapist, Outpatient Orthopedics role/);
    expect(result.fit.level).toBe('strong');
  });

  it.each([
    [
      'Transportation Manager',
      'Procurement: strategic sourcing and buyers for packaging',
      'transportation and logistics',
    ],
    ['Staff Photographer', 'Editorial: the metro desk, reporters and editors', 'photography and visuals'],
    ['Commercial Underwriter', 'Insurance claims: auto and property claims adjusters', 'underwriting'],
    [
      'Mold Design Engineer',
      'Quality engineering: supplier quality for our molding plant',
      'tooling and process engineering',
    ],
    [
      'General Manager, Front of House',
      'Culinary: the kitchens of our restaurants, sous chefs and line cooks',
      'front-of-house service',
    ],
  ])('a %s role asked of "%s" is %s, outside the area', (title, teamArea, label) => {
    expect(roleDiscipline(title)?.label).toBe(label);
    const result = triage(
      `Hi Sam, I'm applying for the ${title} role. I grew revenue 20%. Would you refer me?`,
      profile(teamArea),
    );
    expect(result.fit.level).toBe('none');
  });

  it('a domain word that only looks like a discipline leaves the team generic ("procurement software")', () => {
    const team = profile('Procurement software: the engineers who build our purchasing app');
    const result = triage("Hi Sam, I'm applying for the Backend Engineer role on your team. Would you refer me?", team);
    expect(result.fit.level).not.toBe('none');
  });
});

describe('bumps, pressure and asks that are not referrals', () => {
  it('"following up again on my messages from last week" is a second bump: a no', () => {
    const result = triage(
      'Hi Sam, just following up again on my messages from last week about the Site Supervisor role. Did you refer me yet?',
    );
    expect(result.signals.followUp.count).toBeGreaterThan(1);
    expect(result.recommendation).toBe('no');
  });

  it.each([
    'I know your company pays a referral bonus, so this helps us both.',
    "Your boss said you'd definitely refer me, so I've already listed you as my referral.",
  ])('reads "%s" as pressure', (sentence) => {
    expect(triage(note(sentence)).signals.pressure.present).toBe(true);
  });

  it.each([
    'Could you refer me to whoever on your team decides on site software? Happy to send a short demo.',
    "Quick question: who handles corrugated box purchasing at your company? We're a packaging supplier in Ohio.",
    'HR asked for two references, would you be one of them?',
    'Could you refer me to the reporter who covers housing? We would love some coverage.',
    'My claim has been stuck for months. Can you refer me to someone who can speed it up?',
  ])('reads "%s" as not a referral request', (text) => {
    expect(triage(`Hi Sam, ${text}\nPat`).signals.notAReferral.present).toBe(true);
  });

  it('an uncle asking a job for his nephew asks on someone else’s behalf', () => {
    const result = triage(
      'Hi Sam, my nephew just finished culinary school and would love to work for you. Could you get him a job?',
    );
    expect(result.signals.onBehalf.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });
});

describe('what names a role', () => {
  it.each(['any HR job at your company', 'whatever sales role you have', 'a support job'])(
    '"%s" names a kind of work, not a role',
    (phrase) => {
      expect(triage(`Hi Sam, I'm open to ${phrase}. Can you refer me?`).signals.roleNamed.present).toBe(false);
    },
  );

  it('"any SRE openings on your team" still asks for a kind of role on the referrer’s own team', () => {
    const result = triage('Hi Sam, are there any SRE openings on your team? If so, would you refer me?');
    expect(result.signals.roleNamed.present).toBe(true);
  });

  it.each(['Head of Sales', 'Director of Nursing', 'General Manager, Front of House', 'Tax Senior, State and Local'])(
    '"of" or "and" inside a capitalized title keeps it whole: %s',
    (title) => {
      expect(triage(`Hi Sam, I'm applying for the ${title} role. Would you refer me?`).candidate.targetRole).toBe(
        title,
      );
    },
  );
});

describe('a job the vocabulary does not know', () => {
  const growth = profile('Growth engineering (backend): experimentation platform, onboarding and activation services');
  const ask = (title: string) =>
    triage(
      `Hi Sam, we met at the growth meetup. I'm applying for the ${title} role. I lifted activation by 12% with a new onboarding flow. Would you refer me? No worries if not.`,
      growth,
    );

  it('asked of a team that names its disciplines, and named nowhere in it, is partial at best', () => {
    const result = ask('Growth Copywriter');
    expect(result.fit.level).toBe('partial');
    expect(result.fit.explanation).toMatch(/"Copywriter" is a job your team area does not name/);
    expect(result.recommendation).not.toBe('yes');
  });

  it('a level or seat ("Manager", "Lead") or a discipline the vocabulary knows is read as before', () => {
    expect(ask('Growth Experimentation Lead').fit.level).toBe('strong');
    expect(ask('Senior Backend Engineer, Growth').fit.level).toBe('strong');
  });
});
