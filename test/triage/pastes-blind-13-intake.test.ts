import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { buttonRow } from '../../src/triage/intake/screen-line.js';
import { platformNotice } from '../../src/triage/intake/screens.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The thirteenth blind batch's intake shapes (issue 22): a referral portal's notice names the candidate
 * whose message it carries, however it words the ask and labels the message; a row of buttons is screen
 * text; a no-reply address is no person; a job board's sender line of a given name and an initial names
 * the sender; "I am Mr. …" and a CV's "Name:" field name the candidate. Notes written for these tests.
 */

const team = referrerNamed('Odile');

describe("a referral portal's notice, pasted without a mail header", () => {
  const notice = [
    'StaffBridge · Internal Referrals',
    'Referral request',
    'To: Odile Marchetti (Pharmacy Operations Lead, Riverside)',
    '',
    'Kwame Asante is asking you to refer him for:',
    'Inpatient Pharmacy Technician · Nights · Req PT-8812',
    'https://jobs.riverside.example.org/pt-8812',
    '',
    'His message:',
    "Hi Odile, you supervised my placement on the oncology compounding bench last spring. Since then I've run the night IV room on my own, and our missed-dose reports dropped from 14 a month to 5 after I reorganised the fridge labelling. Could you refer me for the nights technician post? If it's not a fit, no hard feelings at all.",
    '',
    'Respond by 12 May or the request closes.',
    'Refer   ·   Decline   ·   Ask for more info',
    '',
    'Riverside Health · Staff only',
  ].join('\n');

  it("names the candidate the notice names, and reads it as the candidate's own ask", () => {
    const result = triage(notice, team('Inpatient pharmacy operations', 'Inpatient Pharmacy Technician'));
    expect(result.candidate.name).toBe('Kwame Asante');
    expect(result.writer).toBeNull();
    expect(result.signals.onBehalf.present).toBe(false);
    expect(result.recommendation).not.toBe('no');
  });

  it("takes the notice's wording and its message labels as the portal's lines", () => {
    expect(platformNotice('Kwame Asante is asking you to refer him for:')).toBe(true);
    expect(platformNotice('Lena Ortiz is asking you to recommend them for this role')).toBe(true);
    expect(platformNotice('Her message:')).toBe(true);
    expect(platformNotice('Message from Kwame:')).toBe(true);
    // A writer's own sentence about someone stays theirs.
    expect(platformNotice('She is asking you to refer her, and I agree she is ready.')).toBe(false);
    expect(platformNotice('Message from Kwame: he is great')).toBe(false);
  });
});

describe('a row of buttons', () => {
  it('is screen text, in brackets or between separators and wide spaces', () => {
    expect(buttonRow('[ Refer Kwame ]   [ Not now ]')).toBe(true);
    expect(buttonRow('[Accept]  [Ignore]')).toBe(true);
    expect(buttonRow('Refer  ·  Decline  ·  Ask for more info')).toBe(true);
    expect(buttonRow('Accept     Ignore')).toBe(true);
  });

  it('is not a job line, a signature title or a sentence', () => {
    expect(buttonRow('Inpatient Pharmacy Technician · Nights · Req PT-8812')).toBe(false);
    expect(buttonRow('Partnerships | Lumen')).toBe(false);
    expect(buttonRow('Refer me if you can, please')).toBe(false);
    expect(buttonRow('[1]')).toBe(false);
  });

  it('goes from the note, and from where a signature would be read', () => {
    const intake = normalizeRequest(
      [
        'Hi Odile, could you refer me for the weekend dispatcher role? I ran dispatch for two depots.',
        '',
        'Refer   ·   Decline',
        'Shoreline Freight · Internal use only',
      ].join('\n'),
    );
    expect(intake.text).not.toMatch(/Decline/);
    expect(intake.clues.signature.join('\n')).not.toMatch(/Decline/);
  });
});

