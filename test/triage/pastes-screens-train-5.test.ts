import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { isScreenLine } from '../../src/triage/intake/screen-line.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in app screens and notices (issue 22): a chat app's presence under a "Surname, Given (Dept)"
 * label, a hiring system as a mail's From name, a network's "X wants a referral" card, and a résumé set
 * apart under the ask, headed by its owner's name in capitals. Notes written for these tests.
 */

const team = referrerNamed('Priya');

describe("a chat app's presence under the contact's label", () => {
  it.each(['Do not disturb', 'Be right back', 'In a meeting', 'Out of office', 'Presenting', 'Busy', 'Available'])(
    '"%s" alone on its line is screen text',
    (status) => {
      expect(isScreenLine(status)).toBe(true);
    },
  );

  it('a presence is never the name: the label over it names the writer', () => {
    const result = triage(
      [
        'Okafor, Chidi (Logistics)',
        'Do not disturb',
        'Tuesday 09:41',
        "morning Priya, I'm on the inbound logistics desk two floors down. The Yard Coordinator opening on the internal board caught my eye.",
        'Tuesday 09:42',
        'I run our dock schedule today and cut trailer wait times from 90 minutes to 35 over the winter.',
        'Tuesday 09:43',
        'Could you refer me? Totally fine if not.',
      ].join('\n'),
      team('Yard and dock operations for the distribution center', 'Yard Coordinator'),
    );
    expect(result.candidate.name).toBe('Chidi Okafor');
    expect(result.writer).toBeNull();
  });

  it("asking for a relative, the label's person is the writer, the relative the candidate", () => {
    const result = triage(
      [
        'Baptiste, Mireille (Quality Lab)',
        'In a meeting',
        '11:05 AM',
        'Hi Priya, a quick favour. My nephew Tomas Ferreira just finished his chemistry degree and is looking for work. Could you refer him for anything in your lab?',
        '11:06 AM',
        'Thanks a lot',
      ].join('\n'),
      team('Quality control laboratory for a dairy plant', 'Lab Technician'),
    );
    expect(result.candidate.name).toBe('Tomas Ferreira');
    expect(result.writer).toBe('Mireille Baptiste');
  });
});

describe("a hiring system's name in a mail's From field", () => {
  const body = [
    'Hi Priya,',
    '',
    'Lucia Moretti has asked you to refer them for the following job:',
    '',
    'Yard Coordinator',
    'Req 5521 · Operations · Full time',
    '',
    'Message from Lucia Moretti:',
    '"Hello Priya, I coordinate yard moves at a cold-storage site and cut detention fees by 40% last year. I would be grateful for a referral."',
    '',
    'Review request    Decline',
  ];

  it.each(['Greenhouse <notifications@greenhouse.example.com>', 'Northwind Careers <careers@northwind.example.com>'])(
    'From: %s is no person; the notice names the candidate',
    (from) => {
      const result = triage(
        [`From: ${from}`, 'To: Priya Shah', 'Subject: Referral request: Yard Coordinator', '', ...body].join('\n'),
        team('Yard and dock operations for the distribution center', 'Yard Coordinator'),
      );
      expect(result.candidate.name).toBe('Lucia Moretti');
      expect(result.writer).toBeNull();
    },
  );

  it("a person's own name in the From field is still the sender", () => {
    const result = triage(
      [
        'From: Reed Lever <reed.lever@example.com>',
        'To: Priya Shah',
        'Subject: Yard Coordinator',
        '',
        'Hi Priya, I run the yard at a cold-storage site and cut detention fees by 40% last year. Could you refer me for the Yard Coordinator role?',
        '',
        'Thanks,',
        'Reed',
      ].join('\n'),
      team('Yard and dock operations for the distribution center', 'Yard Coordinator'),
    );
    expect(result.candidate.name).toBe('Reed Lever');
  });
});

describe("a network's referral-request card", () => {
  const card = (headline: string) =>
    [
      'LinkedIn',
      headline,
      '',
      'Ingrid Solberg · 2nd',
      'Cold-chain analyst | Dairy | Food safety',
      '',
      '"Hi Priya, I am applying for Lab Technician (Microbiology) at Meadowvale and would value a referral. I have run pathogen screening for three years."',
      '',
      'View message',
      '',
      'Lab Technician (Microbiology)',
      'Meadowvale · Hybrid',
      '',
      'Refer    Not now',
    ].join('\n');

  it.each(['Ingrid Solberg wants a referral', 'Ingrid Solberg requested a referral'])(
    '"%s" names the candidate; the job card\'s title is no name',
    (headline) => {
      const result = triage(card(headline), team('Quality control laboratory for a dairy plant', 'Lab Technician'));
      expect(result.candidate.name).toBe('Ingrid Solberg');
      expect(result.writer).toBeNull();
    },
  );
});

describe('a résumé set apart under the ask', () => {
  it("its heading in capitals is its owner's name", () => {
    const result = triage(
      [
        'Hey Priya, a friend in the quality group pointed me your way. I would like to move into lab work at a dairy plant and wondered whether your team has openings for technicians. Would you be willing to refer me? My résumé is under this message.',
        '',
        'DARIUS OYELARAN',
        'Madison, WI | darius.oyelaran@example.com',
        'EXPERIENCE',
        'Line Operator, Crestfield Cheese (2020–present)',
        '• Cut changeover waste from 6% to 2% on line three',
        'EDUCATION',
        'BS Food Science, 2019',
      ].join('\n'),
      team('Quality control laboratory for a dairy plant', 'Lab Technician'),
    );
    expect(result.candidate.name?.toLowerCase()).toBe('darius oyelaran');
    expect(result.writer).toBeNull();
  });
});
