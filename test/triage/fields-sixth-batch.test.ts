import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { sameJob } from '../../src/triage/reading/job-nouns.js';
import { profile } from '../helpers/notes.js';

/**
 * What the sixth blind batch (trucking, childcare, pharmaceutical sales, salons, IT help desk,
 * environmental consulting, courts, fitness) taught, on notes written for these tests.
 */

describe('an opening named in a hurry', () => {
  it.each([
    ['Oncology Sales Rep, Boston', 'Oncology Sales Representative, Boston'],
    ['Court Clerk II, Civil', 'Court Clerk II, Civil Division'],
  ])('"%s" names the "%s" opening', (short, title) => {
    const team = profile('Operations: the people on this team', [{ title, url: 'https://careers.example.com/jobs/1' }]);
    const result = triage(
      `Sam, Tom said to ping you. ${short}. Cut our backlog from 600 to 90. Refer me? No worries if not.\nDana`,
      team,
    );
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.candidate.targetRole).toBe(short);
    expect(result.recommendation).not.toBe('no');
  });

  it('two words of a title, or the words out of order, are not the opening', () => {
    const team = profile('Operations', [
      { title: 'Court Clerk II, Civil Division', url: 'https://careers.example.com/jobs/1' },
    ]);
    expect(triage('Sam, I love the court clerk team. Refer me?', team).signals.roleNamed.present).toBe(false);
    expect(triage('Sam, Civil Court Clerk. Refer me?', team).candidate.targetRole).not.toBe('Civil Court Clerk');
  });
});

describe('another job noun is another opening', () => {
  it('sameJob: the same noun, a shortened one, the same work, or a generic seat', () => {
    expect(sameJob('Environmental Attorney', 'Environmental Scientist, Site Assessment')).toBe(false);
    expect(sameJob('Oncology Sales Rep', 'Oncology Sales Representative')).toBe(true);
    expect(sameJob('iOS Developer', 'iOS Engineer, Consumer App')).toBe(true);
    expect(sameJob('Checkout Lead', 'PM, Checkout')).toBe(true);
    expect(sameJob('ML role', 'Senior ML Engineer, Ranking')).toBe(true);
  });

  it('an attorney role does not take the scientist opening, and is no yes', () => {
    const team = profile('Environmental consulting: environmental scientists and field technicians', [
      { title: 'Environmental Scientist, Site Assessment', url: 'https://careers.example.com/jobs/en-08' },
    ]);
    const result = triage(
      "Hi Sam, I know you lead the scientists. I'm applying for the Environmental Attorney role on the legal team. I won a $3M settlement. Could you refer me? No worries if not.",
      team,
    );
    expect(result.drafts?.yes).not.toMatch(/Environmental Scientist/);
    expect(result.recommendation).not.toBe('yes');
  });
});

describe('a role none of the team’s listed people holds, and outside its domain', () => {
  it('is outside the area', () => {
    const gym = profile('Fitness: personal trainers and group fitness instructors at our gyms');
    const result = triage(
      "Hi Sam, I'm applying for the Physical Therapist, Sports Rehab role at your clinic. I cut recovery time by 20%. Could you refer me? No worries if not.",
      gym,
    );
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toMatch(
      /physical therapy role, and your team area lists its people \(personal trainers/,
    );
  });
});

describe('signals the batch taught', () => {
  it('"I began strand tests" is not begging', () => {
    const result = triage(
      "Hi Sam, I'm applying for the Colorist role. Color corrections halved after I began strand tests. Would you refer me?",
    );
    expect(result.signals.pressure.present).toBe(false);
  });

  it.each([
    'I built a book of 200 regular color clients in two years.',
    'I completed 80 assessments last year with zero client rework.',
    'I sold 40 training packages last quarter, the most at my gym.',
  ])('reads "%s" as a result', (sentence) => {
    const result = triage(`Hi Sam, I'm applying for the Trainer role. ${sentence} Would you refer me?`);
    expect(result.signals.proofPoint.present).toBe(true);
  });

  it('"I took your kettlebell certification course" is the reason to ask', () => {
    const result = triage(
      "Hi Sam, I took your kettlebell certification course last spring. I'm applying for the Trainer role. Refer me?",
    );
    expect(result.signals.whyMe.present).toBe(true);
  });
});
