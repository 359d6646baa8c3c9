import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { mailSender } from '../../src/triage/intake/notices.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The eighteenth blind batch's misses on the candidate's own name, each a general rule (issue 22): "With
 * kind regards," closes a note, so the full name signed under it (with the surname) stands over the
 * header's other form; "I am Marine Biology and Ecology graduate" names no one, so a contact's full name
 * stands over "R. Okafor" signed; a portal's "has asked you for an employee referral"; a header's "Tom W"
 * signed "Tomasz Wiśniewski"; "– Bex" signed by a writer who gave their full name and says everyone calls
 * them Bex; a chat handle's name signed alone on the last line; a résumé's name with a middle initial.
 * Notes written for these tests.
 */

const team = referrerNamed('Wen');

describe('"With kind regards," over a full name signed with the surname', () => {
  it("is a sign-off: the name signed replaces the header's other form of it", () => {
    const paste = [
      'Prof. Leonhard Brückner <leonhard.brueckner@geo.uni.example.de>',
      'Tue, 4 Feb 2025, 21:10',
      'to me',
      '',
      'Dear Wen,',
      '',
      'I would like to apply for the Seismic Data Analyst position on your team, and I hope a referral is not too much to ask.',
      '',
      'Would you be willing to refer me? I fully understand if not.',
      '',
      'With kind regards,',
      'Leo Brückner',
      'Research Associate, Institute of Geophysics',
      'University of Göttingen',
    ].join('\n');
    const result = triage(paste, team('Seismic monitoring and data analysis', 'Seismic Data Analyst'));
    expect(result.candidate.name).toBe('Leo Brückner');
    expect(result.drafts?.no).toMatch(/^(?:Hi|Hey) Leo\b/);
  });
});

describe('"I am <Subject> and <Subject> graduate" in a chat under a contact\'s full name', () => {
  it('names no one, so the contact stands over an initial and surname signed', () => {
    const paste = [
      'Rukayat Okafor',
      'last seen recently',
      '',
      'Today',
      'Good morning Sir,',
      'I am Marine Biology and Ecology graduate with 2 years experience in a fish hatchery. Please I am looking for any work in your farm or any farm you know. Kindly refer me, I will be grateful.',
      'Regards,',
      'R. Okafor',
      '09:41 ✓✓',
    ].join('\n');
    const result = triage(paste, team('Salmon hatchery operations', 'Hatchery Technician'));
    expect(result.candidate.name).toBe('Rukayat Okafor');
  });

  it('still reads "I\'m <Name> and I …" as the name the writer gives', () => {
    const paste =
      "Hi Wen, I'm Tamsin Holloway and I run the hatchery at Loch Arn. Would you refer me for the Hatchery Technician role?";
    expect(triage(paste, team('Salmon hatchery operations', 'Hatchery Technician')).candidate.name).toBe(
      'Tamsin Holloway',
    );
  });
});

describe('a portal\'s notice that someone "has asked you for an employee referral"', () => {
  it('names the person the notice names, from a no-reply sender', () => {
    const message = ['Hi Wen,', '', 'Fenna Groot has asked you for an employee referral.', '', 'Job: Ferry Deckhand'];
    expect(mailSender('From: Ostwind Ferries Careers <no-reply@ats.example.com>', message)).toBe('Fenna Groot');
    const paste = [
      'From: Ostwind Ferries Careers <no-reply@ats.example.com>',
      'To: Wen Liu',
      'Subject: Referral request: Ferry Deckhand (R-0447)',
      '',
      ...message,
      '',
      'Message from the candidate:',
      '"Hello, a referral would mean a lot. Thank you"',
      '',
      'Review request  |  Decline',
    ].join('\n');
    expect(triage(paste, team('Ferry crewing and deck operations', 'Ferry Deckhand')).candidate.name).toBe(
      'Fenna Groot',
    );
  });
});

describe('a header that shortens the surname to its initial, signed with the surname in full', () => {
  const paste = (signed: string) =>
    [
      'Tom W <tomasz.wisniewski.pt@mail.example.com>',
      'Mon, Mar 3, 6:12 PM',
      'to me',
      '',
      'Hi Wen,',
      '',
      'We met at the sports physio meetup in Leeds. I have seen the Physiotherapist, Elite Squad posting and would love to be considered.',
      '',
      'Would you be open to referring me? No problem at all if not.',
      '',
      'Best,',
      signed,
      'Senior Physiotherapist | Riverside Clinic',
    ].join('\n');

  it('is the signed name: the given name its short form, the surname starting with the initial', () => {
    const result = triage(paste('Tomasz Wiśniewski, MCSP'), team('Sports medicine', 'Physiotherapist, Elite Squad'));
    expect(result.candidate.name).toBe('Tomasz Wiśniewski');
  });

  it('keeps the header when the signed surname starts with another letter', () => {
    const result = triage(paste('Tomasz Nowak'), team('Sports medicine', 'Physiotherapist, Elite Squad'));
    expect(result.candidate.name).toBe('Tom W');
  });
});

describe('a one-word sign-off the writer says they go by', () => {
  const paste = (says: string) =>
    `Hi Wen — Rebecca Achterberg here, ${says}. Our mutual friend on the climbing wall said you're hiring a Head Route Setter. I've set routes for six national bouldering rounds. Would you refer me? Fine if not.\n– Bex`;

  it('gives way to the full name the writer gave themselves', () => {
    const result = triage(
      paste('though most people call me Bex'),
      team('Climbing gym operations', 'Head Route Setter'),
    );
    expect(result.candidate.name).toBe('Rebecca Achterberg');
  });

  it('stands when the note does not say the writer goes by it', () => {
    const result = triage(paste('writing from the gym'), team('Climbing gym operations', 'Head Route Setter'));
    expect(result.candidate.name).toBe('Bex');
  });
});

describe("a chat handle's name signed alone on the last line", () => {
  it('is the writer: the handle starts with it', () => {
    const paste = [
      'Direct Messages',
      'tavi.r',
      'tavi.r — Today at 09:12',
      'hey Wen, sorry to DM you cold. you helped me in the #glass-studio thread last week',
      'tavi.r — Today at 09:14',
      "i've been blowing glass for five years and saw the Studio Glassblower job on your site. would you be willing to refer me? totally fine if not",
      'Tavi',
      'Message @tavi.r',
    ].join('\n');
    expect(triage(paste, team('Glass studio production', 'Studio Glassblower')).candidate.name).toBe('Tavi');
  });
});

describe("a résumé's name line with a middle initial, over its contact line", () => {
  it("is the résumé's owner", () => {
    const paste = [
      'hey Wen, my old shift lead gave me your name. im trying to move from welding into weld inspection and saw the Weld Inspector opening. could you refer me? resume below, no worries if not',
      '',
      'Marisol T. Quintero',
      'Duluth, MN · (218) 555-0142 · mquintero.weld@mail.example.com',
      '',
      'CERTIFICATIONS',
      'AWS Certified Welder (3G/4G)',
      'EXPERIENCE',
      'Structural Welder - Northshore Fabrication, 2018-present',
    ].join('\n');
    expect(triage(paste, team('Welding quality and inspection', 'Weld Inspector')).candidate.name).toBe(
      'Marisol T. Quintero',
    );
  });
});
