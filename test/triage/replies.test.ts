import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Replies that say what the note is, and do not claim a gap the triage is unsure of. */
const profile = ProfileSchema.parse({ name: 'Sam', teamArea: 'Payments: checkout, billing and fraud' });

describe('a note that is not a referral request gets a no that says what it is', () => {
  it.each([
    [
      'I interviewed last week and they asked for a reference. Would you be a reference for me?',
      /a reference rather than a referral/,
    ],
    [
      "We're a packaging supplier. Who handles purchasing at your company?",
      /a sales introduction rather than a job referral/,
    ],
    [
      'My claim has been stuck for months. Can you refer me to someone who can speed it up?',
      /a customer issue rather than a job referral/,
    ],
    [
      'We have a great story. Could you refer me to the reporter who covers housing? We would love some coverage.',
      /a press pitch/,
    ],
    ["I'd love a business introduction to your partnerships lead.", /a business introduction/],
    ['My son is applying. Could you put in a good word with the admissions committee?', /an admission decision/],
  ])('"%s"', (text, kind) => {
    const result = triage(`Hi Sam, ${text}\nPat`, profile);
    expect(result.recommendation).toBe('no');
    expect(result.drafts?.no).toMatch(kind);
  });
});

describe('a one-pager asks for what is missing without claiming a gap it is unsure of', () => {
  const note = (result: string) =>
    `Hi Sam, Jonas (he was on your team) told me to reach out. I'm applying for the PM, Checkout role. ${result} Would you refer me? No worries if not.\nMira`;

  it('an outcome told in words the rules cannot count is asked for its number, not called missing', () => {
    const result = triage(
      note(
        'At Fernpay I led the move to network tokens, and card declines became rare enough that support stopped tracking them.',
      ),
      profile,
    );
    expect(result.recommendation).toBe('one_pager');
    expect(result.drafts?.one_pager).toMatch(/put a number on the result you mention/);
    expect(result.drafts?.one_pager).not.toMatch(/missing is a concrete result/);
  });

  it('a note with no outcome at all is told plainly what is missing', () => {
    const result = triage(note('I have worked on payments for years and I love checkout.'), profile);
    expect(result.drafts?.one_pager).toMatch(/missing is a concrete result/);
  });
});

describe('template placeholders in every shape', () => {
  it.each([
    "Hi (Name), I'm applying for the PM role at (Company Name). Would you refer me?",
    "Hi Sam, I'd love to join XYZ company as a PM. Would you refer me?",
    "Hi Sam, I'm applying to the ABC Corp PM role. Would you refer me?",
    'Hi Sam, I want to work at X company. [specific question] Would you refer me?',
  ])('"%s" holds a placeholder', (text) => {
    expect(triage(text).signals.placeholder.present).toBe(true);
  });
});
