import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/** Issue 22: a seller or a researcher writes for no one to be referred; they are the writer, not a candidate. */
const team: Profile = { name: 'Dana', teamArea: 'Records management for a county government', openRoles: [] };

describe('a note that asks for no one', () => {
  it('a vendor naming places like the referrer’s as customers, asking for a call', () => {
    const note = [
      'From: Lionel Abara <lionel@stackvault.example.io>',
      'Subject: Dana, your permit files',
      '',
      'Hi Dana,',
      '',
      'StackVault turns boxes of permit files into indexed digital records. Counties like yours usually go live within a quarter.',
      '',
      'Would you be up for a 15-minute call on Thursday?',
      '',
      'Best,',
      'Lionel Abara',
    ].join('\n');
    const out = triage(note, team);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Lionel Abara');
  });

  it('a paid questionnaire told of, with no ask said outright', () => {
    const note = [
      'From: Greta Sundqvist <panel@hireinsight.example.com>',
      'Subject: Dana, share your view? ($40 voucher)',
      '',
      'Dear Dana,',
      '',
      'HireInsight is studying how public records teams recruit and train staff. Our questionnaire takes roughly 12 minutes, and respondents receive a $40 voucher.',
      '',
      'Kind regards,',
      'Greta Sundqvist',
    ].join('\n');
    const out = triage(note, team);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Greta Sundqvist');
  });
});

describe('a relative who lost their job, told of by the one writing', () => {
  it('is the candidate, with a nickname in brackets inside the name; the sender writes for them', () => {
    const note = [
      'Marguerite Osei',
      'Marguerite Osei · 4 mutual friends · Lives in Dayton, Ohio',
      '',
      'Marguerite Osei',
      'Hi Dana, sorry to bother you, we met at the library fundraiser last spring. My son Kwabena (Kobby) Osei got let go from the print shop in October and will take any work. He is careful and reliable. Is your office hiring at all? Thank you so much.',
      'Nov 3, 8:12 PM',
    ].join('\n');
    const out = triage(note, team);
    expect(out.candidate.name).toMatch(/^(?:Kwabena (?:\(Kobby\) )?|Kobby )Osei$/);
    expect(out.writer).toBe('Marguerite Osei');
  });
});

describe('a former boss writing for one of their people', () => {
  it('names the candidate after "writing for my …", whatever the post is called', () => {
    const note = [
      'From: Hal Brennecke <hal@brennecke-advisory.example.com>',
      'Subject: Yusra Malik for your records analyst opening',
      '',
      'Dana,',
      '',
      'We met at the state archivists’ conference in Columbus. I am writing on behalf of my old digitisation crew chief, Yusra Malik, who worked under me for six years until our office closed.',
      'She cut our scanning backlog from 40,000 files to 3,000 in eighteen months. I would hire her again without a second thought.',
      '',
      'Regards,',
      'Hal Brennecke',
    ].join('\n');
    const out = triage(note, team);
    expect(out.candidate.name).toBe('Yusra Malik');
    expect(out.writer).toBe('Hal Brennecke');
  });
});

describe('a colleague passing on a stranger’s note', () => {
  it('is the writer; the stranger who wrote the forwarded mail is the candidate', () => {
    const note = [
      'From: Ines Faraday',
      'Sent: Tuesday, April 14, 2026 9:05 AM',
      'To: Dana Whitcombe',
      'Subject: FW: Records clerk job',
      '',
      'Dana, this landed in the front-desk mailbox, I think it is yours. No idea who she is. Ines',
      '',
      '-----Original Message-----',
      'From: Leilani Kahale <leilani.k@mailbox.example.net>',
      'Sent: Sunday, April 12, 2026 7:41 PM',
      'To: frontdesk@county.example.gov',
      'Subject: Records clerk job',
      '',
      'Hello,',
      '',
      'My name is Leilani Kahale. I have indexed deeds at the Maui title office for four years and would like to apply for the Records Clerk II opening. Could someone on your team refer me?',
      '',
      'Thank you,',
      'Leilani',
    ].join('\n');
    const out = triage(note, team);
    expect(out.candidate.name).toBe('Leilani Kahale');
    expect(out.writer).toBe('Ines Faraday');
  });
});
