import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in chat transcripts (issue 22), in new wording: a group member shown only by their number
 * writes the note, and other members' names are not theirs; a full name given as an afterthought ("… btw");
 * a message that only fixes a typo ("*word") under a signed message; Facebook Messenger's screen, whose
 * "Seen by" is no LinkedIn page's, with a contact's name that has a one-letter word; and a one-word name
 * followed by the same person's full name in brackets.
 */

const team = referrerNamed('Rhiannon');
const bakery = team('Artisan bakery production: lamination, proving and the early bake', 'Lamination Baker');

describe('a group chat whose writer is shown only by a number', () => {
  const group = (after: string[]) =>
    [
      '[11/09/2025, 06:10] Marguerite Oyelaran: Morning bakers! Reminder the croissant workshop is on Thursday',
      '[11/09/2025, 06:12] Theo Vance: 🥐',
      '[11/09/2025, 06:15] Theo Vance: <Media omitted>',
      '[11/09/2025, 06:31] +61 412 555 019: @Rhiannon saw you are after a Lamination Baker. I have laminated croissant dough on nights for four years and cut our butter breakouts from 1 in 10 trays to 1 in 50. Could you refer me? No stress if not.',
      ...after,
    ].join('\n');

  it("reads no other member's name as the writer's, and leaves their later reply out of the note", () => {
    const paste = group(['[11/09/2025, 06:40] Theo Vance: legend, good luck mate']);
    const result = triage(paste, bakery);
    expect(result.candidate.name).toBeNull();
    expect(result.drafts?.yes).not.toMatch(/Theo|Marguerite/);
    expect(normalizeRequest(paste).text).not.toContain('legend');
  });

  it('reads the full name the number gives in a following message', () => {
    const paste = group([
      '[11/09/2025, 06:32] +61 412 555 019: Priyanka Raghavan btw, we met at the sourdough meetup in Fremantle',
      '[11/09/2025, 06:40] Theo Vance: top baker Priyanka 👏',
    ]);
    expect(triage(paste, bakery).candidate.name).toBe('Priyanka Raghavan');
  });
});

describe("a message that fixes a typo under the writer's signed message", () => {
  it('is no sentence of the note, and the sign-off above it stands', () => {
    const paste = [
      'ovenbird_77 — Today at 05:48',
      "hi Rhiannon, I'm after the Lamination Baker role you posted in #bakery-jobs. Four years on nights laminating croissant dough at a wholesale bakery. Could you refer me?",
      '— Ottilie',
      'ovenbird_77 — Today at 05:49',
      '*wholesale patisserie not bakery (edited)',
    ].join('\n');
    expect(normalizeRequest(paste).text).not.toContain('patisserie');
    expect(triage(paste, bakery).candidate.name).toBe('Ottilie');
  });

  it('keeps a bullet that starts with an asterisk and a space', () => {
    const paste = [
      'ovenbird_77 — Today at 05:48',
      "hi Rhiannon, I'm after the Lamination Baker role. What I bring:",
      '* four years laminating on nights',
      'ovenbird_77 — Today at 05:49',
      'could you refer me?',
    ].join('\n');
    expect(normalizeRequest(paste).text).toContain('four years laminating');
  });
});

describe("Facebook Messenger's screen around a friend's note for someone else", () => {
  const paste = [
    'Siobhán Ó Dálaigh',
    'Active 12m ago',
    "You're friends on Facebook",
    'Works at Harbour Loaf Co',
    'Siobhán Ó Dálaigh',
    "Rhiannon hiya! Ages since the bake-off. My cousin Ros (Rosalind Achterberg) has done four years on a croissant line and took their rejected trays from 9% to 3%. She's seen you're hiring a Lamination Baker, would you refer her?",
    'Siobhán Ó Dálaigh',
    'totally fine if not!',
    'Seen by Rhiannon at 22:14',
    'Aa',
  ].join('\n');

  it('reads the thread as a chat: no screen line or receipt is the note', () => {
    const intake = normalizeRequest(paste);
    expect(intake.shape).toBe('chat');
    expect(intake.text).not.toMatch(/Seen by|Siobhán|^Aa$/m);
  });

  it('names the friend as the writer and the full name in brackets as the candidate', () => {
    const result = triage(paste, bakery);
    expect(result.writer).toBe('Siobhán Ó Dálaigh');
    expect(result.candidate.name).toBe('Rosalind Achterberg');
  });
});
