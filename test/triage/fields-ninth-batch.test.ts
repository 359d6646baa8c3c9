import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { sameJob } from '../../src/triage/reading/job-nouns.js';
import { splitSentences } from '../../src/triage/reading/sentences.js';
import { note, profile } from '../helpers/notes.js';

/**
 * What the ninth blind batch (radiology, solar installation, mortgage underwriting, game QA, floral
 * design, freight rail, sterile processing, ski patrol) taught, on notes written for these tests.
 */

describe('where a sentence ends in chat and in abbreviations', () => {
  it('an emoji after a clause ends it; one after a word or two does not', () => {
    const text = normalizeRequest(
      'our throughput went from 14 to 19 a night after i redid the templates :chart_with_upwards_trend: would you refer me? :pray:',
    ).text;
    expect(text).toContain('templates. would you refer me?');
    expect(normalizeRequest('I :heart: working with data').text).toBe('I working with data');
  });

  it('"120 ms." ends a sentence; "Willie B." and "St." do not', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('I cut latency from 400 ms to 120 ms. Could you refer me?')).toHaveLength(2);
    expect(texts('Earl, Willie B. said to ping you.')).toHaveLength(1);
    expect(texts("I work at St. Luke's now.")).toHaveLength(1);
    expect(texts('That was plan I. Then I left.')).toHaveLength(2);
  });

  it('the blurb keeps an abbreviation’s period ("Dr. Chen", "6 a.m.") instead of turning it into a comma', () => {
    const team = profile('TV news production: producers for the morning newscast', [
      { title: 'Associate Producer, Morning News', url: 'https://careers.example.com/jobs/tv-25' },
    ]);
    const result = triage(
      "Hi Sam, Dr. Chen told me to reach out. I'm applying for the Associate Producer, Morning News role. Our 6 a.m. share went from 3.1 to 4.4 in a year. Would you refer me? No worries if not.\nJulia",
      team,
    );
    expect(result.blurb).toContain('6 a.m. share');
    expect(result.blurb).not.toMatch(/a\.m,/);
  });
});

describe('a sales role asked of an installation crew', () => {
  it('is outside the area, however much of the domain its title shares', () => {
    const solar = profile('Solar installation: residential installers and site surveyors', [
      { title: 'Lead Solar Installer', url: 'https://careers.example.com/jobs/so-07' },
    ]);
    const result = triage(
      "Hi Sam, I know you run the installers. I'm applying for the Solar Sales Consultant role. I sold 140 systems last year, 20% over quota. Could you refer me? No worries if not.",
      solar,
    );
    expect(result.candidate.roleUrl).toBeNull();
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toMatch(/sales role; your team \(Solar installation\) is installation/);
    expect(result.recommendation).toBe('no');
  });
});

describe('a generic seat named by its field', () => {
  it('is that field’s job, not a specific job in a title without the field', () => {
    expect(sameJob('Solar Sales Consultant', 'Lead Solar Installer')).toBe(false);
    expect(sameJob('Clinical Support Specialist', 'Clinical Pharmacist, Oncology')).toBe(false);
    expect(sameJob('Oncology Sales Rep', 'Oncology Sales Representative, Boston')).toBe(true);
    expect(sameJob('Customer Support Specialist', 'Support Engineer')).toBe(true);
  });
});

describe('praise beside a result', () => {
  it('is a soft risk, not a no; praise with nothing else still is', () => {
    const praised = triage(
      "Hi Sam, I really admire the work you all do. I'm applying for the Site Supervisor role. I cut rework from 12% to 4%. Would you refer me? No worries if not.",
    );
    expect(praised.signals.flattery.present).toBe(true);
    expect(praised.recommendation).toBe('one_pager');
    const hollow = triage(
      "Hi Sam, you're an absolute legend! I'm applying for the Site Supervisor role. Would you refer me?",
    );
    expect(hollow.recommendation).toBe('no');
  });
});

describe('someone of the referrer’s, named', () => {
  it('"Your <role> <Name>, who…, said" is why-me', () => {
    const role = fc.constantFrom('crew lead', 'night charge nurse', 'processor', 'tester');
    const name = fc.constantFrom('Marco', 'Kim Tran', 'Jess');
    const verb = fc.constantFrom('said', 'suggested', 'told me', ', who I met at a build, said');
    fc.assert(
      fc.property(role, name, verb, (r, n, v) => {
        const sentence = `Your ${r} ${n}${v.startsWith(',') ? v : ` ${v}`} your team is great.`;
        expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
      }),
    );
  });

  it('a posting on a site is not a person', () => {
    expect(triage(note('Your posting on Indeed said the team is growing.')).signals.whyMe.present).toBe(false);
  });

  it('family who worked at the referrer’s shop is why-me', () => {
    expect(triage(note('My sister Ava worked at your shop one season.')).signals.whyMe.present).toBe(true);
  });
});

describe('an opening with its place as initials', () => {
  const team = profile('Rail operations: conductors for the freight division', [
    { title: 'Freight Conductor, Kansas City', url: 'https://careers.example.com/jobs/rl-44' },
  ]);
  it('"Freight Conductor, KC" is the opening; "Freight Conductor, KS" is not', () => {
    const ask = (title: string) =>
      `Earl, Willie said to ping you. ${title}. Cut dwell 28h to 19h. Refer me? Fine if not.`;
    expect(triage(ask('Freight Conductor, KC'), team).candidate.roleUrl).toBe('https://careers.example.com/jobs/rl-44');
    expect(triage(ask('Freight Conductor, K.C.'), team).candidate.roleUrl).toBe(
      'https://careers.example.com/jobs/rl-44',
    );
    expect(triage(ask('Freight Conductor, KS'), team).candidate.roleUrl).toBeNull();
  });
});

describe('results without "from", as a share of the time, or down to none', () => {
  it.each([
    'I cut dwell 28h to 19h.',
    'I brought turnaround 5 days to 2.',
    'Our installs took about half as long as the company average.',
    'Late trays dropped to almost none.',
    'We went from failing cert twice to passing on the first try.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each([
    'I work half as many hours as my friends.',
    'I was twice as nervous as usual.',
    'We moved from Lisbon to Porto.',
  ])('does not read "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
  });
});

describe('one outside word said twice is not a background elsewhere', () => {
  it('"patient" twice keeps a radiology request strong', () => {
    const radiology = profile('Radiology: CT and MRI technologists for the hospital imaging department', [
      { title: 'MRI Technologist, Nights', url: 'https://careers.example.com/jobs/rd-12' },
    ]);
    const result = triage(
      "Moira, I sat in on your RSNA session. I'm applying for the MRI Technologist, Nights role. Patient no-shows for our overnight slots fell by roughly a third after I started calling every patient the day before. Could you refer me? No worries if not.",
      radiology,
    );
    expect(result.fit.level).toBe('strong');
  });
});

describe('easy outs and asks that are not for work, said another way', () => {
  it.each(["All good if you can't.", 'If you are not able, it is okay.'])('reads "%s" as a graceful exit', (exit) => {
    expect(triage(note(exit)).signals.gracefulExit.present).toBe(true);
  });

  it.each([
    "Hi Sam, I'm getting married in June. Could you refer me to the right designer for a quote?",
    'Hi Sam, my loan has been stuck in underwriting for three weeks. Can you help?',
    'Hi Sam, we close Friday. Can you refer me to someone who can push it through?',
  ])('"%s" is not a job referral', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });
});
