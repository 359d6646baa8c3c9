import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { withoutFirmLabels } from '../../src/triage/intake/firm-label.js';
import { inlineLabels } from '../../src/triage/intake/inline-labels.js';
import { systemSender } from '../../src/triage/intake/notices.js';
import { splitSignature } from '../../src/triage/intake/signature.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The sixteenth blind batch's misses on who is who in app screens, each a general rule (issue 22): a
 * portal's mailbox named with a dash between its words; a portal's "would like you to refer her"; a chat
 * label of one name beside a saved contact's emoji; a firm's name in a speaker's place over "X from <firm>
 * here", its writer signing over a title line and the firm's; a firm asking to be put on a supplier list; a
 * survey that asks for "minutes of your time". Notes written for these tests.
 */

const team = referrerNamed('Odile');

describe("a portal's mailbox named with a dash between its words", () => {
  it('is no person, whatever separates its words', () => {
    expect(systemSender('From: Orchard Health Careers — Employee Referrals <referrals@orchard.example.org>')).toBe(
      true,
    );
    expect(systemSender('From: Kestrel Careers | Talent Acquisition <talent@kestrel.example.com>')).toBe(true);
    expect(systemSender('From: Dana Reyes – Talent Acquisition <dana.reyes@kestrel.example.com>')).toBe(false);
    expect(systemSender('From: Maren Holt <maren.holt@orchard.example.org>')).toBe(false);
  });

  it('names the person the notice says asked to be referred', () => {
    const paste = [
      'From: Orchard Health Careers — Employee Referrals <referrals@orchard.example.org>',
      'To: Odile Marchand',
      'Subject: Referral request for Sleep Technologist (REQ 7781)',
      '',
      'Hello Odile,',
      '',
      'Tobias Engel has asked you to refer them for an open position.',
      '',
      'Position: Sleep Technologist, Overnight Lab',
      '',
      'Message from the candidate:',
      "Hi Odile, you supervised my clinical placement at the Westbury sleep lab in 2022. Since then I've scored over 1,400 overnight studies and brought our re-score rate down from 9% to 3%. Would you refer me for the Sleep Technologist role? Entirely fine if not.",
      '',
      '[Refer Tobias]   [Decline]',
    ].join('\n');
    const result = triage(paste, team('Sleep medicine lab: overnight polysomnography studies', 'Sleep Technologist'));
    expect(result.candidate.name).toBe('Tobias Engel');
    expect(result.writer).toBeNull();
    // The portal's label over the message is no acquaintance the writer names.
    expect(result.signals.whyMe.evidence).not.toBe('Message from the candidate:');
  });
});

describe('a portal\'s "would like you to refer her for:"', () => {
  it('names the candidate, who asks for herself: nobody writes on her behalf', () => {
    const paste = [
      'From: Halverson Mills Careers <no-reply@halverson.example.com>',
      'To: Odile Marchand',
      'Subject: Action needed: a referral request',
      '',
      'Hi Odile,',
      '',
      'Ingrid Solvang would like you to refer her for:',
      'Quality Lead, Flour Milling (REQ-2290) – Dunmore plant',
      '',
      "Candidate's note:",
      '"Dear Odile, I run the quality lab at a maltings with a team of five. I would like to move into flour. Would you refer me?"',
      '',
      '[Refer]  [Decline]',
    ].join('\n');
    const result = triage(paste, team('Flour milling quality and food safety', 'Quality Lead, Flour Milling'));
    expect(result.candidate.name).toBe('Ingrid Solvang');
    expect(result.writer).toBeNull();
    expect(result.signals.onBehalf.present).toBe(false);
    expect(result.recommendation).not.toBe('no');
  });
});

describe("a chat label of one name beside a saved contact's emoji", () => {
  it('reads "Dee 🌻:" as the speaker, and a one-word label without one as no speaker', () => {
    expect([...inlineLabels(['Dee 🌻: hi there', 'Dee 🌻: it is me again'])]).toEqual(['Dee']);
    expect([...inlineLabels(['Note: bring gloves', 'Note: the gate is locked'])]).toEqual([]);
  });

  it('names the friend who writes for her cousin as the writer', () => {
    const paste = [
      'Tue, 4 Feb at 21:40',
      '',
      'Dee 🌻: odile hiii, bit of a favour. my cousin Malik Ferreira is a lighting tech, he did 2 seasons at the Regent and rigged 60 shows with zero faults. he wants the Lighting Technician job at your venue',
      "Dee 🌻: could you mention him to your boss? he's super reliable",
      'Dee 🌻: totally fine to say no!!',
      'Read',
    ].join('\n');
    const result = triage(paste, team('Venue stage lighting and rigging', 'Lighting Technician'));
    expect(result.candidate.name).toBe('Malik Ferreira');
    expect(result.writer).toBe('Dee');
  });
});

