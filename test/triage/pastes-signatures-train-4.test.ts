import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Who signs, and as whom (issue 22): a signature that gives the header's name in full, a name written
 * in two scripts, initials that give no name; a test passed at a mark after a long test name; and a
 * team area outside software that happens to hold one product word. Notes written for these tests.
 */

const team = (teamArea: string, title?: string): Profile => ({
  name: 'Robin',
  teamArea,
  openRoles: title ? [{ title, url: 'https://jobs.example.com/7' }] : [],
  workingLanguage: 'en',
});
const greets = (draft: string | undefined) => /^(?:Hi|Hey|Hello|Dear)\s+([^,\n]+),/.exec(draft ?? '')?.[1];

describe('the fuller form of the header name', () => {
  it('"MORALES, DANIELA R." under a header "D.R. Morales" is Daniela R. Morales', () => {
    const result = triage(
      [
        'Subject: Night Shift Dispatcher',
        'From: D.R. Morales <drmorales.ret@example.com>',
        '',
        'Ms. Okafor,',
        '',
        'I heard you speak at the county emergency services expo. I am applying for the Night Shift Dispatcher role. In 22 years with the Coast Guard I ran a watch floor that cut call-to-launch time from 14 minutes to 6.',
        '',
        'Would you refer me? If not, I understand.',
        '',
        'Very respectfully,',
        '',
        'MORALES, DANIELA R.',
        'CWO3, USCG (RET)',
        '(402) 555-0181',
      ].join('\n'),
      team('Emergency communications: 911 call-takers and dispatchers', 'Night Shift Dispatcher'),
    );
    expect(result.candidate.name).toBe('Daniela R. Morales');
    expect(greets(result.drafts?.yes)).toBe('Daniela');
  });

  it('a nickname in the header and sign-off, the formal name in the signature and the mailbox: the formal name', () => {
    const result = triage(
      [
        'From: Kenny Osei <kwabena.osei.cpa@example.com>',
        'Subject: Senior Tax Associate referral',
        '',
        'Hi Robin,',
        '',
        'We met at the state CPA society dinner in March. I am applying for the Senior Tax Associate opening; at my firm I cut the extension backlog from 140 returns to 35 in one season.',
        '',
        'Could you refer me? No worries if not.',
        '',
        'Thanks,',
        'Kenny',
        '',
        'Kwabena Osei, CPA',
        'Tax Senior | Larch & Pine LLP',
      ].join('\n'),
      team('Business tax: partnership and corporate returns, tax preparers and reviewers', 'Senior Tax Associate'),
    );
    expect(result.candidate.name).toBe('Kwabena Osei');
  });

  it('a signature with the same surname but another given name, and a mailbox that is not it, keeps the header', () => {
    const result = triage(
      [
        'From: Lena Brandt <lena.brandt@example.com>',
        'Subject: Pastry Cook',
        '',
        'Hi Robin, I am applying for your Pastry Cook opening. I ran the laminated dough station at Hearth & Rye, where waste fell by 30%. Would you refer me? No pressure.',
        '',
        'Best,',
        'Lena',
        '',
        'Otto Brandt',
        'Brandt Family Bakery',
      ].join('\n'),
      team('Kitchen: pastry cooks and bakers for our restaurant group', 'Pastry Cook'),
    );
    expect(result.candidate.name).toBe('Lena Brandt');
  });
});

describe('a name in two scripts', () => {
  it('a Latin-script note signed "Olena Kovalenko" then "Олена Коваленко" is Olena Kovalenko', () => {
    const result = triage(
      [
        'Dear Robin,',
        '',
        'I am applying for the Lab Technician role in your hematology lab. At my current lab I cut repeat blood smears by 40% by retraining the night shift.',
        '',
        'Would you consider referring me? I understand if not.',
        '',
        'Kind wishes to you,',
        '',
        'Olena Kovalenko, MLS(ASCP)',
        'Олена Коваленко',
        '+1 (312) 555-0175',
      ].join('\n'),
      team('Hematology lab: medical laboratory scientists and lab technicians', 'Lab Technician'),
    );
    expect(result.candidate.name).toBe('Olena Kovalenko');
  });

  it('the other order, the other script first, still gives the Latin form', () => {
    const result = triage(
      [
        'Hello Robin, I am applying for the Lab Technician role. I cut repeat smears by 40% in my lab. Would you refer me? No worries if not.',
        '',
        'Best regards,',
        'Олена Коваленко',
        'Olena Kovalenko',
      ].join('\n'),
      team('Hematology lab: medical laboratory scientists and lab technicians', 'Lab Technician'),
    );
    expect(result.candidate.name).toBe('Olena Kovalenko');
  });
});

describe('initials are not a name', () => {
  it('a note signed "– M.A.V." has no name and greets no one', () => {
    const result = triage(
      [
        'From: mav_logistics@example.com',
        'Subject: Yard Supervisor',
        '',
        'Robin,',
        '',
        'Applying for the Yard Supervisor opening. 9 years in cross-dock. Cut trailer dwell from 5 hours to 2 at my last site.',
        '',
        'Would you refer me? If not, fine.',
        '',
        '– M.A.V.',
      ].join('\n'),
      team('Cross-dock freight operations: yard, dock and linehaul supervisors', 'Yard Supervisor'),
    );
    expect(result.candidate.name).toBeNull();
    expect(greets(result.drafts?.one_pager)).toBe('there');
  });
});

describe('a test passed at a mark, after a long name for the test', () => {
  it('"passed the written section of the state licensing exam with 91%" is a result', () => {
    const result = triage(
      'Hi Robin, I am applying for the Journeyman Electrician role. I passed the written section of the state licensing exam with 91% on my first try. Would you refer me? No pressure at all.',
      team('Electrical crews: electricians and apprentices for commercial builds', 'Journeyman Electrician'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
  });
});

describe('a team outside software with one product word in its list', () => {
  it('a museum conservation lab whose list holds "the collections database" is no product team', () => {
    const result = triage(
      'Hi Robin, I am applying for the Assistant Conservator role. I treated 140 flood-damaged prints last year with no losses. Would you refer me? No worries if not.',
      team(
        'Conservation at a history museum: condition surveys, paper treatment, storage and the collections database',
      ),
    );
    expect(result.fit.explanation).not.toMatch(/builds the product/);
  });

  it('a land trust whose list names "donor database" does not call a Stewardship Coordinator outside its area', () => {
    const result = triage(
      'Hi Robin, I am applying for the Stewardship Coordinator role. I led volunteer crews that cleared 40 acres of buckthorn last year. Would you refer me? If not, I understand.',
      team(
        'Land stewardship at a regional land trust: easement monitoring, volunteer crews, trail work and the donor database',
      ),
    );
    expect(result.fit.explanation).not.toMatch(/builds the product/);
  });

  it('an Assistant Registrar asked of a collections systems team that lists registration is its work', () => {
    const result = triage(
      'Hi Robin, I am applying for the Assistant Registrar role. I moved 600 loan records into the new system with zero errors. Would you refer me? If not, I understand.',
      team('Collections systems: collections database, catalogue search, image storage and registration'),
    );
    expect(result.fit.explanation).not.toMatch(/builds the product/);
  });

  it('a product team still is one: a finance role asked of "Payments: checkout, billing, payouts" is outside it', () => {
    const result = triage(
      'Hi Robin, I am applying for the Payroll Accountant role. I closed the books two days faster at my company. Would you refer me? No worries if not.',
      team('Payments: checkout, billing, payouts'),
    );
    expect(result.fit.level).toBe('none');
  });
});
