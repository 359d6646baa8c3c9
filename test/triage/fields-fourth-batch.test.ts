import { describe, expect, it } from 'vitest';
import { roleDiscipline } from '../../src/triage/fit/disciplines.js';
import { listedPeople } from '../../src/triage/fit/listed-people.js';
import { type Profile, ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * What the fourth blind batch (veterinary, aircraft maintenance, dental, civil engineering, events,
 * property management, retail banking, public health) taught, on notes written for these tests.
 */
const profile = (teamArea: string): Profile => ProfileSchema.parse({ name: 'Sam', teamArea, openRoles: [] });

describe('disciplines in eight more fields', () => {
  it.each([
    ['Senior iOS Engineer, Mobile Banking', 'Retail banking: branch managers, personal bankers and tellers'],
    ['Practice Accountant', 'Veterinary: our small-animal hospital and veterinary technicians'],
    ['Executive Chef, Catering', 'Events: event planners and production managers for conferences'],
    ['Structural Engineer, Bridges', 'Civil engineering: roadway and drainage design'],
    ['Registered Nurse, Immunization Clinic', 'Public health: epidemiologists and disease surveillance'],
    ['Flight Attendant', 'Aircraft maintenance: A&P mechanics and line maintenance'],
    ['Practice Marketing Coordinator', 'Dental: hygienists and dental assistants across our clinics'],
    ['Mortgage Loan Officer', 'Property management: leasing agents and community managers'],
  ])('a %s role asked of "%s" is outside the area', (title, teamArea) => {
    expect(roleDiscipline(title)).not.toBeNull();
    const result = triage(
      `Hi Sam, I'm applying for the ${title} role. I grew results 20% last year. Would you refer me? No worries if not.`,
      profile(teamArea),
    );
    expect(result.fit.level).toBe('none');
    expect(result.recommendation).not.toBe('yes');
  });

  it('a role in the team’s own discipline stays in the area', () => {
    const result = triage(
      "Hi Sam, we met at the CSTE meeting. I'm applying for the Epidemiologist II, Surveillance role. I cut outbreak detection time from 10 days to 3. Would you refer me? No worries if not.",
      profile('Public health: epidemiologists and disease surveillance for the county'),
    );
    expect(result.fit.level).not.toBe('none');
  });
});

describe('signals the batch taught', () => {
  it('"I already told the practice manager you\'d vouch for me" is pressure', () => {
    const result = triage("Sam, I already told the practice manager you'd vouch for me for the Technician role.");
    expect(result.signals.pressure.present).toBe(true);
  });

  it.each([
    'Could you refer me to someone in billing who can fix my claim?',
    'Could you refer me to someone who can actually fix my dishwasher?',
    "Who handles small business loans at your bank? I'd like an introduction to the right person.",
  ])('reads "%s" as not a referral request', (text) => {
    expect(triage(`Hi Sam, ${text}\nPat`).signals.notAReferral.present).toBe(true);
  });

  it('"opened 120 new accounts last quarter" is a result', () => {
    const result = triage(
      "Hi Sam, I'm applying for the Personal Banker role. Opened 120 new accounts last quarter. Refer me?",
    );
    expect(result.signals.proofPoint.present).toBe(true);
  });
});

describe('a team the vocabulary does not know, that lists its people', () => {
  const ask = (title: string, teamArea: string) =>
    triage(
      `Hi Sam, we met at the library conference. I'm applying for the ${title} role. I cut page load time by 40%. Would you refer me? No worries if not.`,
      profile(teamArea),
    );

  it('a role in a known discipline none of those people is, is partial at best, and says whom the area lists', () => {
    const library =
      'Library services: the reading program and branch circulation; librarians, circulation clerks and branch staff';
    const result = ask('Senior iOS Engineer, Reading Program', library);
    expect(result.fit.level).toBe('partial');
    expect(result.fit.explanation).toMatch(
      /mobile engineering role, and your team area lists its people \(librarians, circulation clerks and branch staff\)/,
    );
    expect(result.recommendation).not.toBe('yes');
    // A job of the team's own kind, in the same words, is still in the area.
    expect(ask('Reading Program Coordinator', library).fit.level).toBe('strong');
  });

  it('a team area that lists no people leaves the domain to decide', () => {
    const result = ask('Backend Engineer, Payments', 'Payments: checkout, billing and fraud for merchants');
    expect(result.fit.level).toBe('strong');
  });
});

describe('the people a team area lists', () => {
  it('are the items that end in a job noun, not whom the team serves', () => {
    expect(listedPeople('Retail banking: branch managers, personal bankers and tellers')).toEqual([
      'branch managers',
      'personal bankers',
      'tellers',
    ]);
    expect(listedPeople('Platform & internal tools: developer platform, CI/CD for 400 engineers')).toEqual([]);
    expect(listedPeople('Payments: checkout, billing and fraud for our merchants')).toEqual([]);
  });

  it('a job none of them holds, asked of such a team, is partial at best', () => {
    const library =
      'Library services: the reading program and branch circulation; librarians, circulation clerks and branch staff';
    const ask = (title: string) =>
      triage(
        `Hi Sam, we met at the library conference. I'm applying for the ${title} role. I doubled program sign-ups. Would you refer me? No worries if not.`,
        profile(library),
      );
    expect(ask('Reading Program Educator').fit.level).toBe('partial');
    expect(ask('Reading Program Librarian').fit.level).toBe('strong');
  });
});
