import { describe, expect, it } from 'vitest';
import { namedSubject } from '../../src/triage/decision/named-subject.js';
import { triage } from '../../src/triage/index.js';
import { forwardedSender } from '../../src/triage/intake/forward.js';
import { senderName } from '../../src/triage/intake/mail-sender.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The seventeenth blind batch's who-is-who misses in mail pastes, each a general rule (issue 22): a
 * well-wish that opens a note ("Hope Brightwater is treating you well") names no one; a directory's
 * note after an inverted header name ("Surname, Given (Prof)") is no part of it; the middle forwarder
 * of a forward of a forward is neither writer nor candidate; someone the writer says is copied on the
 * mail is whom it speaks for; a seller asking for "a referral to the right person" asks for a buyer.
 * Notes written for these tests.
 */

const team = referrerNamed('Tamsin');

describe('a well-wish that opens a note names no one', () => {
  it('reads "Hope Brightwater is treating you well" as a pleasantry, the candidate copied on the reply', () => {
    const paste = [
      'From: Osei, Kwadwo <k.osei@harbourline.example.com>',
      'Sent: Tuesday, 11 February 2025 8:02 AM',
      'To: Tamsin Gale <tamsin.gale@brightwater.example.com>',
      'Cc: Priya Ramaswamy <priya.r@mailhost.example.com>',
      'Subject: RE: Marine Electrician - Refit Yard (Priya Ramaswamy)',
      '',
      'Hi Tamsin,',
      '',
      'Hope Brightwater is treating you well since the apprentice panel.',
      '',
      "Priya has asked me to drop you a line and I'm happy to, as I managed her directly for four years here at Harbourline. She's applying for your Marine Electrician - Refit Yard opening.",
      'She rewired the shore-power panels on our ferry fleet, and after her changes our electrical call-outs went from 30 a season to 6. She is the steadiest hand I know on a live fault.',
      '',
      "She's copied in. If you'd rather she applies the usual way, that is completely fine.",
      '',
      'Regards,',
      'Kwadwo',
      '',
      'Kwadwo Osei',
      'Refit Manager | Harbourline Marine',
      '',
      '-----Original Message-----',
      'From: Priya Ramaswamy <priya.r@mailhost.example.com>',
      'Sent: Monday, 10 February 2025 7:40 PM',
      'To: Osei, Kwadwo <k.osei@harbourline.example.com>',
      'Subject: Marine Electrician - Refit Yard (Priya Ramaswamy)',
      '',
      'Hi Kwadwo, you mentioned you know the electrical lead at Brightwater. Would you write to her for me? Thanks so much',
      'Priya',
    ].join('\n');
    const result = triage(
      paste,
      team('Marine electrical work for a boat refit yard', 'Marine Electrician - Refit Yard'),
    );
    expect(result.candidate.name).toBe('Priya Ramaswamy');
    expect(result.writer).toBe('Kwadwo Osei');
  });
});

describe('a well-wish is told from a sentence about a person named Hope', () => {
  const others = ['Oren Castellano', 'Tamsin', 'Tamsin'];
  it('reads no one in "Hope Elmfield has been kind to you"', () => {
    const body = [
      'Hope Elmfield has been kind to you since the trade show.',
      "She's applying for your Pastry Chef de Partie opening.",
      'She cut our dessert waste by 20% with a new prep list.',
    ].join('\n');
    expect(namedSubject(body, body, others)).toBeNull();
  });

  it('still reads "Hope Adeyemi is doing well on my section" as about Hope Adeyemi', () => {
    const body = [
      'Hope Adeyemi is doing well on my pastry section and is ready for the next step.',
      'She cut our dessert waste by 20% with a new prep list.',
      'She is applying for your Pastry Chef de Partie opening.',
    ].join('\n');
    expect(namedSubject(body, body, others)?.name).toBe('Hope Adeyemi');
  });
});

