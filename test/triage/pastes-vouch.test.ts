import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/** Vouches from first-hand work, in shapes the blind paste set 2 showed (issue 22): each rule on a note of its own. */

const profile = warehouseReferrer;

const result = 'After he rebuilt our dock schedule, trailer dwell fell from 31 to 12 hours.';
const close = 'Would you be willing to refer him? No worries if not.\n\nBest,\nGreta Olsen';

describe('a vouch from first-hand work is judged on its merits', () => {
  it.each([
    [
      'an old teammate "from" a former employer',
      `My old teammate from Brightline, Rui Tavares, just applied for your Inbound Operations Supervisor role. ${result}`,
    ],
    [
      'the candidate\'s own boss ("I was X\'s night supervisor")',
      `I was Rui Tavares's night supervisor at Brightline for three years. He's applying for your Inbound Operations Supervisor role. ${result}`,
    ],
    [
      '"who has been the lead X on my team"',
      `I'm writing about Rui Tavares, who has been the lead receiver on my dock for three years. He's applying for your Inbound Operations Supervisor role. ${result}`,
    ],
  ])('%s names the candidate', (_, body) => {
    const out = triage(`Hi Marta,\n\n${body} ${close}`, profile);
    expect(out.candidate.name).toBe('Rui Tavares');
    expect(out.writer).toBe('Greta Olsen');
    expect(out.recommendation).not.toBe('no');
  });

  it.each([
    ["I've managed him for 3 yrs."],
    ['Two things I can speak to first-hand.'],
    ['I sat next to him for two years.'],
  ])('"%s" is first-hand work with a named candidate', (said) => {
    const body = `Rui Tavares, one of my receivers, is applying for your Inbound Operations Supervisor role. ${said} ${result}`;
    const out = triage(`Hi Marta,\n\n${body} ${close}`, profile);
    expect(out.candidate.name).toBe('Rui Tavares');
    expect(out.recommendation).not.toBe('no');
  });
});
