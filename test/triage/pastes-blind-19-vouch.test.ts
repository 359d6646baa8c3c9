import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The nineteenth blind batch's misses on who is who when someone writes for a candidate, each a general rule
 * (issue 22): a named person who "was my <post> for the last four of them" held a post under the writer for
 * so long, whatever the post is called, so the note is first-hand work, not an ask passed along, and the name
 * is the candidate's; when the first phrase of work beside the writer names no one ("She's worked for me"), a later
 * one that does ("X on my team") gives the name; a chat app's row of tabs ("Chat   Files   Photos   +") is screen
 * text, so the contact's label over it still names the writer. Notes written for these tests.
 */

const team = referrerNamed('Renata');

describe('a named post under the writer, held for so long, is first-hand work', () => {
  it('judges "X was my cartographer for the last six of them" on its merits and names X', () => {
    const paste = [
      'From: Aaltonen, Mirja <m.aaltonen@pohjois-atlas.example.org>',
      'Sent: Tuesday, 3 June 2025 09:41',
      'To: Renata Vidal <r.vidal@mapworks.example.com>',
      'Cc: Oskar Lindqvist <oskar.lindqvist.maps@example.com>',
      'Subject: Oskar Lindqvist – Senior Cartographer, coastal charts',
      '',
      'Dear Renata,',
      '',
      'We met at the chart symposium in Tallinn, after your talk on tidal datums. I led the coastal charting unit at Pohjois Atlas for ten years, and Oskar Lindqvist was my cartographer for the last six of them. The unit closes in August, so I am writing on his behalf.',
      '',
      'He is applying for your Senior Cartographer, coastal charts post. He redrew our whole archipelago series and cut the time to issue a corrected sheet from nine days to two. I checked every sheet he signed off; I can vouch for his care and his speed.',
      '',
      'I have copied him so you have his details. If the timing is wrong for your team, a short no is quite fine.',
      '',
      'Kind regards,',
      'Mirja',
      '',
      'Mirja Aaltonen',
      'Head of Coastal Charting (until 31 August)',
    ].join('\n');
    const result = triage(paste, team('Coastal and nautical cartography', 'Senior Cartographer'));
    expect(result.recommendation).toBe('yes');
    expect(result.candidate.name).toBe('Oskar Lindqvist');
    expect(result.writer).toBe('Mirja Aaltonen');
  });
});

describe('a later phrase of work beside the writer names the candidate when the first names no one', () => {
  it('takes the name from "X on my crew" when "She\'s worked for me" comes first in the list', () => {
    const paste = [
      'Brennan, Orla (Ground Ops)',
      'Available',
      'Yesterday 09:05',
      'Hi Renata – Orla Brennan here, I run the ground handling crews at the north terminal (we met at the safety day in March). Quick one: Tamsin Reeve on my crew has applied for your Ramp Safety Lead vacancy and I would gladly stand behind her.',
      "She's worked for me for four years on the ramp, and she is the one the captains ask for on a tight turn. Last winter she redrew our de-icing pad rota, which cut the average wait for a pad from 25 minutes to 8.",
      'Would you be willing to put her through as a referral? She knows I am messaging you. If the panel has someone stronger in mind, no bother.',
      'Yesterday 09:07',
      'Type a message',
    ].join('\n');
    const result = triage(paste, team('Airport ramp and ground safety', 'Ramp Safety Lead'));
    expect(result.recommendation).toBe('yes');
    expect(result.candidate.name).toBe('Tamsin Reeve');
  });
});

describe("a chat app's row of tabs is screen text", () => {
  it('still names the writer from the contact label over "Chat   Files   Photos   +"', () => {
    const paste = [
      'Lindgren, Saga (Night Dispatch)',
      'Available',
      'Chat   Files   Photos   +',
      'Yesterday 23:10',
      "Hi Renata, sorry for the late message, I'm just off a night shift on dispatch.",
      "I wanted to ask before the Flight Dispatcher post closes on Monday. I've dispatched for the regional carrier for 4 years, and last year I rebuilt our fuel planning sheet so the time to release a flight plan dropped from 35 to 12 minutes.",
      'Would you be happy to refer me? If not, that is completely fine, I will apply the normal way.',
      'Saga',
      'Seen',
      'Type a new message',
    ].join('\n');
    const result = triage(paste, team('Airline flight dispatch', 'Flight Dispatcher'));
    expect(result.candidate.name).toMatch(/Saga/);
    expect(result.candidate.name).toMatch(/Lindgren/);
  });
});
