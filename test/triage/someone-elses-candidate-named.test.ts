import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Whom a note written for someone else names (issue 22, the twenty-third blind batch): a parent's possessive
 * before the bare name mid-sentence ("…, my Priya has applied"); what others said of the candidate ("they said
 * she was a natural") is no go-between's deed; a relative "asks me if there is a place"; a cover forwarding from
 * someone "it's her flatmate's son" names who passed it on, not the candidate; a colleague who "suggested I
 * write" is no candidate. Notes written for these tests, with near misses.
 */

const team = referrerNamed('Ingrid');

describe("a parent's own, named by a possessive mid-sentence", () => {
  it('reads "…, my Priya has applied" after a comma as the candidate', () => {
    const paste = [
      '[04/05/2025, 18:10] Ravi Menon: Hiya Ingrid, Ravi from the allotment 🙂',
      "[04/05/2025, 18:11] Ravi Menon: Right so the reason I'm texting, my Priya has applied for the Commis Chef post at your place. She has done two years at catering college and she works Saturdays at the bakery on Mill Lane.",
      "[04/05/2025, 18:12] Ravi Menon: She's a bit nervous about asking. Any chance you could put a word in for her? No bother if not",
    ].join('\n');
    const result = triage(paste, team('Restaurant kitchen brigade', 'Commis Chef'));
    expect(result.candidate.name).toBe('Priya');
    expect(result.writer).toBe('Ravi Menon');
  });

  it("keeps the writer's own ask when their own is named in passing", () => {
    const paste =
      "Hi Ingrid, I'm applying for the Commis Chef post in your kitchen. I've cooked the lunch service at the Fox & Hound for two years, and since September, our Josh has started school so I can do any shift. Could you refer me? No worries if not. Dana Whitlock";
    const result = triage(paste, team('Restaurant kitchen brigade', 'Commis Chef'));
    expect(result.candidate.name).toBe('Dana Whitlock');
    expect(result.writer).toBeNull();
  });
});

describe('what others said of the candidate is no deed of a go-between', () => {
  it('reads "My Kasia is finishing…" though her placement "said she was a natural"', () => {
    const paste = [
      '[09/04/2025, 20:31] Halina Nowak: Hi Ingrid its Halina from the book club 😊',
      '[09/04/2025, 20:32] Halina Nowak: My Kasia is finishing her nursing degree in June and she saw the cardiac ward is hiring',
      '[09/04/2025, 20:33] Halina Nowak: She did her placement on the coronary care unit and they said she was a natural.',
      '[09/04/2025, 20:34] Halina Nowak: She would never ask herself! Could you put a good word in for her? Only if ok 🙏',
    ].join('\n');
    const result = triage(paste, team('Cardiac ward nursing', 'Staff Nurse, Cardiac'));
    expect(result.candidate.name).toBe('Kasia');
    expect(result.writer).toBe('Halina Nowak');
  });
});

describe('a relative who "asks me if there is a place"', () => {
  it("reads my neighbour's daughter by her name as the candidate, the sender as the writer", () => {
    const paste = [
      'Bianchi, Giulia (Logistica)   Available',
      'Yesterday 3:12 PM',
      'Ciao Ingrid! sorry my english is quick',
      "my neighbour's daughter Chiara Esposito asks me if there is a job for warehouse picker this summer. She is 20, she work at her uncle's shop two summers and she drive forklift since march.",
      'She saw the posting Warehouse Picker on the site. Can she send you her CV? no problem if not',
      'Giulia',
    ].join('\n');
    const result = triage(paste, team('Warehouse operations: picking, packing and dispatch', 'Warehouse Picker'));
    expect(result.candidate.name).toBe('Chiara Esposito');
    expect(result.writer).toMatch(/Giulia/);
  });

  it('does not read a relative asking after something that is no work', () => {
    const paste =
      "Hi Ingrid, I'm applying for the Warehouse Picker role. My wife asked me if there is parking at your site, she drops me off. I picked 180 lines an hour at Dunmore Foods. Could you refer me? No worries if not. Tomas Berg";
    const result = triage(paste, team('Warehouse operations: picking, packing and dispatch', 'Warehouse Picker'));
    expect(result.candidate.name).toBe('Tomas Berg');
  });
});

/** Outlook's view of a forward of a forward: a cover over a relative's forward of the candidate's own message. */
const forwardOfForward = (cover: string) =>
  [
    'From: Pieter de Wit <pieter@harbourline.example.com>',
    'Sent: Monday, March 3, 2025 9:02 AM',
    'To: Ingrid Solberg <ingrid@harbourline.example.com>',
    'Subject: FW: Fwd: warehouse job?',
    '',
    cover,
    'P.',
    '',
    '-----Original Message-----',
    'From: Sanne de Wit <sanne.dewit@example.net>',
    'Sent: Sunday, March 2, 2025 8:40 PM',
    'To: Pieter de Wit <pieter@harbourline.example.com>',
    'Subject: Fwd: warehouse job?',
    '',
    'for you x',
    '',
    '---------- Forwarded message ---------',
    'From: Jonas Verbeek <jonas.verbeek01@example.com>',
    'Date: Sat, Mar 1, 2025 at 7:15 PM',
    'Subject: warehouse job?',
    'To: Sanne de Wit <sanne.dewit@example.net>',
    '',
    "Hi Sanne, thanks for saying you'd ask Pieter. I'm finishing my logistics diploma in April and looking for a warehouse job. I drove the forklift at the garden centre all last summer. Anything would be great.",
    'Thanks,',
    'Jonas',
  ].join('\n');

describe("a cover forwarding from a relative, for someone else's message", () => {
  it('reads the innermost sender as the candidate, the top forwarder as the writer', () => {
    const cover =
      "Ingrid - forwarding from Sanne (my sister), it's a lad from her running club. Not my side of things, but could you refer him? Seems a good lad.";
    const result = triage(forwardOfForward(cover), team('Warehouse operations: picking and dispatch', 'Picker'));
    expect(result.candidate.name).toBe('Jonas Verbeek');
    expect(result.writer).toBe('Pieter de Wit');
  });
});

describe('a colleague who suggested the writer write is no candidate', () => {
  it("reads the supervisor's student as the candidate", () => {
    const paste = [
      'Dr. Miriam Okafor <m.okafor@uni-coast.example.ac.uk>',
      'Tue, 4 Mar, 10:05',
      'to me, Leah',
      '',
      'Dear Ingrid,',
      '',
      'Our colleague Samuel Grieve from the Marine Institute (he runs the kelp surveys off your site) suggested I write to you.',
      "I supervised Leah Tranter's MRes thesis this year. She ran our kelp restoration trial for a full season and her seeding method lifted survival by 40% over the control lines. She is careful and good with the boat crews.",
      'She would like to apply for your Aquaculture Technician post. Would you be willing to refer her? If the timing is wrong, no problem at all.',
      '',
      'Best wishes,',
      'Miriam Okafor',
    ].join('\n');
    const result = triage(paste, team('Seaweed farm operations: kelp seeding and harvest', 'Aquaculture Technician'));
    expect(result.candidate.name).toBe('Leah Tranter');
    expect(result.writer).toBe('Miriam Okafor');
  });

  it('still reads a colleague named for themselves, with no sending deed, as the candidate', () => {
    const paste =
      "Dear Ingrid, my colleague Samuel Grieve is looking for a move and would like your Aquaculture Technician post. I've worked with him for six years on the kelp surveys, and his sampling plan cut our boat days by a third. Would you be willing to refer him? No problem if not. Miriam Okafor";
    const result = triage(paste, team('Seaweed farm operations: kelp seeding and harvest', 'Aquaculture Technician'));
    expect(result.candidate.name).toBe('Samuel Grieve');
  });
});
