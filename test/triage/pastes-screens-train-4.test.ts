import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in an app's screen lines (issue 22): a hiring system's "Applicant:" field under a portal's
 * "From:", InMail's name line with post-nominals, a profile's "Town, ST" place line, a chat handle whose
 * owner says their name, an honorific before the name a writer vouches for, and a third person's offer
 * to be a reference. Notes written for these tests.
 */

const team = referrerNamed('Alex');

describe("a hiring system's page over an applicant's message", () => {
  it('the applicant field names the writer; the portal that relays it is no one', () => {
    const result = triage(
      [
        'Harbourview Health Careers',
        'My Applications  |  Inbox',
        'From: Talent Acquisition <noreply@recruiting.example.com>',
        'Candidate: Rosa Elena Fuentes',
        'Job: Clinical Dietitian II, Renal',
        'Stage: Under Review',
        '==========================',
        'Message from candidate:',
        '',
        'Hello Alex,',
        '',
        "Marisol Ortega on your renal team trained with me during our dietetic internship at St. Brendan's and suggested I write to you.",
        '',
        'I am a clinical dietitian at Lakeshore Dialysis, where I look after 70 hemodialysis patients. After I rebuilt our phosphorus education sessions, the share of patients in the target range went from 41% to 63% in a year.',
        '',
        'Would you be willing to refer me for the Clinical Dietitian II, Renal role? If not, no hard feelings at all.',
        '',
        'Rosa Elena Fuentes, RDN',
        '==========================',
        'Reply   Withdraw   View Job',
        'Do not reply to this automated message.',
      ].join('\n'),
      team('Renal nutrition and dialysis dietitians', 'Clinical Dietitian II, Renal'),
    );
    expect(result.candidate.name).toBe('Rosa Elena Fuentes');
    expect(result.writer).toBeNull();
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.recommendation).toBe('yes');
  });
});

describe("InMail's name line", () => {
  it('"InMail" alone over a name with post-nominals and a headline: the name, without them', () => {
    const result = triage(
      [
        'InMail',
        'Desmond Achterberg, P.E., LEED AP',
        'Structural Engineer | Timber and mass-timber buildings',
        'Mar 3',
        '',
        'Hi Alex,',
        '',
        "I'm applying for your Senior Structural Engineer opening. I designed the CLT floor system for the six-storey Arbor Hall dorm, which came in 12% under the steel scheme's cost.",
        '',
        'Could you refer me?',
        '',
        'Thanks,',
        'Des',
      ].join('\n'),
      team('Structural engineering for timber buildings', 'Senior Structural Engineer'),
    );
    expect(result.candidate.name).toBe('Desmond Achterberg');
    expect(result.summary).not.toContain('Timber and mass-timber buildings');
  });
});

describe("a profile's place line", () => {
  it('"Tacoma, WA · She/her" under the contact is a place, not a name turned round', () => {
    const result = triage(
      [
        'Handshake',
        'Messages  ›  Noelani Kahale',
        'Noelani Kahale',
        'Pacific Lutheran University · Nursing, BSN · Class of 2026',
        'Tacoma, WA · She/her',
        'Message sent via Handshake',
        'Feb 2, 2026',
        '',
        'Hi Alex,',
        '',
        "I found you through the PLU alumni mentor list. I'm finishing my BSN in May and would love to be considered for the New Grad RN Residency on your med-surg unit. During my capstone I precepted on a 32-bed med-surg floor.",
        '',
        'Would you be open to referring me?',
        '',
        'Mahalo,',
        'Noelani',
      ].join('\n'),
      team('Med-surg nursing', 'New Grad RN Residency'),
    );
    expect(result.candidate.name).toBe('Noelani Kahale');
  });
});

describe('a chat handle and the name its owner gives', () => {
  it('"im jordan btw" under the handle "jord.v" names the writer; the handle is no name', () => {
    const result = triage(
      [
        '#career-chat',
        'Logistics Pros',
        'jord.v — Today at 9:41 AM',
        'hey does anyone work at Northgate Freight?? looking for a dispatcher spot, anything really. im jordan btw',
        'jord.v — Today at 9:42 AM',
        'can send my resume',
      ].join('\n'),
      team('Freight dispatch', 'Dispatcher'),
    );
    expect(result.candidate.name?.toLowerCase()).toBe('jordan');
  });

  it('"I\'m tired" under a handle that does not start so is no name', () => {
    const result = triage(
      ['kev_88 — Today at 11:02 PM', "anyone hiring warehouse leads? i'm tired of night shifts, 6 yrs experience"].join(
        '\n',
      ),
      team('Warehouse operations', 'Warehouse Lead'),
    );
    expect(result.candidate.name).toBeNull();
  });
});

describe('a writer who vouches for a name after an honorific', () => {
  it('"one of my nurses, Mr. Tobias Lindqvist," is the candidate, in a Teams chat with an org after the label', () => {
    const result = triage(
      [
        'Harriet Osei (Guest)   Northshore Community Hospital',
        'Chat   Files',
        '',
        'Harriet Osei (Guest) 8:05 AM',
        "Hi Alex, it's Harriet from Northshore, we co-chaired the regional sepsis working group last year.",
        'Harriet Osei (Guest) 8:07 AM',
        "One of my nurses, Mr. Tobias Lindqvist, is relocating to your area in the autumn. He has worked nights on my ICU for five years, and he led our CLABSI bundle work: we went from 9 infections a year to 2. He's applying for your ICU Staff Nurse opening. Would you consider referring him? If it's not a fit, no problem.",
      ].join('\n'),
      team('Critical care nursing (ICU)', 'ICU Staff Nurse'),
    );
    expect(result.candidate.name).toBe('Tobias Lindqvist');
    expect(result.writer).toBe('Harriet Osei');
    expect(result.recommendation).not.toBe('no');
  });
});

describe("a third person's offer to be a reference", () => {
  it('"said he\'d be a reference" is no ask of the referrer: the note still asks for a referral', () => {
    const result = triage(
      [
        'Noor Aziz (She/Her)   Available',
        'Chat   Files',
        '',
        'Noor Aziz 3:20 PM',
        "Hi Alex, Noor from the Finance Systems team on 3rd floor. I'm interested in the internal Senior Payroll Analyst opening on your team.",
        'I run payroll reconciliations for our 2,400 hourly staff and cut the off-cycle corrections from 60 a month to 14. Marcus Bell (he ran payroll before you, I think?) trained me and said he would be a reference.',
        'Noor Aziz 3:21 PM',
        "Would you be comfortable referring me? If now's not the time, totally fine.",
      ].join('\n'),
      team('Payroll operations', 'Senior Payroll Analyst'),
    );
    expect(result.signals.notAReferral.present).toBe(false);
    expect(result.candidate.name).toBe('Noor Aziz');
    expect(result.recommendation).not.toBe('no');
  });

  it('asking the referrer to be a reference is still not a referral', () => {
    const result = triage(
      "Hi Alex, I'm applying to a payroll job at another company. Would you be a reference for me? They need two names by Friday.",
      team('Payroll operations', 'Senior Payroll Analyst'),
    );
    expect(result.signals.notAReferral.present).toBe(true);
  });
});