describe('a firm\'s name in a speaker\'s place over "X from <firm> here"', () => {
  it("sets apart a title line and the employer's line under an unsigned name line", () => {
    const lines = ['We make labels.', '', 'Tanya Okoro', 'Regional Sales Lead, Dairy', 'Northgate Packaging Systems'];
    expect(splitSignature(lines)).toEqual({
      note: ['We make labels.', '', 'Tanya Okoro'],
      signature: ['Regional Sales Lead, Dairy', 'Northgate Packaging Systems'],
    });
  });

  it('reads the seller who signs as the writer, with no candidate, and greets no firm', () => {
    const paste = [
      '*Northgate Packaging Systems* (external)',
      "Hello <@U07ODILE1>! Tanya from Northgate here. Saw your creamery is adding a second yoghurt line &amp; thought you'd like a look at our new sleeve labeller, the SL-40 :package:",
      '',
      "We've helped four dairies in Wales cut film waste by 25%. Would you have time for a 15-minute demo on Thursday? <https://cal.northgate.example.com/tanya|Pick a time>",
      '',
      'Tanya Okoro',
      'Regional Sales Lead, Dairy',
      'Northgate Packaging Systems',
    ].join('\n');
    const result = triage(paste, team('Creamery production: yoghurt and cheese lines', 'Line Supervisor'));
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Tanya Okoro');
    expect(result.recommendation).toBe('no');
    expect(result.drafts?.no).toMatch(/^Hi Tanya\b|^Hey Tanya\b|^Hello Tanya\b/);
    expect(result.drafts?.no).not.toContain('Northgate');
  });
});

describe("a firm's label and a seller's customers, each on its own", () => {
  it("drops a label that starts with the firm the writer says they are from, and keeps a person's", () => {
    const firm = ['Harrow Cold Chain (external)', 'Hi! Bea from Harrow here, quick one.'];
    expect(withoutFirmLabels(firm)).toEqual(['Hi! Bea from Harrow here, quick one.']);
    const person = ['Bea Lindqvist (external)', 'Hi! Bea from Harrow here, quick one.'];
    expect(withoutFirmLabels(person)).toEqual(person);
  });

  it('reads customers counted as proof, beside a demo asked for, as a pitch', () => {
    const paste =
      "Hi Odile, we've helped 12 orthotics clinics cut remake rates by 30% with our scanning app. Open to a quick demo next week?\n\nBea Lindqvist";
    const result = triage(paste, team('Orthotics clinic: custom braces and insoles', 'Orthotist'));
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Bea Lindqvist');
  });

  it("keeps a candidate's own team result, beside a referral ask, as the candidate's", () => {
    const paste =
      "Hi Odile, at Strideworks we've helped 40 clinics cut fitting times by 20%. I'm applying for the Orthotist role; would you refer me?\n\nBea Lindqvist";
    const result = triage(paste, team('Orthotics clinic: custom braces and insoles', 'Orthotist'));
    expect(result.signals.notAReferral.present).toBe(false);
    expect(result.candidate.name).toBe('Bea Lindqvist');
  });
});

describe('a firm asking to be put on a supplier list', () => {
  it('asks for no one to be referred: its sender is the writer', () => {
    const paste = [
      '[11/02/2025, 06:55] +44 7700 900388: Morning Odile, Dev from Scaffold Direct here, Priya at the depot passed me your number',
      '[11/02/2025, 06:55] +44 7700 900388: Got 4 CISRS scaffolders free from next week, all carded, £290 a day each',
      '[11/02/2025, 06:56] +44 7700 900388: if anything comes up just put us forward to your contracts manager or your approved supplier list, we do the rest',
      'SCAFFOLD DIRECT LTD – access & temporary works. Call Dev 07700 900388',
    ].join('\n');
    const result = triage(paste, team('Site logistics for residential builds', 'Site Logistics Coordinator'));
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Dev');
  });
});

describe('a survey that asks for "minutes of your time"', () => {
  it("reads the time as the survey's: its signer is the writer, with no candidate", () => {
    const paste = [
      'From: Prof. Halima Okafor <h.okafor@workforce-institute.example.org>',
      'Sent: Tuesday, February 11, 2025 9:30 AM',
      'To: Odile Marchand',
      'Subject: 5 minutes of your time? Orthotics Workforce Census 2025',
      '',
      'Dear Odile,',
      '',
      'As a clinic lead in orthotics, you are invited to take part in the Orthotics Workforce Census 2025. The questionnaire takes about 5 minutes and covers vacancies, training routes and pay.',
      '',
      'Start here: https://census.workforce-institute.example.org/ortho25',
      '',
      'With thanks,',
      '',
      'Prof. Halima Okafor',
      'Director, Workforce Institute',
    ].join('\n');
    const result = triage(paste, team('Orthotics clinic: custom braces and insoles', 'Orthotist'));
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Halima Okafor');
    expect(result.signals.adviceOnly.present).toBe(false);
  });

  it('still reads "minutes of your time" as advice asked when nothing else takes them', () => {
    const paste =
      "Hi Odile, I'm an orthotics student at Leeds and loved your talk on 3D-scanned insoles. Could I have 15 minutes of your time to hear how you set up your clinic?";
    const result = triage(paste, team('Orthotics clinic: custom braces and insoles', 'Orthotist'));
    expect(result.signals.adviceOnly.present).toBe(true);
  });
});
