import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../src/cli/draft-writing.js';
import { BLURB_RULES, blurbProblems, untracedFacts, writingCounts } from '../../src/cli/writing.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** The blurb's invariants: each rule on a blurb that breaks it and one that does not, then on random notes. */
describe('every fact in a blurb traces to the note or the profile', () => {
  const note = 'Hi Priya, I led a launch at Tidal Pay that cut CI time by 35%. Would you refer me?\nAmara';
  it('numbers and names the note never gave are caught; the frame’s own words are not facts', () => {
    const blurb =
      'Amara led a launch at Stripe that cut CI time by 42%. Amara is applying for the role. The fit is credible.';
    expect(untracedFacts(blurb, note)).toEqual(['42', 'Stripe']);
    const traced =
      'Amara led a launch at Tidal Pay that cut CI time by 35%. They are applying for our Platform opening.';
    expect(untracedFacts(traced, `${note}\n{"teamArea":"Platform"}`)).toEqual([]);
  });
});

describe('blurb invariants', () => {
  it.each([
    ['secondPerson', 'Amara led the launch. They are asking you because your team wrote the post.'],
    ['firstPerson', 'Amara led the launch; I think my team would love her.'],
    ['repeatedRun', 'Amara is applying for the Senior PM role. Amara is applying for the Senior PM role (link).'],
    ['labelLeadIn', 'The short version: Amara shipped the launch. Amara is applying for the PM role.'],
    ['tooLong', 'One. Two. Three. Four.'],
  ] as const)('%s catches what it names', (rule, blurb) => {
    expect(BLURB_RULES[rule](blurb)).toBe(true);
  });

  it('a level in a title ("Dispatcher I role") is not the candidate speaking; "Tamika and I" is', () => {
    expect(
      BLURB_RULES.firstPerson('Tamika is applying for the Public Safety Dispatcher I role (https://x.example/1).'),
    ).toBe(false);
    expect(BLURB_RULES.firstPerson('Tamika is applying for the Dispatcher I, Nights opening.')).toBe(false);
    expect(BLURB_RULES.firstPerson('Tamika and I worked the same consoles.')).toBe(true);
    expect(BLURB_RULES.firstPerson('Tamika worked with Dana and I. She is great.')).toBe(true);
  });

  it('the candidate and the role, when the note gives them, must be named', () => {
    const blurb = 'They cut CI time by 35%. They are applying for the platform role. The fit is credible.';
    expect(blurbProblems({ blurb, candidate: { name: 'Amara Okafor', targetRole: null } })).toEqual(['missingNames']);
    expect(blurbProblems({ blurb, candidate: { name: null, targetRole: 'Senior PM, Developer Platform' } })).toEqual([
      'missingNames',
    ]);
    expect(blurbProblems({ blurb, candidate: { name: null, targetRole: 'platform role' } })).toEqual([]);
  });

  it('a clean blurb breaks none, and a link is not read as words', () => {
    const clean =
      'Amara led a launch that cut CI time by 35%. Amara is applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/me-415/my-team). The fit is credible: their work on CI maps directly onto our Platform area.';
    expect(blurbProblems({ blurb: clean })).toEqual([]);
    expect(writingCounts([{ blurb: clean }, { blurb: null }])).toMatchObject({ blurbs: 1 });
  });

  it('hold on random notes built the way people write them', () => {
    const profile = ProfileSchema.parse({
      name: 'Priya',
      teamArea: 'Platform & internal tools: developer platform, CI/CD',
      openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
    });
    const why = fc.constantFrom(
      '',
      "Your talk on internal tools is why I'm asking you. ",
      'We met at PlatformCon last spring. ',
      'Dev Rao (he was on your team) suggested I write to you. ',
    );
    const ask = fc.constantFrom(
      "I'm applying for the Senior PM, Developer Platform role",
      "I'm applying for the Senior PM, Developer Platform role and I've spent four years on CI tooling",
      'I saw the Senior PM, Developer Platform opening (https://careers.example.com/jobs/4821)',
    );
    const proof = fc.constantFrom(
      'I led a launch that cut CI time by 35%.',
      'My team and I halved build times last year.',
      'At my company I took our deploys from 40 minutes to 9.',
      "I've worked on developer tools for six years.",
      'The short version: I shipped the build cache that saved us 2,000 hours a month.',
      'I am the person who rebuilt our CI, and our CI rebuild is my proudest work.',
      "You'll find that's me: I'm applying because on our last launch I cut CI time from six weeks to three.",
      '- shipped the build cache, CI time down 35%.',
      'at my company i built the build cache and cut CI time by 30%.',
      'Main result: I reduced flaky tests 40% in 2023.',
      'I run a 12-person platform team, and after I rebuilt our CI, deploys went from 40 minutes to 9.',
    );
    const exit = fc.constantFrom(
      'Would you refer me? No worries if not.',
      'Could you refer me? Totally fine if you would rather not.',
    );
    const name = fc.constantFrom('Amara', 'Amara Okafor', 'Lee', '');
    fc.assert(
      fc.property(why, ask, proof, exit, name, (w, a, p, e, n) => {
        const note = `Hi Priya, ${w}${a}. ${p} ${e}${n ? `\n${n}` : ''}`;
        const result = triage(note, profile);
        expect(blurbProblems(result, `${note}\n${JSON.stringify(profile)}`)).toEqual([]);
        expect(draftProblems(result, profile.name ?? null)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
