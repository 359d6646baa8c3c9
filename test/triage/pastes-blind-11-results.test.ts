import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { readResult } from '../../src/triage/reading/read-result.js';

/**
 * What the eleventh paste batch's results left (issue 22): a test passed at a mark the writer names
 * ("passed the typing exam at 90 wpm"), a count done against the clock ("restored 12 feeders within
 * 6 hours"), a clean record over a stretch with no exceedance, excursion or minutes off-air, and a
 * retail buyer of a merchandise category is in merchandising (buying and merchandising are one desk).
 */

describe('a test passed at a mark', () => {
  it('"cleared the certification exam at 98 wpm" and "passed the board with a 91" are results', () => {
    expect(readResult('In 2023 I cleared the medical transcription certification at 98 wpm.')?.kind).toBe('count');
    expect(readResult('I passed the pharmacy board with a 91 on my first sitting.')).not.toBeNull();
  });

  it('a test passed in a year, or a meeting held at a number, is not', () => {
    expect(readResult('I passed the licensing exam in 2021.')).toBeNull();
    expect(readResult('We met at 10 and talked about the opening.')).toBeNull();
  });
});

describe('a count against the clock', () => {
  it('"restored 12 feeders within 6 hours" and "rehoused 30 families in under two weeks" are results', () => {
    const storm = readResult(
      'After the ice storm our crew restored 12 feeders within 6 hours of the last outage call.',
    );
    expect(storm?.kind).toBe('count');
    expect(readResult('I rehoused 30 families in under two weeks after the flood.')?.kind).toBe('count');
  });

  it('a count without a deadline stays a volume, and a plan stays a plan', () => {
    expect(readResult('I manage 14 technicians within the east region.')?.kind).not.toBe('count');
    expect(readResult('I would aim to close 20 tickets within a day.')).toBeNull();
  });
});

describe('clean records in new words', () => {
  it('no exceedance, no excursions, zero minutes off-air over a stretch are results', () => {
    expect(readResult('Our lab went 600 days with no discharge limit exceedance.')?.kind).toBe('clean-record');
    expect(readResult('I shipped 400 vaccine pallets with no temperature excursions.')?.kind).toBe('clean-record');
    expect(readResult('We moved the station to the new tower with zero minutes off-air.')?.kind).toBe('clean-record');
  });
});

const outfitter = ProfileSchema.parse({
  name: 'Rosalind Achebe',
  teamArea: 'Menswear merchandising and allocation for a 90-store outdoor clothing chain',
  openRoles: [{ title: 'Merchandise Planner, Outerwear', url: 'https://jobs.example.com/merch-planner-outerwear' }],
});

describe('retail buying is merchandising', () => {
  it('a buyer for knitwear asking for a merchandise planner role is a strong fit', () => {
    const note =
      'Hi Rosalind, we spoke after your open-to-buy session at the retail planning summit in Leeds. I have applied for ' +
      'the Merchandise Planner, Outerwear role. I am an assistant buyer for knitwear at a department store group, and ' +
      'this autumn I lifted full-price sell-through from 48% to 63% by pulling two late deliveries. Would you be ' +
      'happy to refer me? No problem at all if not.\n\nThanks,\nTeodor Lindqvist';
    const out = triage(note, outfitter);
    expect(out.fit.level).toBe('strong');
    expect(out.recommendation).toBe('yes');
  });

  it('a procurement buyer stays procurement', () => {
    const note =
      'Hi Rosalind, I met you at the Leeds retail planning summit. I have applied for the Merchandise Planner, ' +
      'Outerwear role. I am a senior buyer of office supplies and facilities services for a county council, and I ' +
      'cut our stationery spend from £410k to £300k. Would you refer me? No problem if not.\n\nTeodor Lindqvist';
    expect(triage(note, outfitter).fit.level).not.toBe('strong');
  });
});
