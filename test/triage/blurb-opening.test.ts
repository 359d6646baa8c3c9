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

  it('is never the easy out, the thanks or the ask', () => {
    const out = triage(note, bakery);
    expect(out.candidate.background ?? '').not.toMatch(/understand|grateful|refer/i);
    expect(firstSentence(out.blurb)).not.toMatch(/understand|grateful|refer/i);
  });

  it('keeps the short clause that brought the result about', () => {
    expect(firstSentence(triage(note, bakery).blurb)).toMatch(
      /after (?:they|Rui Carvalho) reworked the proofing schedule, .*30%/,
    );
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

const lab: Profile = {
  name: 'Dana',
  teamArea: 'Clinical laboratory operations: sample intake, haematology and chemistry analysers, turnaround times',
  openRoles: [{ title: 'Senior Lab Technician', url: 'https://jobs.example.com/lab-7' }],
  workingLanguage: 'en',
};
const ask = 'Would you be open to referring me for the Senior Lab Technician role? No worries if not.';

describe('a result beside a background of years alone', () => {
  it('gives way to the result told whole when the two cannot share a sentence', () => {
    const note = [
      'Hi Dana,',
      "I've run the night bench at a county hospital lab for six years.",
      'Last spring Marta Kowalczyk took over an analyser line that kept failing QC: in March 14% of runs were repeated, and by June it was 3%.',
      ask,
      'Marta Kowalczyk',
    ].join('\n');
    const first = firstSentence(triage(note, lab).blurb);
    expect(first).toContain('14%');
    expect(first).toContain('3%');
  });
});

describe('the first sentence names the candidate', () => {
  it('gives "my" result their name when no "I" is in it', () => {
    const note = [
      'Hello Dana,',
      'I apply for the Senior Lab Technician role.',
      'In 2025 my repeat rate was 0.9% against a lab average of 2.6%.',
      'If you could refer me I would be thankful. If not, no problem.',
      'Kasia Nowak',
    ].join('\n');
    const first = firstSentence(triage(note, lab).blurb);
    expect(first).toMatch(/Kasia Nowak's repeat rate was 0\.9%/);
  });
});

describe('a sentence that holds both who they are and the ask', () => {
  it('gives its background part', () => {
    const note =
      "Hi Dana, I'm a lab technician at Riverside Clinic and would love a referral for the Senior Lab Technician role. I cut our sample rejections from 6% to 2%. Would you refer me? Thanks, Omar Haddad";
    expect(triage(note, lab).candidate.background).toBe("I'm a lab technician at Riverside Clinic.");
  });
});

describe('a labelled background line with no subject', () => {
  const note = [
    'Hi Dana, saw your post about the Senior Lab Technician opening.',
    '',
    'Background – 6 yrs as a bench technician at Northgate Labs, running the chemistry analysers for two wards — about 40k samples a year, no reportable errors.',
    'Last year I wrote our analyser downtime plan, and in the timed fire drill we got 45 staff out of the lab in 4 min.',
    '',
    'Would you be comfortable referring me? Totally fine if not.',
    '',
    'Leila Moradi',
  ].join('\n');

  it('is retold with the candidate as its subject, and the labelled result is kept', () => {
    const first = firstSentence(triage(note, lab).blurb);
    expect(first).toMatch(/^Leila Moradi has spent 6 yrs as a bench technician/);
    expect(first).toMatch(/got 45 staff out of the lab in 4 min/);
  });

  it('leaves a labelled line that counts no time alone', () => {
    const plain = note.replace('Background – 6 yrs as', 'Background – I am');
    expect(triage(plain, lab).candidate.background).toMatch(/^Background – I am/);
  });
});

describe('the proof point in the candidate\u2019s own words', () => {
  const note = [
    'From: LabTrack Careers <no-reply@labtrack.example.com>',
    'To: Dana Lee',
    'Subject: Referral request: Senior Lab Technician – Tom Reyes',
    '',
    'Hi Dana,',
    '',
    'Tom Reyes has asked you to refer them for Senior Lab Technician, REQ-0091.',
    '',
    'Message from Tom: "Hi Dana, I\'ve worked the intake desk at Westfield Lab for 4 years, roughly 60,000 samples logged, and I finished my phlebotomy course in May. Would be grateful for a referral, no bother if not."',
    '',
    'Résumé (parsed)',
    'EXPERIENCE',
    'Lab Assistant, Westfield Lab — 2021–present',
    '• ~60,000 samples logged; no labelling errors reported',
    '• Phlebotomy, centrifuge, cold chain',
    '',
    'This is an automated message from LabTrack. Please do not reply to this email.',
  ].join('\n');

  it('is told in the blurb as their sentence; the bullet, which holds the result, stays the proof the drafts quote', () => {
    const out = triage(note, lab);
    expect(firstSentence(out.blurb)).toMatch(/^Tom Reyes has worked the intake desk at Westfield Lab for 4 years/);
    expect(out.signals.proofPoint.evidence).toMatch(/^• ~60,000 samples logged; no labelling errors/);
  });

  it('stays the résumé bullet in the blurb when their message does not give its figure', () => {
    const out = triage(note.replace('roughly 60,000 samples logged, ', ''), lab);
    expect(out.blurb).toMatch(/60,000 samples logged; no labelling errors/);
  });
});
