import { describe, expect, it } from 'vitest';
import { DRAFT_RULES } from '../../src/cli/draft-writing.js';
import { BLURB_RULES, withoutInitialDots } from '../../src/cli/writing.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { splitSentences } from '../../src/triage/reading/sentences.js';

/**
 * What the fourth paste batch left (issue 22): a link in brackets inside the result, a name of spaced
 * initials, and a form's name ("I-9") that the writing checks read as the pronoun.
 */

const studio = ProfileSchema.parse({
  name: 'Hamid',
  teamArea: 'Level design and gameplay scripting for a co-op shooter',
  openRoles: [{ title: 'Level Designer', url: 'https://jobs.example.com/level-designer' }],
});
const payroll = ProfileSchema.parse({
  name: 'Greta',
  teamArea: 'Payroll and HR operations for a 3,000-person retailer',
  openRoles: [{ title: 'Payroll Specialist', url: 'https://jobs.example.com/payroll-4' }],
});

describe('a link in brackets inside the result goes with its brackets', () => {
  const note =
    "Hi Hamid, I've applied for the Level Designer role (https://jobs.example.com/level-designer). " +
    'My maps are up (https://portfolio.example.net/vesna) – the harbour map was voted the best of 90 entries at a community jam. ' +
    'Could you refer me? No worries if not.\n\nVesna';
  const out = triage(note, studio);

  it('no reply quotes an open bracket, and each quote is the note’s words', () => {
    for (const draft of Object.values(out.drafts ?? {})) expect(draft).not.toMatch(/\(\s*[–—-]/);
    const check = { ...out, openingTitles: ['Level Designer'] };
    for (const draft of Object.values(out.drafts ?? {}))
      expect(DRAFT_RULES.quoteNotTheResult(draft, check)).toBe(false);
  });

  it('nor does the blurb', () => {
    expect(out.blurb ?? '').not.toMatch(/\(\s*[–—-]/);
  });
});

describe('a name of spaced initials', () => {
  it('ends no sentence', () => {
    const sentences = splitSentences('I worked with T. J. Okonkwo for years. He ran payroll.').map((s) => s.text);
    expect(sentences).toEqual(['I worked with T. J. Okonkwo for years.', 'He ran payroll.']);
  });

  it('is kept whole in the blurb, and the checks count its dots as no sentence ends', () => {
    const note =
      "Hi Greta, I'm applying for the Payroll Specialist role (https://jobs.example.com/payroll-4). " +
      'Last year I cut off-cycle payroll runs from 30 a month to 4 by fixing our timesheet cutoffs. ' +
      'Would you refer me? Totally fine if not.\n\nBest,\nMA';
    // The Slack author's profile names them.
    const out = triage(note, payroll, { authorName: 'T. J. Okonkwo' });
    expect(out.candidate.name).toBe('T. J. Okonkwo');
    expect(out.blurb).toContain('T. J. Okonkwo is applying');
    expect(out.blurb).not.toMatch(/\bT, J,/);
    expect(BLURB_RULES.tooLong(out.blurb ?? '')).toBe(false);
    expect(withoutInitialDots('M. A. Ferreira joined.')).toBe('M A Ferreira joined.');
  });

  it('a given name written short and a firm suffix mid-sentence end no sentence for the checks', () => {
    expect(withoutInitialDots('Ma. Teresa Reyes joined Punongbayan & Co. (Manila) in 2021.')).toBe(
      'Ma Teresa Reyes joined Punongbayan & Co (Manila) in 2021.',
    );
    expect(withoutInitialDots('She left Brightwater Ltd. last May. Wm. Osei stayed.')).toBe(
      'She left Brightwater Ltd last May. Wm Osei stayed.',
    );
    // A sentence that ends on a firm's name, then a new sentence, keeps its end.
    expect(withoutInitialDots('He audited Halvorsen & Co. Then he moved.')).toBe(
      'He audited Halvorsen & Co. Then he moved.',
    );
  });

  it('a lone initial before the surname stays an initial in the blurb', () => {
    const note =
      "Hi Greta, I'm applying for the Payroll Specialist role (https://jobs.example.com/payroll-4). " +
      'Last year I cut off-cycle payroll runs from 30 a month to 4 by fixing our timesheet cutoffs. Would you refer me?';
    const out = triage(note, payroll, { authorName: 'W. Abernathy' });
    expect(out.blurb).toContain('year W. Abernathy cut');
    expect(BLURB_RULES.tooLong(out.blurb ?? '')).toBe(false);
  });
});

describe("a form's name is not the candidate speaking", () => {
  it('"their I-9 checks" in a blurb is no first person; "I" alone still is', () => {
    expect(BLURB_RULES.firstPerson('Dana moved their I-9 checks into the onboarding portal.')).toBe(false);
    expect(BLURB_RULES.firstPerson('Dana moved the checks; I think she is great.')).toBe(true);
  });
});
