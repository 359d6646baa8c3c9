import { describe, expect, it } from 'vitest';
import { type Profile, ProfileSchema, triage } from '../../src/triage/index.js';

/** Who the candidate is to the referrer sets the reply's warmth and field words, never the verdict. */
const store: Profile = ProfileSchema.parse({ name: 'Marco', teamArea: 'Retail store operations: 14 stores' });
const note = (opening: string, proof = 'I manage a 30-person store.') =>
  `Hi Marco, ${opening} I'm applying for the Store Manager, Back Bay role. ${proof} Would you refer me? No worries if not.\nBea`;

describe('the relationship a note shows', () => {
  it.each([
    [
      "it's Bea from culinary school, we did that awful banquet practical together.",
      'so good to hear from you|great to hear from you',
    ],
    ['you were my manager at Fresco for two years.', 'good to hear from you again|nice to hear from you again'],
    ['fellow alum of the Babson MBA here.', 'fellow alum'],
    ['Dana Lee suggested I write to you.', 'pointed my way'],
  ])('"%s" opens the reply warmly', (opening, warmth) => {
    const result = triage(note(opening), store);
    expect(result.drafts?.one_pager).toMatch(new RegExp(warmth));
  });

  it('a stranger gets the plain openers', () => {
    const result = triage(note('I saw your post about hiring.'), store);
    expect(result.drafts?.one_pager).not.toMatch(/hear from you|fellow alum|pointed my way/);
  });

  it('a friend with no result still gets a one-pager, not a yes: warmth never lowers the bar', () => {
    const friend = triage(note("it's Bea from culinary school, we did that banquet practical together."), store);
    const stranger = triage(note('I saw your post about hiring.'), store);
    expect(friend.recommendation).toBe(stranger.recommendation);
    expect(friend.signals.proofPoint.present).toBe(false);
  });

  it('a named contact who worked with the candidate makes a mutual contact, not a former colleague', () => {
    const result = triage(note('Dr. Okafor from your team, we worked together in Porto, told me to ask you.'), store);
    expect(result.drafts?.one_pager).toMatch(/pointed my way/);
  });
});

describe('the result asked for, in the referrer’s field', () => {
  it.each([
    ['Nursing: a cardiac step-down unit', /patient care/],
    ['Sales: account executives for mid-market', /a deal you closed/],
    ['Platform engineering: CI and build tools', /shipped/],
    ['Insurance claims: property adjusters', /one thing you did and what it changed/],
  ])('a %s referrer asks for %s', (teamArea, words) => {
    const profile = ProfileSchema.parse({ name: 'Sam', teamArea });
    const result = triage(
      "Hi Sam, I'm applying for the Team Lead role. I love this work. Would you refer me?",
      profile,
    );
    expect(result.drafts?.one_pager).toMatch(words);
    if (!/shipped/.test(String(words))) expect(result.drafts?.one_pager).not.toMatch(/shipped/);
  });
});
