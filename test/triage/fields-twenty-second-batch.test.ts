import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { note, profile } from '../helpers/notes.js';

/**
 * What the twenty-second blind batch (concrete, optometry, event catering, industrial maintenance,
 * academic library, trial monitoring, auction house, child welfare) taught, on notes written for
 * these tests.
 */

describe('results the batch wrote in words', () => {
  it.each([
    'Leaks used to show up on most roofs; since I started seam checks, we hardly see them.',
    'I poured 300 slabs and never had a slab rejected.',
    'I ran events for 500 guests with no food safety violations.',
    'I audited 12 sites and none of them had a major finding.',
    'We got the best guest rating of all the hotels in the group.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a before and after split across clauses is quoted whole, not its first half', () => {
    const events = profile('Event catering: banquet captains and catering servers', [
      { title: 'Banquet Captain', url: 'https://careers.example.com/jobs/ec-1' },
    ]);
    const text =
      'Hi Sam, I sat in on your service training. I’m applying for the Banquet Captain role. At my hotel, dinners for 300 used to take close to an hour to serve; after I set up two plating lines, we serve in about twenty-five minutes. Could you refer me? Fine if not.';
    const result = triage(text, events);
    expect(result.recommendation).toBe('yes');
    expect(result.drafts?.yes).toContain('we serve in about twenty-five minutes');
  });
});

describe('pressure the batch wrote', () => {
  it.each([
    'I already told the foreman you’d vouch for me.',
    'Don’t leave me hanging.',
    'After everything I did for your event, I think you can do this for me.',
    'She said you’d understand if I asked you directly.',
  ])('"%s" is pressure', (sentence) => {
    expect(triage(note(sentence)).signals.pressure.present).toBe(true);
  });
});
