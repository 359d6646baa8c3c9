import { describe, expect, it } from 'vitest';
import { readResult } from '../../../src/triage/reading/read-result.js';
import { splitSentences } from '../../../src/triage/reading/split-sentences.js';
import type { ResultKind } from '../../../src/triage/reading/types.js';

const quote = (sentence: string): string | null => {
  const r = readResult(sentence);
  return r ? sentence.slice(r.span[0], r.span[1]) : null;
};

describe('readResult: results read by structure', () => {
  it.each<[ResultKind, string, string]>([
    [
      'change',
      'Our flatness numbers went from FF 35 to FF 50 after I switched our crew to laser screeds.',
      'went from FF 35 to FF 50',
    ],
    [
      'change',
      'Door-to-first-medication for febrile infants dropped from 52 minutes to 19 after I built the order set.',
      'dropped from 52 minutes to 19',
    ],
    ['change', 'I cut new-hire onboarding time by 28%.', 'cut new-hire onboarding time by 28%'],
    ['change', 'Tickets fell by half in two months after I rewrote the macros.', 'fell by half in two months'],
    ['change', 'We now pick 220 units an hour, up from 150.', '220 units an hour, up from 150'],
    ['change', 'I lifted annual plan conversion 9% with a new paywall.', 'lifted annual plan conversion 9%'],
    ['change', 'Since I rewrote the intake form, complaints halved.', 'complaints halved'],
    ['change', 'Our wait time is now 12 minutes instead of 40.', '12 minutes instead of 40'],
    ['change', 'Median build time 41 min → 9 min after I moved us to remote caching.', '41 min → 9 min'],
    ['change', 'It used to take six weeks; now it takes two.', 'now it takes two'],
    [
      'change',
      'Changeovers used to take most of a shift; after I pre-kitted the bundles, they take about an hour.',
      'about an hour',
    ],
    [
      'change',
      'On my line, jams used to stop us several times a shift; since I re-timed the sensors, it is about once a week.',
      'once a week',
    ],
    ['change', 'I reduced the backlog of alerts of our team from 3,000 to 400 in six months.', 'from 3,000 to 400'],
    ['change', 'My team improved from 12th place to 3rd place in two seasons.', 'from 12th place to 3rd place'],
    [
      'change',
      'With my playbooks our team handles 3x the alert volume with the same headcount.',
      '3x the alert volume',
    ],
    ['clean-record', 'Since I set up the double check, not one missed dose.', 'not one missed dose'],
    ['clean-record', 'We went two winters without a burst pipe.', 'two winters without a burst pipe'],
    ['clean-record', 'Our crew had zero rework on the last three jobs.', 'zero rework'],
    [
      'clean-record',
      'I closed 180 files without one wire fraud incident.',
      '180 files without one wire fraud incident',
    ],
    ['rank', 'I was ranked #1 of 30 reps in the region.', '#1 of 30 reps'],
    ['rank', 'I sold 210 contracts last year, top in my region.', 'top in my region'],
    [
      'change',
      '92% of my students passed their boards, up from 70%.',
      '92% of my students passed their boards, up from 70%',
    ],
    ['share', '92% of my students passed their boards on the first try.', '92%'],
    ['share', 'Our renewal rate was 97% across my book.', 'renewal rate was 97%'],
    [
      'money',
      'I saved the owner approximately $1.4 million on the retrofit.',
      'saved the owner approximately $1.4 million',
    ],
    ['money', 'I brought in $2.4M in grants last year.', 'brought in $2.4M'],
    ['time-saved', 'My scripts freed up 10 hours a week for the team.', 'freed up 10 hours a week'],
    ['reach', 'My design system was adopted by 12 product teams.', 'adopted by 12 product teams'],
    [
      'change',
      'Late buses went from most mornings to almost none within a semester.',
      'went from most mornings to almost none',
    ],
    [
      'change',
      'Most of my patients now walk within three months, where it used to take closer to a year.',
      'now walk within three months',
    ],
    ['change', 'I cut our p99 write latency by 60% on a 2 PB cluster.', 'cut our p99 write latency by 60%'],
    [
      'change',
      'Last year I brought our cost per attendee down 15% while scores went up.',
      'brought our cost per attendee down 15%',
    ],
    ['change', 'In my sector the poaching went from 4 cases in one year to zero in the next two years.', 'to zero'],
    ['share', 'I billed $1.2M in local advertising last year, 130% of my goal.', '130% of my goal'],
    ['share', 'My exhibition received 60,000 visitors, double our normal.', 'double our normal'],
    ['clean-record', 'We stopped missing the last carrier pickup.', 'stopped missing'],
    [
      'clean-record',
      'I designed drainage for 30 subdivisions and got every permit on first submittal.',
      'first submittal',
    ],
    ['clean-record', "I've driven 600,000 accident-free miles over eight years.", 'accident-free'],
    ['rank', 'I was voted dealer of the year in 2024 out of 140 dealers.', 'voted dealer of the year'],
    ['rank', 'I sold 140 memberships in one summer, the most on staff.', 'the most on staff'],
    ['count', 'I caught 40 bad welds before hydrotest last year.', 'caught 40 bad welds'],
    ['volume', 'I process 300 claims a week.', '300 claims a week'],
    ['volume', 'I funded $48M in purchase loans last year.', 'I funded $48M'],
    ['volume', "I've fitted 800 patients over 10 years.", "I've fitted 800 patients"],
  ])('%s: %s', (kind, sentence, part) => {
    const r = readResult(sentence);
    expect(r?.kind).toBe(kind);
    expect(quote(sentence)).toContain(part);
    expect(r?.agent).not.toBe('other');
  });

  it.each([
    ['years of experience', 'I have 8 years of experience in revenue cycle.'],
    ['team size', 'I manage a team of 12 nurses.'],
    ['a team grown', 'I grew my team from 4 to 12 people.'],
    ['a budget managed', 'I manage a $2M budget and 40 beds.'],
    ['dates', 'I joined in 2019 and moved to Denver in 2021.'],
    ['a target', 'We aim to cut costs by 20% next year.'],
    ['a goal', 'The goal is to reduce readmissions to 10%.'],
    ['a hypothetical', 'A new tool could cut your review time by half.'],
    ['a promise', 'I will double your pipeline in six months.'],
    ["someone else's result", 'My manager cut costs by 30% last year.'],
    ['their result', 'She doubled the team in a year.'],
    ['job search', 'I applied to 60 roles this year and had 3 interviews.'],
    ['a price', 'The course costs $400 and takes 6 weeks.'],
    ["the referrer's team", 'Your team grew to 40 people this year.'],
    ['a move', 'I moved from Lisbon to Porto two years ago.'],
    ['a first in the family', 'I was the first in my family to go to college.'],
    ['no number, no cue', 'I would love to join your team.'],
    ['a credential', "I've passed four exams and I love statistics."],
    ['a skill', 'I speak three languages and I love travel.'],
    ['a certificate', 'I have my EPA 608 universal certification.'],
    ['a hobby', 'I homebrew every weekend.'],
    ['praise of a life', "I've got my red card and I'm in the best shape of my life."],
    ["a team's growth", 'My team grew from 4 to 12 engineers.'],
  ])('rejects %s', (_name, sentence) => {
    expect(readResult(sentence), sentence).toBeNull();
  });

  it('reads a before in one sentence and an after in the next', () => {
    const r = readResult('This year, two.', { previous: 'Last year our unit had nine falls.' });
    expect(r?.kind).toBe('change');
  });

  it('names the agent: the writer, the team, or unstated', () => {
    expect(readResult('I cut churn by 12%.')?.agent).toBe('writer');
    expect(readResult('We cut churn by 12%.')?.agent).toBe('team');
    expect(readResult('Churn fell from 9% to 4%.')?.agent).toBe('unstated');
  });
});

describe('splitSentences', () => {
  it('ends sentences at marks and lines, not at abbreviations or decimals', () => {
    const text = 'I cut it by 4.5 hrs. e.g. this one vs. that.\nNext line! Done?';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'I cut it by 4.5 hrs.',
      'e.g. this one vs. that.',
      'Next line!',
      'Done?',
    ]);
  });
});
