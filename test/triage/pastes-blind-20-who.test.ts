import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The twentieth blind batch's and pastes-train-7's name misses, each a general rule (issue 22): a signature
 * block set apart by a rule ("—") still names its writer on the line under it; a relative who names their own
 * by a possessive before the bare name says what that one saw ("Our Tobias spotted…"); a saint's name
 * ("St Anselm's bowls club") names a church, a school or a club, never the person a note is about. Notes
 * written for these tests.
 */

const team = referrerNamed('Dana');

describe('a signature block under a rule', () => {
  it('reads the full name under "—" over a header that gives only an initial and the surname', () => {
    const paste = [
      'R. Castellano-Vega <bea.cv.props@mail.example.com>',
      'Tue, 4 Feb, 16:40',
      'to me',
      '',
      'Hello Dana,',
      '',
      "I'm hoping to be considered for the Props Maker post on your spring season. At the Lyric I carved and",
      'painted 22 foam-and-resin props for one production in six weeks, all of them passing the fire check first time.',
      '',
      "If it isn't a good moment, that's fine - I'll apply through the portal regardless.",
      '',
      'Many thanks,',
      'Bea',
      '',
      '—',
      'Beatriz Castellano-Vega',
      'Props Maker | Bristol | bea.cv.props@mail.example.com',
    ].join('\n');
    const result = triage(paste, team('Theatre props workshop', 'Props Maker'));
    expect(result.candidate.name).toBe('Beatriz Castellano-Vega');
  });
});

describe("a relative's own, named by a possessive before the bare name", () => {
  it('reads "Our Tobias spotted…" as the candidate, the one who sends it as the writer', () => {
    const paste = [
      "Hi Dana, it's Rosalind from St Anselm's bowls club. Our Tobias spotted the Warehouse Picker posts at your",
      "depot and he's keen. He's 19 and passed his forklift course in June. He's reliable and always early.",
      'Could you put in a good word for him? No bother if not.',
    ].join(' ');
    const result = triage(paste, team('Warehouse operations', 'Warehouse Picker'));
    expect(result.candidate.name).toBe('Tobias');
    expect(result.writer).toBe('Rosalind');
  });
});

describe("a saint's name is a place's", () => {
  it('never takes "St Anselm" of "St Anselm\'s bowls club" for the one the note is about', () => {
    const paste = [
      "Hi Dana, it's Rosalind from St Anselm's bowls club. He's 19 and passed his forklift course in June.",
      "He's reliable and always early. He spotted the Warehouse Picker posts at your depot.",
      'Could you put in a good word for him? No bother if not.',
    ].join(' ');
    const result = triage(paste, team('Warehouse operations', 'Warehouse Picker'));
    expect(result.candidate.name).not.toBe('St Anselm');
    expect(result.candidate.name).toBeNull();
  });
});
