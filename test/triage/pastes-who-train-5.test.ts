import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in pastes-train-5's shapes (issue 22): a sender who gives their own full name under a
 * contact that names them otherwise; a chat message passed on under a "Forwarded" mark for the friend
 * who signs it; an exhibitor table sold at a showcase or a fair; a service asked for a relative. Notes
 * written for these tests.
 */

const yard = referrerNamed('Oskar')(
  'Boatyard maintenance: marine diesel mechanics and riggers',
  'Marine Diesel Mechanic',
);
const warehouse = referrerNamed('Ines')(
  'Warehouse operations: receiving, slotting and dock scheduling',
  'Receiving Lead',
);
const guardianship = referrerNamed('Halima')('Public guardianship: case managers and court reporting', 'Case Manager');

describe('a sender names themselves in full under a contact that names them otherwise', () => {
  it('"it\'s Teddy Vasquez" under the contact "Teodora Vasquez" is Teddy Vasquez', () => {
    const note = [
      'Teodora Vasquez',
      'iMessage',
      'Mon 8:12 PM',
      "Oskar hi, it's Teddy Vasquez from the Falmouth diesel course in 2022. I'm going for your Marine Diesel Mechanic opening; I rebuilt 40 Volvo Penta engines last season with no comebacks. Would you refer me? No worries if not.",
    ].join('\n');
    expect(triage(note, yard).candidate.name).toBe('Teddy Vasquez');
  });

  it("a given name alone under the contact keeps the contact's full name", () => {
    const note = [
      'Teodora Vasquez',
      'iMessage',
      'Mon 8:12 PM',
      "Oskar hi, it's Teodora from the Falmouth diesel course. I'm going for your Marine Diesel Mechanic opening. Would you refer me?",
    ].join('\n');
    expect(triage(note, yard).candidate.name).toBe('Teodora Vasquez');
  });

  it('a contact written surname first ("Ng Wai Kit") is not shortened to the words given ("Wai Kit")', () => {
    const note = [
      'Ng Wai Kit',
      'last seen recently',
      "Hi Oskar! It's Wai Kit from the rigging course. I'm applying for the Marine Diesel Mechanic job, could you refer me?",
    ].join('\n');
    expect(triage(note, yard).candidate.name).toBe('Ng Wai Kit');
  });
});

describe('a chat message passed on for the friend who signs it', () => {
  const forwarded = [
    '[14/02/2025, 19:30:02] Bo 🌵: Ines!! hope the new flat is treating you well',
    '[14/02/2025, 19:30:40] Bo 🌵: small favour, ignore if awkward. my cousin Ike wants the receiving lead job at your DC, he asked me to pass this on',
    '[14/02/2025, 19:30:51] Bo 🌵: Forwarded',
    "Hey Bo, thanks so much. It's the Receiving Lead posting at the Tilbury DC. I've run the inbound dock on nights at a grocery DC for 4 years and cut trailer turn time from 90 to 55 minutes. If your friend could refer me that would mean a lot. Ikechukwu Obi",
    "[14/02/2025, 19:32:10] Bo 🌵: he's the most reliable person I know",
  ].join('\n');

  it('the signer of the forwarded message is the candidate, the friend who sends it on the writer', () => {
    const result = triage(forwarded, warehouse);
    expect(result.candidate.name).toBe('Ikechukwu Obi');
    expect(result.writer).toBe('Bo');
  });

  it('a sender who forwards their own message to the referrer stays its candidate', () => {
    const own = [
      '[14/02/2025, 19:30:02] Ikechukwu Obi: Hi Ines, sending you what I wrote to the DC manager',
      '[14/02/2025, 19:30:51] Ikechukwu Obi: Forwarded',
      "Hello, I'm applying for the Receiving Lead posting. I've run an inbound dock for 4 years. Could you refer me? Ikechukwu",
    ].join('\n');
    const result = triage(own, warehouse);
    expect(result.candidate.name).toBe('Ikechukwu Obi');
    expect(result.writer).toBeNull();
  });
});

describe('a table sold at a showcase or a job fair asks for no one: its signer writes', () => {
  it('an apprentice showcase selling employer booths', () => {
    const note = [
      'From: Careers Office – Northfield Welding Institute <careers@nwi.example.org>',
      'Subject: Spring Apprentice Showcase – employer booths',
      '',
      'Dear Ines,',
      '',
      'Your team would make a wonderful addition to our Spring Apprentice Showcase on 9 May. Thirty final-year welding apprentices will run live bead tests, and employers can meet them on the floor.',
      'Employer booths are $275 and include parking and a buffet lunch. Reply to reserve an employer booth.',
      '',
      'Warm regards,',
      'Odile Fontaine',
      'Industry Partnerships, Northfield Welding Institute',
    ].join('\n');
    const result = triage(note, warehouse);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Odile Fontaine');
    expect(result.recommendation).toBe('no');
  });

  it('a candidate who once ran the vendor booths at a fair still asks for themselves', () => {
    const note =
      "Hi Ines, I'm applying for your Receiving Lead role. For three summers I ran the vendor booths at the county fair and cut setup time from 6 hours to 4. Could you refer me? No worries if not.\nMarisol Pereira";
    const result = triage(note, warehouse);
    expect(result.signals.notAReferral.present).toBe(false);
    expect(result.candidate.name).toBe('Marisol Pereira');
  });
});

describe('a service asked for a relative is no job ask: its sender writes', () => {
  it('"could your agency act as his conservator" names no candidate', () => {
    const note = [
      'Hello Halima,',
      '',
      "A social worker at Lakeside Rehab passed me your details. My father is 81 and since his stroke he can't manage his bills, and my sister and I live abroad. Could your agency act as his conservator, or point me to where we apply?",
      '',
      'With thanks,',
      'Graham Oduya',
    ].join('\n');
    const result = triage(note, guardianship);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Graham Oduya');
    expect(result.recommendation).toBe('no');
  });

  it('an ask for a coffee chat about the field keeps its writer as the candidate', () => {
    const note =
      "Hi Halima, I'm a probate paralegal thinking about moving into guardianship casework. Could you spare 20 minutes for a coffee chat about what your case managers do day to day? Totally fine if not.\nPriya Natarajan";
    expect(triage(note, guardianship).candidate.name).toBe('Priya Natarajan');
  });
});
