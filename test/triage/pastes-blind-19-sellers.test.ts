import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The nineteenth blind batch's sellers and relatives (issue 22): a trader offering price lists and a visit
 * with samples is a sale, signed by its writer with no candidate; a firm asking to be put on a supplier list
 * ("refer us to…", "put us on…") names no one to refer; "help her to get in" is an ask for someone else;
 * "Good evening all" greets a whole group, so a post there is a broadcast. Notes written for these tests.
 */

const team = referrerNamed('Ilse');

describe('a trader offering price lists and a visit with samples', () => {
  it('is a sale: its signer is the writer, and there is no candidate', () => {
    const paste = [
      'Messenger',
      'Tobias Wrenfield',
      'Active 2h ago',
      'Tobias Wrenfield',
      'Sales Lead at Northmoor Timber Supply',
      'Tue 15:40',
      "Hi Ilse! Tobias from Northmoor Timber Supply here, we spoke at the joinery fair in Leeds. We've just had 40 tonnes of kiln-dried European oak come in, quarter-sawn and graded. Glad to send across price lists for the lot, or swing by with a few samples on Thursday? No worries if you're fully stocked!",
      'Tobias',
      'Sales Lead · Northmoor Timber Supply',
    ].join('\n');
    const out = triage(paste, team('Furniture workshop: joinery and finishing', 'Bench Joiner'));
    expect(out.recommendation).toBe('no');
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Tobias Wrenfield');
  });
});

describe('a firm asking to be put on a supplier list', () => {
  it('names no one to refer: its signer is the writer', () => {
    const paste = [
      'From: Marisol Quenby <marisol@harbourcrew-staffing.example.com>',
      'Sent: Monday, March 3, 2025 9:05 AM',
      'To: Ilse Kramer',
      'Subject: Deckhands for your charter season',
      '',
      'Hi Ilse,',
      '',
      'HarbourCrew Staffing places certified deckhands and galley crew on short contracts; we have 12 people ready for April.',
      '',
      "Could you refer us to whoever handles seasonal crew on your side, or put us on your preferred vendor list? I'd be glad to hop on a short call this week.",
      '',
      'Kind regards,',
      '',
      'Marisol Quenby',
      'Account Manager',
      'HarbourCrew Staffing Ltd.',
    ].join('\n');
    const out = triage(paste, team('Marina operations: charters and moorings', 'Charter Deckhand'));
    expect(out.recommendation).toBe('no');
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Marisol Quenby');
  });
});

describe('a father asking "could you help her to get in?" for his daughter', () => {
  it('names the daughter as the candidate and the father as the writer', () => {
    const paste = [
      '[02/09/2025, 20:11:05] Emeka Aniagolu: Evening Ilse, Emeka here from the allotment society',
      '[02/09/2025, 20:12:30] Emeka Aniagolu: This is my daughter Adaeze. She has just completed her diploma in horticulture and she loves propagation work',
      '[02/09/2025, 20:13:44] Emeka Aniagolu: I saw the nursery is looking for a Propagation Technician. Could you help her to get in? Anything to start with is fine',
      '[02/09/2025, 20:14:10] Emeka Aniagolu: No pressure at all, I know you are busy',
    ].join('\n');
    const out = triage(paste, team('Plant nursery: propagation and growing', 'Propagation Technician'));
    expect(out.candidate.name).toBe('Adaeze');
    expect(out.writer).toBe('Emeka Aniagolu');
  });
});

describe('"Good evening all" opening a post to a group for any job', () => {
  it('is a broadcast, not a personal ask', () => {
    const paste = [
      '[11/01/2025, 18:02:10] ~ Kit: Good evening all, sorry to post this here! After any work at all in bakeries, packing, deliveries, front of house, whatever is going. I have my food hygiene certificate and can start Monday.',
      "[11/01/2025, 18:03:30] ~ Kit: If anyone's bakery is hiring please put a word in for me. Thanks, Kitty",
    ].join('\n');
    const out = triage(paste, team('Artisan bakery: production and shop', 'Bakery Assistant'));
    expect(out.signals.broadcast.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });
});
