import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The sixteenth blind batch's name misses in chat threads written for someone else, each a general rule
 * (issue 22): a relative who names their own by a possessive before the bare name ("Our Josh", no relation
 * word); a contact saved with a lower-case note of where the referrer knows them ("Sasha dive club"); a
 * friend who asks the referrer to recall the candidate by name ("you know Jonno from the club, Jon
 * Ferreira?") and then speaks of "he". Notes written for these tests.
 */

const team = referrerNamed('Maeve');

describe('a relative names their own by a possessive before the bare name', () => {
  it('reads "My Saoirse has just…" in an aunt\'s text as the candidate, the aunt as the writer', () => {
    const paste = [
      'Auntie Glenda 🌻',
      'iMessage',
      'Yesterday 6:12 PM',
      '',
      'Maeve pet hope all is well!! Your dad says your running the bakery kitchens now 🥐',
      'My Saoirse has just done her pastry course and is mad keen to bake for a living. Could you find her a spot in there?? She is up at 5 every day practising. Anything at all would do x',
      'Love to your dad xx',
      'Read 6:30 PM',
    ].join('\n');
    const result = triage(paste, team('Artisan bakery production', 'Pastry Commis'));
    expect(result.candidate.name).toBe('Saoirse');
    expect(result.writer).toBe('Glenda');
  });

  it('reads "Our Callum is…" in an uncle\'s WhatsApp messages, he spoken of after it', () => {
    const paste = [
      '[03/05/2025, 18:02] Uncle Rafe: Evening Maeve, Rafe here, your mams cousin',
      "[03/05/2025, 18:03] Uncle Rafe: Our Callum is 20 now and finished with school. He's good with his hands, fixed the neighbours bikes all summer. Heard you manage the cycle workshop",
      '[03/05/2025, 18:03] Uncle Rafe: Could you sort him out with something?? He just needs a foot in the door',
      '[03/05/2025, 18:10] Uncle Rafe: <Media omitted>',
    ].join('\n');
    const result = triage(paste, team('Bicycle repair workshop', 'Workshop Mechanic'));
    expect(result.candidate.name).toBe('Callum');
    expect(result.writer).toBe('Rafe');
  });

  it('does not take a capitalized word after "My" for a name in the candidate\'s own note', () => {
    const paste =
      "Hi Maeve, I'm applying for the Pastry Commis role on your team. My Portfolio is linked on my profile and I've baked for Hollins Bakehouse for two years. Would you refer me? No worries if not. Niamh Boyle";
    const result = triage(paste, team('Artisan bakery production', 'Pastry Commis'));
    expect(result.candidate.name).toBe('Niamh Boyle');
    expect(result.writer).toBeNull();
  });
});

describe('a contact saved with a note, a friend recalled by name', () => {
  it('reads "Dario climbing gym" over a stamp as the contact Dario, and the one recalled as the candidate', () => {
    const paste = [
      'Dario climbing gym',
      'Sat 17:40',
      'Maeve! hope the shop is calm today 🙂 small favour: you know Fitz from the bouldering nights, Fitzgerald Obi? He has just come back from two seasons guiding in Chamonix. He kept the rental fleet of 60 bikes running at the hut there.',
      'He spotted your workshop mechanic opening, could you put in a word? Totally fine if not, he just came to mind when I saw it',
      'Sat 17:41',
      '🚲',
    ].join('\n');
    const result = triage(paste, team('Bicycle repair workshop', 'Workshop Mechanic'));
    expect(result.candidate.name).toBe('Fitzgerald Obi');
    expect(result.writer).toBe('Dario');
  });

  it('leaves a first line of prose over no stamp as text, not a contact', () => {
    const paste = [
      'Hello from the east side',
      "I'm Ruairi Long, and I'm applying for the Workshop Mechanic role on your team. I've serviced 300 bikes a season for Spoke & Chain. Would you refer me? No worries if not.",
    ].join('\n');
    const result = triage(paste, team('Bicycle repair workshop', 'Workshop Mechanic'));
    expect(result.candidate.name).toBe('Ruairi Long');
    expect(result.writer).toBeNull();
  });
});
