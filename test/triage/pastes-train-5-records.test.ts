import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { readResult } from '../../src/triage/reading/read-result.js';

/**
 * What the fifth training paste batch left (issue 22): a clean record held over a stretch of work
 * counted after it ("in 900 dives", "across 40 issues") or told back ("in that time"), dropped frames
 * and calls as a thing that did not happen, and easy outs said as "100% fine", "if not all good",
 * "happy to leave it otherwise".
 */

describe('a clean record over a stated stretch of work', () => {
  it('a count of the work after the record is its span', () => {
    expect(readResult('Our hangar logged no lost-time incidents across 2,300 engine changes.')?.kind).toBe(
      'clean-record',
    );
    expect(readResult('I ran the night desk with not a single missed edition over 180 issues.')?.kind).toBe(
      'clean-record',
    );
  });

  it('a span told back from the sentence before is a span', () => {
    expect(readResult('In all that time our auditors raised no findings on my ledgers.')?.kind).toBe('clean-record');
    expect(readResult('Over that whole stretch we had no lost shipments.')?.kind).toBe('clean-record');
  });

  it('dropped frames and calls are what a clean record counts', () => {
    expect(readResult('we streamed the regional cup for nine hours with zero dropped frames')?.kind).toBe(
      'clean-record',
    );
    expect(readResult('My queue went 30 weeks without a dropped call.')?.kind).toBe('clean-record');
  });

  it('without a strong word, a span or a count before it, "no" is no record', () => {
    expect(readResult('I had no errors to fix in the handover notes.')).toBeNull();
    expect(readResult('We had no dropdowns in the old form.')).toBeNull();
    expect(readResult('There were no complaints in the day I shadowed.')).toBeNull();
  });
});

const streaming = ProfileSchema.parse({
  name: 'Ingrid Solberg',
  teamArea: 'Live sports streaming production: vision mixing, replay and graphics for a streaming network',
  openRoles: [{ title: 'Senior Vision Mixer', url: 'https://jobs.example.com/senior-vision-mixer' }],
});

describe('a chat paste with a clean record in lowercase lines', () => {
  it('reads the record as the proof point and recommends yes', () => {
    const note = [
      'marek_v — Yesterday at 9:02 PM',
      'hey Ingrid, we worked the same OB truck at the handball euros in Vienna (I was on replay next to your desk). saw the Senior Vision Mixer opening on your jobs page',
      'marek_v — Yesterday at 9:03 PM',
      'short version: 4 years vision mixing basketball and handball on a Ross Carbonite, 3 cams plus graphics. this spring we did a 9 hour charity marathon with zero dropped frames on air',
      'marek_v — Yesterday at 9:03 PM',
      'any chance you could refer me? if not all good, thanks either way. – Marek',
    ].join('\n');
    const out = triage(note, streaming);
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.signals.proofPoint.evidence).toContain('zero dropped frames');
    expect(out.signals.gracefulExit.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });
});

describe('easy outs in new words', () => {
  const ask = (tail: string) =>
    triage(
      `Hi Ingrid, we met at the streaming summit in Oslo. I am applying for the Senior Vision Mixer role; I mixed 200 live matches and cut our late cue count from 14 to 3 a season. Would you refer me? ${tail}\n\nMarek`,
      streaming,
    ).signals.gracefulExit.present;

  it('"100% fine", "if not all good" and "happy to leave it otherwise" are easy outs', () => {
    expect(ask('If you would rather I apply the usual way, that is 100% fine.')).toBe(true);
    expect(ask('if not all good, I get it')).toBe(true);
    expect(ask('Happy to leave it there otherwise.')).toBe(true);
    expect(ask('If not, I am glad to drop it.')).toBe(true);
  });

  it('a plain ask with no way out has none', () => {
    expect(ask('I am 100% sure I am the right person.')).toBe(false);
    expect(ask('Please drop it into the hiring channel.')).toBe(false);
  });
});
