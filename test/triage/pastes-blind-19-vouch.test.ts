import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The nineteenth blind batch's misses on who is who when someone writes for a candidate, each a general rule
 * (issue 22): a named person who "was my <post> for the last four of them" held a post under the writer for
 * so long, whatever the post is called, so the note is first-hand work, not an ask passed along, and the name
 * is the candidate's. Notes written for these tests.
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
