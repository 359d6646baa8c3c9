import { describe, expect, it } from 'vitest';
import { BLURB_RULES } from '../../src/cli/writing.js';
import { triage } from '../../src/triage/index.js';
import { sameJob } from '../../src/triage/reading/job-nouns.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the sixteenth blind batch (pest control, court reporting, ramp operations, aquatics,
 * underground mining, prosthetics, test prep, grocery meat departments) taught, on notes written
 * for these tests.
 */

describe('the same seat in another field is not the opening', () => {
  const deli = profile('Grocery deli departments: deli clerks and department managers across our stores', [
    { title: 'Deli Department Manager', url: 'https://careers.example.com/jobs/dm-1' },
  ]);

  it('"Seafood Department Manager" asked of a deli team is outside it, and says why', () => {
    const result = triage(ask('Seafood Department Manager'), deli);
    expect(result.candidate.roleUrl).toBeNull();
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toContain('Deli Department Manager opening, but in Seafood');
    expect(result.recommendation).toBe('no');
  });

  it('the opening written out or shortened is still the opening', () => {
    for (const title of ['Deli Department Manager', 'Deli Dept Mgr', 'deli department manager']) {
      expect(triage(ask(title), deli).candidate.roleUrl).toBe('https://careers.example.com/jobs/dm-1');
    }
  });

  it('a title with words of its own that the team area does not set apart is still the opening', () => {
    const retail = profile('Retail store operations: store managers for our stores', [
      { title: 'Store Manager', url: 'https://careers.example.com/jobs/sm-1' },
    ]);
    expect(triage(ask('Store Manager, Downtown'), retail).candidate.roleUrl).toBe(
      'https://careers.example.com/jobs/sm-1',
    );
  });
});

describe('results the batch wrote', () => {
  it.each([
    'Most of my patients now walk within three months, where it used to take closer to a year.',
    "My students' scores now climb about twice as much as they did before.",
    'This summer we didn’t close the pool once.',
    'I have never missed a filing deadline.',
    'I produced every daily copy on time for three years.',
    'I won employee of the year twice.',
    'We had zero drownings in seven seasons.',
    'Our turn time was 38 minutes against 45 for the other crews.',
    'My crew had the best turn time of the station.',
    'Last year my remake rate was 2%.',
    'My first-fit success rate was 92%.',
    '150 students, avg +170 pts.',
    'I built the model for a 2-million-ounce deposit.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each(["I've had no offers in six months.", 'I have had no jobs for two years.'])(
    'does not read "%s" as a result',
    (sentence) => {
      expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
    },
  );
});

describe('why me, pressure and service asks the batch wrote', () => {
  it.each([
    'I ran a route next to your tech Luis for three years.',
    'Dwight, one of your managers, used to be my lead cutter.',
    'Petra, one of your prosthetists, and she encouraged me to apply.',
    'I did my residency rotation at your downtown clinic.',
    'Priya, who tutors for you on weekends, was my co-teacher.',
    "I'm a technician in the fabrication lab here.",
    'I build sockets for your prosthetists every week.',
    'we cut together at the safeway on 5th for 4 years.',
    'Kara, your head guard, suggested I apply.',
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('"we can work together on this" is no shared past', () => {
    expect(triage(note('I think we can work together on this.')).signals.whyMe.present).toBe(false);
  });

  it.each([
    'Your company pays a $3,000 referral bonus, so it’s money in your pocket!',
    'Let me know when it’s submitted.',
  ])('"%s" is pressure', (sentence) => {
    expect(triage(note(sentence)).signals.pressure.present).toBe(true);
  });

  it.each([
    'Hi Sam, could you refer him to one of yours who takes Medicare?',
    'Hi Sam, could you refer me to one of your tutors who has openings on Tuesday evenings?',
    "Hi Sam, could you refer me to the reporter who covered Judge Kim's courtroom that day?",
  ])('"%s" asks for a service', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });
});

describe('the blurb’s first-person check', () => {
  it('"mine" the place is not the candidate speaking; "mine" the pronoun is', () => {
    expect(BLURB_RULES.firstPerson('Their experience with an underground copper mine is core.')).toBe(false);
    expect(BLURB_RULES.firstPerson('That project was mine.')).toBe(true);
  });
});

describe('other jobs that share the team’s words (found probing the batch’s teams after its fixes)', () => {
  const meat = profile('Grocery meat departments: meat cutters and department managers across our stores', [
    { title: 'Meat Department Manager', url: 'https://careers.example.com/jobs/gm-1' },
  ]);
  const ramp = profile('Airport ground operations: ramp agents and ramp supervisors at the hub');
  const ld = profile('Labor and delivery: L&D nurses and certified nurse midwives');

  it('a specific job is not the opening of a generic seat with the same words ("Meat Department Cashier")', () => {
    const result = triage(ask('Meat Department Cashier'), meat);
    expect(result.candidate.roleUrl).toBeNull();
    expect(result.recommendation).not.toBe('yes');
  });

  it('sameJob: a seat of its own and a specific job at the same place are two jobs; loose seats are not', () => {
    expect(sameJob('Court Officer', 'Official Court Reporter')).toBe(false);
    expect(sameJob('Meat Department Cashier', 'Meat Department Manager')).toBe(false);
    expect(sameJob('Checkout Lead', 'PM, Checkout')).toBe(true);
    expect(sameJob('Customer Support Specialist', 'Support Engineer')).toBe(true);
  });

  it('the same job written with its short form is still the opening', () => {
    const sales = profile('Pharmaceutical sales: oncology territory representatives', [
      { title: 'Oncology Sales Representative, Boston', url: 'https://careers.example.com/jobs/ps-1' },
    ]);
    expect(triage(ask('Oncology Sales Rep, Boston'), sales).candidate.roleUrl).toBe(
      'https://careers.example.com/jobs/ps-1',
    );
  });

  it('"agents" and "assistants" alone are jobs, not AI work', () => {
    const result = triage(ask('Gate Agent'), ramp);
    expect(result.fit.level).not.toBe('strong');
    expect(result.fit.explanation).not.toMatch(/AI and ML/);
  });

  it('a nursing specialty named without nursing is the place, not the job', () => {
    const result = triage(ask('Labor and Delivery Unit Clerk'), ld);
    expect(result.fit.level).not.toBe('strong');
    expect(result.recommendation).not.toBe('yes');
    expect(triage(ask('Registered Nurse, Labor & Delivery'), ld).fit.level).toBe('strong');
  });
});
