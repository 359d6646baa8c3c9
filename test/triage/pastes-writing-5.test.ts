import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** What the blurb and the proof point read from the fifth batch of pastes' shapes (issue 22), in new wording. */

const bakery = ProfileSchema.parse({
  name: 'Sunniva',
  teamArea: 'Bakery production for a regional grocery chain: bakers, production planners and food safety',
  openRoles: [{ title: 'Production Planner', url: 'https://jobs.example.com/planner-5' }],
});

describe('a résumé pasted under the ask', () => {
  it("holds the candidate's result when the note itself has none", () => {
    const note = [
      'Hi Sunniva, Tomasz Lis here. We met at the bakery trade fair in Katowice last spring. I am applying for the Production Planner role and would be grateful for a referral. My CV is below. No worries if not.',
      '',
      'TOMASZ LIS',
      'Gdansk · +48 600 100 200 · tomasz.lis@mail.example',
      '',
      'EXPERIENCE',
      'Shift Planner, Piekarnia Zlota (2020–present)',
      '• Re-planned the night bake around oven changeovers; waste down 18% in 2024',
      '',
      'EDUCATION',
      'BSc Food Technology, Gdansk University of Technology',
    ].join('\n');
    const out = triage(note, bakery);
    expect(out.signals.proofPoint.evidence).toContain('waste down 18%');
    expect(out.recommendation).toBe('yes');
  });
});

describe('the blurb', () => {
  it('retells the clause the reader reads as the result, not the count before it', () => {
    const note =
      'Hi Sunniva, we met at the bakery trade fair. I heard a Production Planner spot is opening. I handled the schedule change for the holiday rush - 40 stores, zero missed deliveries across the two peak weeks. Would you put me forward? Either way, thanks.';
    const out = triage(note, bakery);
    expect(out.blurb).toContain('zero missed deliveries');
    expect(out.blurb).not.toContain('spot role');
  });

  it("drops the name a sentence opens by addressing, as the note's address", () => {
    const note =
      'Sunniva — Ilse Brandt and I ran the sourdough line together for four years, and Ilse cut proofing losses from 12% to 4%. Ilse is applying for your Production Planner opening. Would you be up for referring her? Entirely up to you.';
    const out = triage(note, bakery);
    expect(out.blurb ?? '').not.toMatch(/^Sunniva/);
  });
});
