import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The eighteenth blind batch's misses on who is who when someone writes for a candidate, each a general rule
 * (issue 22): a post under the writer held for so long ("she was my <post> for two years", "who's been my
 * <post> for the last four years") is first-hand work, and a presenting verb beside it ("I'd like to put
 * forward …") is the manager's, not an agency's; a first-hand phrase whose capture is no name ("She has been
 * my…") falls back on the name the sentences are about; a name the next sentence takes up as "she" is a person; a
 * relative named after a conjunction ("So my niece Orla is…"); a parent's photo caption ("That's my Ruairi
 * with his medal"); a letter's "to recommend <name> for your <post>". Notes written for these tests.
 */

const team = referrerNamed('Priya');

describe('a post under the writer, held for so long, is first-hand work', () => {
  it('judges "She was my head baker for three seasons" on its merits, the name the sentence before gives', () => {
    const paste = [
      'Tomasz Wrona (Gdańsk kitchens)',
      'iMessage',
      'Today 07:12',
      '',
      "Priya hi, Tomasz. Saw you're hiring a Pastry Section Lead for the new hotel. You need Kasia Nowak-Lis. She was my head baker for three seasons at Bursztyn",
      '',
      'She cut our overnight proofing waste from 14% to 3% and trained four commis who all still work the line',
      '',
      "Could you get her in front of the chef? I'll have her send her CV, and I'm happy to talk. If it's filled already, no bother",
      '',
      'Delivered',
    ].join('\n');
    const result = triage(paste, team('Hotel pastry and bakery kitchen', 'Pastry Section Lead'));
    expect(result.recommendation).toBe('yes');
    expect(result.candidate.name).toBe('Kasia Nowak-Lis');
    expect(result.writer).toBe('Tomasz Wrona');
  });

  it('reads "I\'d like to put forward X, who\'s been my <post> for the last five years" as a vouch, not an agency', () => {
    const paste = [
      'Okafor, Chidi (Estates - Leeds Depot)    Available',
      'Yesterday 11:05',
      "Hi Priya, we've not met - Chidi Okafor, I manage the Leeds depot. Maren said you're the person for the Signalling Maintenance Supervisor vacancy at York.",
      '',
      "I'd like to put forward Ifeoma Bassey, who's been my senior signal tester on weekends for the last five years. She rebuilt our fault log so that repeat faults dropped from 41 a quarter to 9 over 2024. She holds her IRSE licence and mentors our trainees.",
      '',
      "She's applying through the portal anyway, but a referral from you would really help. Happy to take a call. Completely fine if you'd rather it goes the usual way.",
    ].join('\n');
    const result = triage(paste, team('Railway signalling maintenance', 'Signalling Maintenance Supervisor'));
    expect(result.recommendation).toBe('yes');
    expect(result.candidate.name).toBe('Ifeoma Bassey');
    expect(result.writer).toBe('Chidi Okafor');
  });

  it('takes the name the sentences are about when the first-hand phrase gives only "She"', () => {
    const paste =
      'Hi Priya, Gustavo Reyes here from the Valencia control room. Rosa Quintero is the person you want for your Dispatch Team Lead opening. She has been my shift coordinator since 2019 and she rebuilt our call triage so that average answer time fell from 19 seconds to 7. She trained every new dispatcher we hired last year. Could you pass her name to the hiring manager? Totally fine if you already have someone.';
    const result = triage(paste, team('Emergency dispatch operations', 'Dispatch Team Lead'));
    expect(result.recommendation).toBe('yes');
    expect(result.candidate.name).toBe('Rosa Quintero');
    expect(result.writer).toBe('Gustavo Reyes');
  });

  it('still reads a firm that presents someone, with no work of its own beside them, as an agency', () => {
    const paste =
      'Hi Priya, Northgate Talent would like to put forward Lukas Brandt for your Signalling Maintenance Supervisor vacancy. He brought repeat faults down by 60% at his last depot. Our standard fee applies on placement. Let me know if you would like his profile.';
    const result = triage(paste, team('Railway signalling maintenance', 'Signalling Maintenance Supervisor'));
    expect(result.recommendation).toBe('no');
  });

  it('does not read "she\'s been my best friend for years" as first-hand work', () => {
    const paste =
      "Hi Priya, I'd like to put forward Ines Caldas, she's been my best friend for years. Could you pass her name on for the Signalling Maintenance Supervisor job? No worries if not.";
    const result = triage(paste, team('Railway signalling maintenance', 'Signalling Maintenance Supervisor'));
    expect(result.recommendation).not.toBe('yes');
  });
});

describe('a relative or parent names their own', () => {
  it('reads "So my niece Orla is…" after a conjunction as the candidate, the sender as the writer', () => {
    const paste = [
      '[02/03/2025, 20:14:05] Maureen Feeney: Hi Priya pet, Maureen from the bridge club here 😊',
      '[02/03/2025, 20:15:40] Maureen Feeney: So my niece Orla is daft about horses since she could walk, she did three summers mucking out at the Curragh yard.',
      '[02/03/2025, 20:15:52] Maureen Feeney: Heard your stables need a groom?',
      "[02/03/2025, 20:16:30] Maureen Feeney: She'd be brilliant, up at dawn every day",
      '[02/03/2025, 20:17:01] Maureen Feeney: Would you put in a word?? Only if you can love xx',
    ].join('\n');
    const result = triage(paste, team('Racing stables: yard staff and grooms', 'Yard Groom'));
    expect(result.candidate.name).toBe('Orla');
    expect(result.writer).toBe('Maureen Feeney');
  });

  it('reads a photo caption "That\'s my Ruairi with his medal!!" as naming the son the mother asks for', () => {
    const paste = [
      '[21/05/2025, 18:40:11] Gráinne Tully: Hi Priya, Gráinne from the pharmacy on Main St 😊',
      '[21/05/2025, 18:40:30] Gráinne Tully: <Media omitted>',
      "[21/05/2025, 18:41:02] Gráinne Tully: That's my Ruairi with his medal!! He's just done his powerboat level 2 and his first aid, he turns 19 in August",
      "[21/05/2025, 18:42:15] Gráinne Tully: He'd love to instruct kayaking with you this summer, he's been on the lake since he was 8. Would you mention him to whoever hires? Only if he's ready x",
    ].join('\n');
    const result = triage(paste, team('Outdoor activity centre: kayak and canoe instruction', 'Kayak Instructor'));
    expect(result.candidate.name).toBe('Ruairi');
    expect(result.writer).toBe('Gráinne Tully');
  });

  it('reads "Thats our Declan at…" the same way in a text typed without apostrophes', () => {
    const paste = [
      '[09/04/2025, 19:02] Sandra Keogh: Hiya Priya its Sandra from no. 6 😊',
      '[09/04/2025, 19:03] Sandra Keogh: Thats our Declan at his graduation!! So proud',
      "[09/04/2025, 19:05] Sandra Keogh: He's just finished his electrical apprenticeship at the tech and done a year with Hanlon Electric. Saw you've an Maintenance Electrician job going?? Could you put a word in for him",
      "[09/04/2025, 19:06] Sandra Keogh: He's a good lad, always fixing something lol",
      '[09/04/2025, 19:07] Sandra Keogh: No pressure if you cant x',
    ].join('\n');
    const result = triage(paste, team('Plant maintenance: electrical and mechanical', 'Maintenance Electrician'));
    expect(result.candidate.name).toBe('Declan');
    expect(result.writer).toBe('Sandra Keogh');
  });
});

describe("a letter's recommendation names whom it is for", () => {
  it('reads "to recommend <name> for your <post>" in a supervisor\'s letter: the one recommended, the signer the writer', () => {
    const paste = [
      'Dr. Tobias Lindqvist <t.lindqvist@geo.uni-example.se>',
      'Tue, 11 Feb, 09:03',
      'to me',
      '',
      'Dear Priya,',
      '',
      'I am writing to recommend Mirela Vasić for your Sediment Core Technician post.',
      '',
      'Mirela did her thesis with me and then stayed three years as lab engineer in our core store, so I have watched her work closely. She runs our XRF scanner and our splitting bench. She rebuilt the scanner calibration routine, which cut our repeat-measurement error from 8% to under 2%. She is patient and precise.',
      '',
      'Our grant for her post ends in May. If the post is already filled, I quite understand.',
      '',
      'Kind regards,',
      'Tobias',
      '',
      '--',
      'Dr. Tobias Lindqvist',
      'Department of Geology',
    ].join('\n');
    const result = triage(paste, team('Sediment core laboratory', 'Sediment Core Technician'));
    expect(result.candidate.name).toBe('Mirela Vasić');
    expect(result.writer).toBe('Tobias Lindqvist');
    expect(result.recommendation).not.toBe('no');
  });
});
