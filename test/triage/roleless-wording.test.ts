import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { namesWork } from '../../src/triage/shared/text.js';
import { profile } from '../helpers/notes.js';

/**
 * A note that names no role is not told as if it did (issue 22): the first reason does not call the
 * role specific, the blurb mentions no link nobody shared, the drafts ask for "the role they are
 * after" rather than "this role"; a forward's cover says why the referrer was picked; a past form
 * the fit matched ("performed") is not listed as work. Notes written for these tests.
 */

const lab = {
  ...profile('Clinical microbiology lab: culture, sensitivity testing and the night bench', [
    { title: 'Biomedical Scientist, Microbiology', url: 'https://jobs.example.org/bms-41' },
  ]),
  name: 'Ruth',
};

const forward = [
  'Fwd: A graduate for your lab?',
  '',
  'Omar Reyes <o.reyes@citylab.example.com>',
  'Thu, 12 Jun, 09:10',
  'to me',
  '',
  "Ruth, forwarding this from Dr. Hale, she taught me on placement. I haven't met Priya myself but Nadia's students are always careful, and I thought of you because of the sepsis culture project. Entirely up to you!",
  'O',
  '',
  '---------- Forwarded message ---------',
  'From: Nadia Hale <n.hale@uni.example.ac.uk>',
  'Date: Wed, 11 Jun 2025 at 16:40',
  'Subject: A graduate for your lab?',
  'To: Omar Reyes <o.reyes@citylab.example.com>',
  '',
  'Dear Omar,',
  '',
  'I hope the lab is treating you well. One of my students this year, Priya Nair, has just finished her dissertation on blood culture workflow. On her placement she cut culture turnaround from 48 to 30 hours on the sensitivity testing bench. She would like to start in a hospital microbiology lab, and I believe your colleagues may have an opening. Might you pass her name along?',
  '',
  'Best wishes,',
  'Nadia',
].join('\n');

describe('a note that names no role', () => {
  const result = triage(forward, lab);

  it('is not called specific in the first reason, and "no role named" is said once', () => {
    expect(result.recommendation).toBe('one_pager');
    expect(result.reasons.join(' ')).not.toMatch(/role is specific/);
    expect(result.reasons.filter((r) => /\bno (?:role|opening)\b[^.]*\bnamed\b/i.test(r))).toHaveLength(1);
  });

  it('the blurb says they look for a role in the area, and mentions no link', () => {
    expect(result.blurb).toContain('Priya is looking for a role with us and has not named an opening yet');
    expect(result.blurb).not.toMatch(/\blink\b/);
  });

  it('the drafts ask for the role they are after instead of "this role"', () => {
    expect(result.drafts?.one_pager).toContain('the role they are after');
    expect(Object.values(result.drafts ?? {}).join(' ')).not.toContain('this role');
  });

  it("the cover's reason for picking the referrer is the why-me, not the carried message's well-wish", () => {
    expect(result.signals.whyMe.evidence).toContain('I thought of you because of the sepsis culture project');
  });
});

describe('a note that names its role keeps the role wording', () => {
  const own = [
    'Hi Ruth, could you refer me for the Biomedical Scientist, Microbiology role? https://jobs.example.org/bms-41',
    'I have run the night culture bench at a district hospital for three years. Totally fine if not.',
    'Thanks, Priya Nair',
  ].join('\n');

  it('a one-pager for want of a result calls the role specific, and the drafts name it', () => {
    const result = triage(own, lab);
    expect(result.recommendation).toBe('one_pager');
    expect(result.reasons[0]).toMatch(/^The role is specific/);
    expect(result.drafts?.one_pager).toContain('Biomedical Scientist, Microbiology');
    expect(result.blurb ?? '').not.toContain('looking for a role with us');
  });

  it('a link with no role named is the role the blurb names', () => {
    const linked = [
      'Hi Ruth, could you refer me for this? https://jobs.example.org/bms-99',
      'I have run the night culture bench at a district hospital for three years and cut culture turnaround from 48 to 30 hours. Totally fine if not.',
      'Thanks, Priya Nair',
    ].join('\n');
    expect(triage(linked, lab).blurb ?? '').not.toContain('looking for a role with us');
  });
});

describe('what the writer says made them think of the referrer', () => {
  it('"thought of you because of …" says why them; "I thought of you" alone does not', () => {
    const why = triage(
      'Hi Ruth, I thought of you because of your sepsis talk. Could you refer me for the Biomedical Scientist role?',
      lab,
    );
    expect(why.signals.whyMe.evidence).toContain('thought of you because');
    const bare = triage('Hi Ruth, I thought of you. Could you refer me for the Biomedical Scientist role?', lab);
    expect(bare.signals.whyMe.present).toBe(false);
  });
});

describe('matched terms listed as work', () => {
  it('a lone past form is not work; nouns, "-eed" nouns and "-ing" work are', () => {
    expect(namesWork('audited')).toBe(false);
    expect(namesWork('performed')).toBe(false);
    expect(namesWork('feed')).toBe(true);
    expect(namesWork('culture')).toBe(true);
    expect(namesWork('recording')).toBe(true);
  });
});
