import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/triage/reading/quantities.js';
import { readResult } from '../../src/triage/reading/read-result.js';

/**
 * A clean record told as none of a counted body of work meeting a bad end (issue 22): "0 of my 140 welds
 * failed the bend test", "none of the 80 valuations I signed were challenged". The outcome must follow what
 * is counted; a score ("0 of 5 stars") and a job search ("none of my 30 applications were answered") are no
 * record. And a level's figure ("a Level 3 diploma") is a name, no count of the noun after it.
 */

describe('none of a counted body of work met a bad end', () => {
  it.each([
    'Across three winters 0 of my 140 pipeline welds failed the bend test.',
    'None of my 80 property valuations were challenged by the lenders.',
    'Zero of our 55 kitchen refits have been sent back for snagging.',
    'Last year none of my 200 boiler services came back under warranty.',
  ])('reads "%s" as a result', (sentence) => {
    expect(readResult(sentence)?.kind).toBe('clean-record');
  });

  it.each([
    'The old app rated it 0 of 5 stars.',
    'None of my 30 applications were answered.',
    '0 of my 12 interviews turned into offers.',
    'None of the 4 horses in the yard are mine.',
  ])('reads no result in "%s"', (sentence) => {
    expect(readResult(sentence)).toBeNull();
  });
});

describe("a level's figure names its level", () => {
  it('reads no count in "a Level 3 diploma" or "my Grade 5 theory"', () => {
    expect(readQuantities('I hold a Level 3 diploma in joinery').some((q) => q.kind === 'count')).toBe(false);
    expect(readQuantities('I passed my Grade 5 theory in March').some((q) => q.kind === 'count')).toBe(false);
  });

  it('reads no result in a course finished in a month, then a start age', () => {
    expect(
      readResult(
        'I completed my Level 3 diploma in joinery at college in June and I have been making furniture since I was 15.',
      ),
    ).toBeNull();
  });

  it('still reads a change from one level to another', () => {
    expect(readResult('I moved 20 pupils from band 2 to band 4 in reading in one year.')?.kind).toBe('change');
  });
});

describe("a level's figure is no after to the sentence before", () => {
  it('reads no change from a count to a level certificate in the next sentence', () => {
    const previous = 'Over the winter I ran the night gritting rota for 212 routes across the district.';
    expect(readResult('Grade 3 plant ticket renewed in May.', { previous })).toBeNull();
  });

  it('reads no after in a posting\'s level told with "now" after a numbered before', () => {
    const previous = 'We met at the county show last May (I was the one whose trailer lost a wheel at gate 4).';
    expect(
      readResult("I've now spotted the Head Groom (BHS Stage 3+) advert on your yard's page.", { previous }),
    ).toBeNull();
  });

  it('still reads a short after that answers the sentence before', () => {
    const previous = 'Last winter we had nine burst mains on my patch.';
    expect(readResult('This winter, two.', { previous })?.joinsPrevious).toBe(true);
  });
});
