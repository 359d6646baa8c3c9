import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the seventeenth blind batch (home inspection, dialysis, ferry operations, jewelry, music
 * school, hotel engineering, cultivation, QC lab) taught, on notes written for these tests.
 */

describe('a pasted résumé beside a named role and a reason is extra reading, not a dump', () => {
  const resume =
    '\n\nEXPERIENCE\nAcme Hotel, Engineer, 2021-now\n- Cut out-of-order rooms from 12 a week to 3\n\nEDUCATION\nTrade school, 2019\n\n';
  it('with the role and why me, it is a soft risk', () => {
    const text = `Hi Sam,${resume}Ramon said to send this your way. I'm applying for the Site Supervisor role. Would you refer me? Fine if not.`;
    const result = triage(text);
    expect(result.signals.resumeDump.present).toBe(true);
    expect(result.recommendation).not.toBe('no');
  });

  it('with no role named, it still leaves the fit to the referrer', () => {
    const text = `Hi Sam, please see my resume below and refer me for anything open.${resume}`;
    expect(triage(text).recommendation).toBe('no');
  });
});

describe('results after the writer’s change, and clean records', () => {
  it.each([
    'Agents used to send me one job a month; these days they send me nearly all their buyers, about twenty.',
    'Since I started the buttonhole technique, infiltrations are rare, where we used to see several a month.',
    'Complaints were a near-daily thing; since I rebalanced the loop, we get maybe one a month.',
    'Since I set up weekly scouting, we haven’t lost a single room.',
    'Since I built the pull calendar, not one has been late.',
    'My reports go out the same day instead of the usual two to three days.',
    'I inspected 420 homes with no E&O claims.',
    'My access complications were the lowest of the unit.',
    'We passed every Coast Guard inspection without deficiencies.',
    'I made 300 custom rings and no one was returned.',
    'My students won 14 prizes in national competitions.',
    'I got 10 approved on first cycle.',
    'None of them had an observation in the FDA audit.',
    'I’m the fastest trimmer on my shift.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each(['I did security for 200 stores.', 'I ran preventive maintenance for 300 rooms.'])(
    'a count beside a noun that looks like a verb is no result: "%s"',
    (sentence) => {
      expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
    },
  );

  it('"I used to be a nurse; now I have two kids" is no result', () => {
    expect(triage(note('I used to be a nurse; now I have two kids.')).signals.proofPoint.present).toBe(false);
  });
});

describe('why me, pressure and service asks the batch wrote', () => {
  it.each([
    'Gary from your team and I did ride-alongs together.',
    'Following up on Sully’s note below.',
    'This is Eli, the deckhand I told you about.',
    'I accompanied your students at the spring recital.',
    "GRACE'S OLD PRECEPTEE HERE.",
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('a candidate offered "for your Senior Payroll Analyst opening" is no one of the referrer’s', () => {
    const text = 'Hi Sam, I have a strong candidate for your Senior Payroll Analyst opening.';
    expect(triage(text).signals.whyMe.present).toBe(false);
  });

  it.each(['I told your HR person you’d vouch for me.', 'Please don’t make me look bad.'])(
    '"%s" is pressure',
    (sentence) => {
      expect(triage(note(sentence)).signals.pressure.present).toBe(true);
    },
  );

  it.each([
    'Hi Sam, could you refer me to one of your inspectors who’s free next Tuesday?',
    'Hi Sam, could you refer him to your center manager so he can get a chair?',
  ])('"%s" asks for a service', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });
});

describe('fit: a seat nobody on the team holds, and dietetics', () => {
  it('a seat the team does not list is outside the area when nothing in the note touches the team’s words', () => {
    const ferry = profile('Ferry operations: licensed captains, mates and deckhands on the harbor routes');
    const text = (background: string) =>
      `Hi Sam, I'm applying for the Ticket Office Supervisor job at the terminal. ${background} Could you refer me? Fine if not.`;
    expect(triage(text('I cut line wait times by 40%.'), ferry).fit.level).toBe('none');
    expect(triage(text('I cut wait times for the harbor routes by 40%.'), ferry).fit.level).not.toBe('none');
  });

  it('a dietitian role asked of a nursing team is another discipline', () => {
    const dialysis = profile('Dialysis: dialysis nurses and patient care technicians');
    const result = triage(ask('Renal Dietitian'), dialysis);
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toContain('dietetics');
  });
});

describe('another job under the team’s own field word is never a yes (a probe of the fixtures’ teams)', () => {
  const teams = [
    profile('Dental: hygienists and dental assistants across our five clinics'),
    profile('Aquatics: lifeguards and swim instructors at our pools', [
      { title: 'Aquatics Coordinator', url: 'https://careers.example.com/jobs/aq-1' },
    ]),
    profile('Corporate travel: travel agents and reservation specialists', [
      { title: 'Corporate Travel Agent, International', url: 'https://careers.example.com/jobs/tr-1' },
    ]),
    profile('Recruiting: technical recruiters and sourcers for engineering'),
    profile('Curatorial: curators and collections staff for the museum'),
  ];
  const jobs = ['Receptionist', 'Janitor', 'Cashier', 'Truck Driver', 'Software Engineer'];

  const cases = teams.flatMap((team) =>
    jobs.map((job) => [(team.teamArea.split(':')[0] ?? '').trim(), job, team] as const),
  );

  it.each(cases)('%s team asked for a %s under its field word', (name, job, team) => {
    const field = name.split(/\s+/).pop() ?? '';
    const result = triage(ask(`${field} ${job}`), team);
    expect(result.recommendation).not.toBe('yes');
    expect(result.candidate.roleUrl).toBeNull();
  });
});