describe("an organisation's mail carrying a notice", () => {
  const mail = (from: string) =>
    [
      `From: ${from}`,
      'Subject: Action needed: Farida Haddad asked you for a referral',
      '',
      'Hi Odile,',
      '',
      'Farida Haddad has asked you to refer them for:',
      'Clinical Pharmacist, Oncology (Req 771) · Riverside Health · Full-time',
      '',
      'Message from Farida:',
      '"Hello, I found you through the hospital pharmacists group. I am a clinical pharmacist in oncology and would like this post. Could you please refer me"',
      '',
      '[ Refer Farida ]   [ Not now ]',
      '',
      "You're receiving this because you're enrolled in Employee Referrals. Manage notifications",
    ].join('\n');

  it('a referrals mailbox is no person: the candidate is whom the notice names, and no one writes for them', () => {
    const result = triage(mail('Riverside Health Referrals <no-reply@refer.riverside.example.org>'), null);
    expect(result.candidate.name).toBe('Farida Haddad');
    expect(result.writer).toBeNull();
    expect(result.signals.onBehalf.present).toBe(false);
  });

  it('a no-reply address is no person, whatever name stands before it', () => {
    const result = triage(mail('Riverside Health <noreply@refer.riverside.example.org>'), null);
    expect(result.candidate.name).toBe('Farida Haddad');
    expect(result.writer).toBeNull();
  });
});

describe("a job board's message header", () => {
  it('a given name and a surname initial under the app title names the sender', () => {
    const result = triage(
      [
        'ShiftMatch · Messages',
        'Marisol T.',
        'Regarding: Line Cook, Banquets (Weekends)',
        '',
        'good evening, I want to work in your kitchen, any job is fine, dishwasher or prep. please tell HR about me today.',
        '',
        'Sent 10:14 PM · Reply in ShiftMatch',
      ].join('\n'),
      team('Banquet kitchen', 'Line Cook, Banquets'),
    );
    expect(result.candidate.name).toMatch(/^Marisol\b/);
    expect(result.drafts?.no).toMatch(/^Hi Marisol,/);
  });

  it('initials alone on that line are still no name', () => {
    const result = triage(
      [
        'ShiftMatch · Messages',
        'R.K.T.',
        'Regarding: Line Cook, Banquets (Weekends)',
        '',
        'good evening, I want to work in your kitchen, any job is fine. please tell HR about me today.',
      ].join('\n'),
      team('Banquet kitchen', 'Line Cook, Banquets'),
    );
    expect(result.candidate.name).toBeNull();
  });
});

describe('a self-introduction with an honorific, and a CV pasted under it', () => {
  const cv = [
    'BIO-DATA',
    'Name: PRAKASH SUBRAMANIAM',
    "Father's name: K. Subramaniam",
    'Date of Birth: 12-02-1989',
    '',
    'EXPERIENCE:',
    '1) Ganesh Forgings Pvt Ltd — Supervisor (Heat treatment) — 2017 to till date',
    '',
    'Place: Salem',
  ];
  const ask = 'Kindly forward my profile to HR for any suitable vacancy in your plant. I am ready to join immediately.';

  it('"I am Mr. …" names the writer, whatever follows the name', () => {
    const result = triage(
      `Respected Madam,\n\nWith due respect I am Mr. Prakash Subramaniam having 9 years experience in forging. ${ask}`,
      null,
    );
    expect(result.candidate.name).toBe('Prakash Subramaniam');
  });

  it("the CV's name field names its owner, in the note's case, when the CV is set apart from the note", () => {
    const text = [
      'Respected Madam,',
      '',
      `With due respect I have 9 years experience in forging and heat treatment, with shift charge of thirty operators. ${ask} I can relocate to any location and work any shift.`,
      '',
      'CURRICULUM VITAE',
      ...cv,
      '',
      'EDUCATION:',
      'Diploma in Mechanical Engineering, 2008',
    ].join('\n');
    expect(normalizeRequest(text).resume).toMatch(/^CURRICULUM VITAE/);
    expect(triage(text, null).candidate.name).toBe('Prakash Subramaniam');
  });

  it("another's name after the honorific is no self-introduction", () => {
    const result = triage(
      "Hello, I am Dr. Mensah's former lab assistant and would like a referral for the QC Analyst role. Thanks.",
      null,
    );
    expect(result.candidate.name ?? '').not.toMatch(/Mensah/);
  });
});
