import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * How the yes blurb opens (issue 22): with who the candidate is, never an easy out, a thanks or the ask;
 * with the result's cause where the note gives one; and with the candidate's own sentence rather than a
 * subjectless list line from a résumé under the note. Notes written for these tests.
 */

const bakery: Profile = {
  name: 'Ines',
  teamArea: 'Artisan bakery production: sourdough, viennoiserie, laminated doughs and the night bake',
  openRoles: [{ title: 'Head Baker, Night Shift', url: 'https://jobs.example.com/bakery-12' }],
  workingLanguage: 'en',
};

const firstSentence = (blurb: string | null) => (blurb ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? '';

describe('the background the blurb opens with', () => {
  const note = [
    'Dear Ines,',
    '',
    'We met at the Lyon bread fair in May, you judged the croissant round.',
    '',
    'I am night baker at a 40-outlet bakery chain in Porto since 8 years, in charge of the laminated doughs.',
    'Last winter, after I reworked the proofing schedule, our waste dropped by 30% per month.',
    '',
    'I applied for the Head Baker, Night Shift role and kindly ask if you could refer me. If not possible, no problem at all, I fully understand.',
    '',
    'Thank you, at all times I am grateful.',
    'Rui Carvalho',
  ].join('\n');

  it('is who the candidate is ("since N years"), not the easy out, the thanks or the ask', () => {
    const out = triage(note, bakery);
    expect(out.candidate.background).toMatch(/^I am night baker/);
    const first = firstSentence(out.blurb);
    expect(first).toMatch(/^Rui Carvalho is night baker/);
    expect(first).not.toMatch(/understand|grateful|refer/i);
  });

  it('keeps the short clause that brought the result about', () => {
    expect(firstSentence(triage(note, bakery).blurb)).toMatch(/after they reworked the proofing schedule, .*30%/);
  });

  it('still opens with a genuine background sentence', () => {
    const plain =
      "Hi Ines, I've spent six years running the night bake at a Bristol bakery, where I cut flour waste by 18%. I'm applying for the Head Baker, Night Shift role; would you refer me? No worries if not. Priya Nair";
    expect(firstSentence(triage(plain, bakery).blurb)).toMatch(
      /^Priya Nair has spent six years running the night bake/,
    );
  });
});

describe('a résumé list line beside the candidate’s own words', () => {
  const portal = [
    'Subject: Referral request: Head Baker, Night Shift – Tomasz Wojcik',
    '',
    'Hi Ines,',
    '',
    'Tomasz Wojcik has asked you to refer them for Head Baker, Night Shift.',
    '',
    'Message from Tomasz:',
    "\"Hi Ines, I'm after the night head baker job. I've baked at my aunt's bakery in Gdansk for 5 years, about 2,000 loaves a night, and I finished the pastry diploma in June. Would be grateful if you could refer me, no worries if not.\"",
    '',
    'Résumé (parsed)',
    'EXPERIENCE',
    'Baker, Wojcik Bakery, Gdansk — 2020–present',
    '• ~2,000 loaves baked nightly; zero failed hygiene audits',
  ].join('\n');

  it('opens with the candidate named, in their own sentence, without the subjectless fragment', () => {
    const out = triage(portal, bakery);
    const first = firstSentence(out.blurb);
    expect(first).toMatch(/^Tomasz Wojcik has baked at/);
    expect(first).toContain('2,000 loaves a night');
    expect(first).not.toContain('hygiene audits');
  });

  it('a list line with no background of the candidate’s own is still told', () => {
    const bare =
      'Hi Ines, could you refer me for the Head Baker, Night Shift role? No worries if not.\n\nRésumé\n• cut flour waste by 18% in a year\nAnya Petrova';
    expect(triage(bare, bakery).blurb).toMatch(/18%/);
  });
});
