import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in the thirteenth blind batch's shapes (issue 22): an agency's unnamed candidate "on its
 * books", a study's "refer me to people who might take part", a forwarded chat broadcast that names its
 * writer by "My name is", a vouching writer's note (its result in the third person, its easy out carried
 * back), and "Md." before a chat label's name. Notes written for these tests.
 */

const team = referrerNamed('Dana');

describe("an agency's unnamed candidate", () => {
  it('"a strong crane supervisor on our books" with an anonymised CV is the recruiter writing, no candidate, a no', () => {
    const result = triage(
      [
        'From: Priya Kaur <priya.kaur@keystone-talent.example.com>',
        'Sent: 3 March 2025 14:20',
        'To: Dana Whitfield',
        'Subject: Lifting supervisor - immediate start',
        '',
        'Hi Dana,',
        '',
        'We have a very strong crane supervisor on our books, nine years on tower cranes across two hospital builds, free from next month.',
        '',
        'With your Lifting Supervisor opening I would like to put this candidate in front of your site lead. I can share the redacted CV this week; the full name is released once our fee is signed off.',
        '',
        'Best regards,',
        '',
        'Priya Kaur',
        'Senior Consultant, Keystone Talent Ltd',
      ].join('\n'),
      team(
        'Construction lifting operations: tower cranes, lifting plans and lifting supervision',
        'Lifting Supervisor',
      ),
    );
    expect(result.recommendation).toBe('no');
    expect(result.signals.onBehalf.present).toBe(true);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Priya Kaur');
  });

  it('"I have an X on my books" is not a supervisor naming one of their people', () => {
    const result = triage(
      [
        'Hi Dana, I have an excellent slinger signaller on my books, 6 years on city sites.',
        'Could you pass their details to the site manager as a referral? The anonymised CV is ready to send.',
        'Tom Ashby, Ashby Site Recruitment',
      ].join('\n'),
      team('Construction lifting operations: tower cranes and slinging', 'Slinger Signaller'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBeNull();
  });
});

describe('a study that asks for more respondents', () => {
  it('"point me to a few colleagues who might take part" asks for no referral: its signer writes, no candidate', () => {
    const result = triage(
      [
        'Hi Dana,',
        '',
        "I'm a master's student looking at fatigue among ward nurses on twelve-hour shifts. Would you fill in a short questionnaire (8 minutes)? https://forms.example.org/ward-fatigue",
        '',
        'It would also be a great help if you could refer me to a few colleagues who might like to participate.',
        '',
        'Many thanks,',
        'Tomasz Wierzbicki',
      ].join('\n'),
      team('Acute medical ward nursing', 'Staff Nurse'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Tomasz Wierzbicki');
  });
});

describe('a forwarded chat broadcast', () => {
  it('"My name is X" in the forwarded message names the candidate; the chat sender writes', () => {
    const result = triage(
      [
        "[03/02/2025, 08:10] Bongani Khumalo: Morning Dana, my wife's nephew is looking for work, could you help him? he finished college in June",
        '[03/02/2025, 08:10] Bongani Khumalo: Forwarded',
        'Good day all 🙏 My name is Sipho Ndlovu, I just finished my electrical N6. Looking for any apprenticeship or assistant work. Please share!',
        '[03/02/2025, 08:12] Bongani Khumalo: he is a hard worker',
      ].join('\n'),
      team('Electrical installation for commercial fit-outs', 'Electrical Apprentice'),
    );
    expect(result.candidate.name).toBe('Sipho Ndlovu');
    expect(result.writer).toBe('Bongani Khumalo');
  });

  it('a forwarder who introduces themselves under their own label stays the candidate of their own note', () => {
    const result = triage(
      [
        '[03/02/2025, 08:10] Sipho Ndlovu: Forwarded',
        'Hi all, my name is Sipho Ndlovu, I just finished my electrical N6 and I am applying for your Electrical Apprentice post.',
      ].join('\n'),
      team('Electrical installation for commercial fit-outs', 'Electrical Apprentice'),
    );
    expect(result.candidate.name).toBe('Sipho Ndlovu');
    expect(result.writer).toBeNull();
  });
});

describe("a former employer's vouch", () => {
  const vouch = [
    'From: Marguerite Okonjo <m.okonjo@okonjo-joinery.example.com>',
    'Subject: Felix Brandt and your cabinetmaker opening',
    '',
    'Dear Dana,',
    '',
    "I'm writing about Felix Brandt, who worked under me for nine years. He is applying for your Bench Cabinetmaker role.",
    '',
    'I saw his work every day. He built the vestry panelling at St Wilfrid’s on his own; the architect signed the whole job off at the first inspection, which I have never seen in thirty years of trade.',
    'He also made the boardroom table in your lobby, which you have seen.',
    '',
    "I'd be grateful if you would refer him. If the bench is full, just say so and I'll let him know.",
    '',
    'Marguerite',
  ].join('\n');
  const result = triage(vouch, team('Fine joinery and bench cabinetmaking workshop', 'Bench Cabinetmaker'));

  it('"Asaph" or "St Wilfrid’s" is no "ASAP": no pressure', () => {
    expect(result.signals.pressure.present).toBe(false);
    expect(
      triage(
        'Hi Dana, I restored the rood screen at St Asaph’s last year. Could you refer me for the Bench Cabinetmaker role?',
        team('Fine joinery', 'Bench Cabinetmaker'),
      ).signals.pressure.present,
    ).toBe(false);
  });

  it('"signed the job off at the first inspection" is a result, told of the candidate', () => {
    expect(result.signals.proofPoint.present).toBe(true);
    expect(result.signals.proofPoint.evidence).toContain('first inspection');
  });

  it('"If the bench is full, just say so and I\'ll let him know" is an easy out', () => {
    expect(result.signals.gracefulExit.present).toBe(true);
  });

  it('work the referrer saw ("which you have seen") is a why-me, and the vouch is a yes', () => {
    expect(result.signals.whyMe.present).toBe(true);
    expect(result.candidate.name).toBe('Felix Brandt');
    expect(result.recommendation).toBe('yes');
  });

  it('the blurb keeps the result and leaves out the writer\'s own aside ("which I have never seen")', () => {
    expect(result.blurb).toContain('signed the whole job off at the first inspection');
    expect(result.blurb).not.toMatch(/never seen|thirty years/);
  });
});

describe('"Md." before a chat label\'s name', () => {
  it('"I am Shahid" under "Md. Shahidul Alam" is Shahidul Alam, the label\'s full name', () => {
    const result = triage(
      [
        '[12/05/24, 09:01:10] Md. Shahidul Alam: Salam Dana apa. I am Shahid, knitting supervisor at a sweater factory in Ashulia.',
        '[12/05/24, 09:02:30] Md. Shahidul Alam: I want to apply for Knitting Floor Supervisor. Last year we cut needle breakage from 40 to 12 a week on my floor. If not possible, no problem.',
      ].join('\n'),
      team('Knitwear production: flat knitting, linking and finishing', 'Knitting Floor Supervisor'),
    );
    expect(result.candidate.name).toBe('Shahidul Alam');
  });
});
