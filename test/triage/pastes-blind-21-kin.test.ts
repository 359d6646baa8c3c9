import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The twenty-first blind batch's name misses in parents' chat messages, each a general rule (issue 22): a
 * parent names their own by a possessive and which child they are, before the bare name ("My eldest Tomos
 * is…"); a sentence starts after a chat's emoji as after a full stop; and what the writer says they said
 * ("so I said I would") is no deed of a go-between. Notes written for these tests.
 */

const team = referrerNamed('Nerys');

describe("a parent's own, named by a possessive before the bare name", () => {
  it('reads "My eldest Tomos is…" after an emoji as the candidate, the parent as the writer', () => {
    const paste = [
      'Gwenllian Pryce',
      'Active now',
      '',
      'Gwenllian Pryce',
      "Evening Nerys, your aunty Mair passed on your details, hope that's alright 🙂 My eldest Tomos is desperate to get into boat building. He's been restoring an old clinker dinghy in the garage all winter. He's a bit shy about asking strangers so here I am!! Could you mention him for the apprentice boatbuilder post? Don't worry if not x",
      '20:14',
    ].join('\n');
    const result = triage(paste, team('Traditional wooden boat building', 'Apprentice Boatbuilder'));
    expect(result.candidate.name).toBe('Tomos');
    expect(result.writer).toBe('Gwenllian Pryce');
  });

  it('reads "My Ffion has…" though the mother says she said she would ask', () => {
    const paste = [
      '[02/03/2025, 08:41] Delyth Morgan: Morning Nerys, Delyth from the swimming club here',
      '[02/03/2025, 08:42] Delyth Morgan: My Ffion has just done her level 3 in sail making at college and saw your loft is taking on a trainee sailmaker',
      "[02/03/2025, 08:43] Delyth Morgan: She's far too nervous to ask you so we said we would. Could you put a word in for her? Totally fine if you can't x",
    ].join('\n');
    const result = triage(paste, team('Sail loft', 'Trainee Sailmaker'));
    expect(result.candidate.name).toBe('Ffion');
    expect(result.writer).toBe('Delyth Morgan');
  });

  it('still reads "she told me you are hiring" as a go-between\'s deed, not an ask for her', () => {
    const paste =
      "Hi Nerys, I'm applying for the Trainee Sailmaker role in your loft. My Gran knows your foreman. She told me you were hiring and she has always said I sew neatly. I've cut and stitched 12 dinghy sails for our club. Would you refer me? No worries if not. Carys Bevan";
    const result = triage(paste, team('Sail loft', 'Trainee Sailmaker'));
    expect(result.candidate.name).toBe('Carys Bevan');
    expect(result.writer).toBeNull();
  });
});