describe('headers and forwards of forwards', () => {
  it('reads an inverted header with a directory note after the given name as the given name and surname', () => {
    expect(senderName('From: Lindqvist, Marta (Dr) <m.lindqvist@example.org>')).toBe('Marta Lindqvist');
    expect(senderName('From: Abara, Tobenna (Estates) <t.abara@example.org>')).toBe('Tobenna Abara');
    expect(senderName('From: Abara, Tobenna <t.abara@example.org>')).toBe('Tobenna Abara');
  });

  it('passes over a middle forward ("Subject: FW:") to the message it carries', () => {
    const lines = [
      'Cover words.',
      '-----Original Message-----',
      'From: Banks, Colm <c.banks@example.org>',
      'Subject: FW: Apprentice post - Ruth Adeyemi',
      '',
      'Over to you.',
      '-----Original Message-----',
      'From: Ruth Adeyemi <ruth.a@example.com>',
      'Subject: Apprentice post - Ruth Adeyemi',
      '',
      'Hello, could you pass my name on?',
    ];
    expect(forwardedSender(lines)).toBe('Ruth Adeyemi');
  });

  it('reads the top forwarder as the writer and the innermost sender as the candidate, the go-between as neither', () => {
    const paste = [
      'From: Lindqvist, Marta (Dr) <m.lindqvist@northgate.example.ac.uk>',
      'Sent: 4 March 2025 10:12',
      'To: Tamsin Gale <tamsin.gale@kelpworks.example.com>',
      'Subject: FW: FW: Lab technician post - Joel Mbeki',
      '',
      'Tamsin,',
      '',
      "Sending this on with my backing; Joel's own message is further down. I taught him for three years and supervised his final project, so I know his bench work first-hand. His water-sampling protocol for the estuary survey cut failed nitrate assays from 22% to 3%, and the survey team still uses it. He finished his BSc last summer and now runs the teaching lab prep at Northgate, where he orders, calibrates and keeps the spectrophotometers going.",
      '',
      "He is applying for your Marine Lab Technician post. If a referral isn't possible, just tell me and I'll point him to the portal.",
      '',
      'Kind regards,',
      'Marta',
      '',
      'Dr Marta Lindqvist PhD',
      'Senior Lecturer, Marine Science',
      '',
      '-----Original Message-----',
      'From: Banks, Colm <c.banks@northgate.example.ac.uk>',
      'Sent: 4 March 2025 08:30',
      'To: Lindqvist, Marta (Dr) <m.lindqvist@northgate.example.ac.uk>',
      'Subject: FW: Lab technician post - Joel Mbeki',
      '',
      'Marta - one of your old students? It came to the careers desk. C',
      '',
      '-----Original Message-----',
      'From: Joel Mbeki <joel.mbeki@mailhost.example.com>',
      'Sent: 3 March 2025 22:05',
      'To: Careers Desk <careers@northgate.example.ac.uk>',
      'Subject: Lab technician post - Joel Mbeki',
      '',
      "Hi, I'm applying for the Marine Lab Technician post at Kelpworks and wondered if Dr Lindqvist might pass my name on, as she knows the lab lead there.",
      'Many thanks,',
      'Joel Mbeki',
    ].join('\n');
    const result = triage(paste, team('Marine science laboratory: water sampling and assays', 'Marine Lab Technician'));
    expect(result.candidate.name).toBe('Joel Mbeki');
    expect(result.writer).toBe('Marta Lindqvist');
  });
});

describe('someone the writer has copied on the mail', () => {
  it('reads "X, copied here, …" in a teacher\'s note as the candidate', () => {
    const paste = [
      'From: Fairweather, Gideon <g.fairweather@eastmoor.example.ac.uk>',
      'Sent: Thursday, 6 March 2025 14:10',
      'To: Tamsin Gale <t.gale@cityarchive.example.org>',
      'Cc: Haddad, Leila <l.haddad.23@eastmoor.example.ac.uk>',
      'Subject: Leila Haddad - Paper Conservation Assistant',
      '',
      'Dear Tamsin,',
      '',
      'Your studio took one of our students, Rhys Pugh, last spring, which is why I write to you directly.',
      '',
      'Leila Haddad, copied here, completes our diploma in paper conservation in June and is applying for your Paper Conservation Assistant post. I supervised her placement at the county record office. She mended and rehoused 140 water-damaged parish maps there, and the record office has asked her back for the next batch.',
      '',
      "If you felt able to refer her I would be grateful; if not, please don't feel you must reply.",
      '',
      'Best wishes,',
      'Gideon',
      '',
      'Gideon Fairweather',
      'Course Leader, Conservation Studies',
    ].join('\n');
    const result = triage(paste, team('Paper and book conservation studio', 'Paper Conservation Assistant'));
    expect(result.candidate.name).toBe('Leila Haddad');
    expect(result.writer).toBe('Gideon Fairweather');
  });
});

describe('a seller asks for "a referral to the right person"', () => {
  it('reads the seller as the writer and names no candidate', () => {
    const paste = [
      'From: Callum Ashdown-Pereira <callum@kilnsense.example.io>',
      'Sent: Wednesday, April 2, 2025 10:15 AM',
      'To: Tamsin Gale <tamsin@redclaypottery.example.com>',
      'Subject: Quick referral question, Tamsin',
      '',
      'Hi Tamsin,',
      '',
      'Could you point me the right way: who at Red Clay looks after kiln firing logs?',
      '',
      'KilnSense puts a wireless sensor in each kiln and replaces the paper firing log with a phone app. Studios like yours usually cut failed firings by 30%. I would love a referral to the right person, or 20 minutes with you next week.',
      '',
      'If it is not relevant, reply "no" and I will not follow up.',
      '',
      'Thanks,',
      'Callum Ashdown-Pereira',
      'Partnerships Lead, KilnSense',
      'Book a time: https://cal.example.com/callum-ks',
      '',
      'Unsubscribe',
    ].join('\n');
    const result = triage(paste, team('Studio pottery production and kiln firing', 'Production Potter'));
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Callum Ashdown-Pereira');
    expect(result.recommendation).toBe('no');
  });
  it("still reads a candidate's own ask for a referral to the right person for a role as a job ask", () => {
    const paste = [
      'Hi Tamsin,',
      "I'm applying for the Production Potter role on your team. I threw and glazed 4,000 mugs a year at Fernhill Ceramics and cut our seconds from 12% to 4%.",
      "I'd love a referral to the right person for the Production Potter role. No worries if not.",
      'Thanks,',
      'Anouk Verhoeven',
    ].join('\n');
    const result = triage(paste, team('Studio pottery production and kiln firing', 'Production Potter'));
    expect(result.candidate.name).toBe('Anouk Verhoeven');
    expect(result.recommendation).not.toBe('no');
  });
});
