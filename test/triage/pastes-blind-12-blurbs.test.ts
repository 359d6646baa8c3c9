import { describe, expect, it } from 'vitest';
import { BLURB_RULES, withoutInitialDots } from '../../src/cli/writing.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { withinLength } from '../../src/triage/writing/one-sentence.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';
import { namedForSomeone, resultAround, strongestResult } from '../../src/triage/writing/result-clause.js';

/**
 * What the twelfth paste batch's yes blurbs left (issue 22): the clause a blurb retells keeps the work a
 * "with …" record or a share of a goal measures, and the rank after a count; a record kept with no work
 * of its own gives way to a counted delivery; a background too long beside the result loses its asides,
 * not itself; a role that already holds the opening's title is named once; and the blurb checks read
 * "St. Jude" and "6 a.m." as one sentence.
 */

describe('the clause that holds the result', () => {
  it('a record told with "with" keeps the work it measures', () => {
    const lab =
      'I ran 240 assays and validated 18 new panels, with no failed proficiency tests at three CAP inspections.';
    expect(resultAround(lab)).toContain('validated 18 new panels');
  });

  it('a share of a quota keeps the sum it is a share of', () => {
    const sales =
      'This year I booked $1.4M in new ARR across 22 logos, 117% of my quota, including our largest renewal.';
    expect(resultAround(sales)).toBe('This year I booked $1.4M in new ARR across 22 logos, 117% of my quota');
  });

  it('"the most of any of the 9 recruiters" stays with the count it ranks', () => {
    expect(
      resultAround('At Harbor Staffing I placed 44 travel nurses, the most of any of the 9 recruiters.'),
    ).toContain('the most of any of the 9 recruiters');
  });
});

describe('the strongest result', () => {
  const record = 'Not a single lost-time incident on his line in four years.';
  const delivered = 'His line rebuilt the Dock 4 conveyor: 3,800 feet of belt, handed over nine days early.';

  it('a record with no work of its own gives way to a counted delivery', () => {
    expect(strongestResult(record, [delivered, record])).toBe(delivered);
  });

  it('a record that tells its work stays the result', () => {
    const worked = 'I audited 120 forklifts with zero findings at the state inspection.';
    expect(strongestResult(worked, [delivered, worked])).toBe(worked);
  });

  it('a note for someone else opening on "His" names them', () => {
    expect(namedForSomeone(delivered, 'Tomasz Wieczorek')).toMatch(/^Tomasz Wieczorek's line rebuilt/);
  });
});

describe('a background beside a long result', () => {
  it('loses its asides at the end, and only those', () => {
    const bg =
      'Ife has taught ESL to adults since 2016 and has run 40 evening cohorts, including three for refugee families';
    expect(withinLength(bg, 90)).toBe('Ife has taught ESL to adults since 2016 and has run 40 evening cohorts');
    expect(withinLength('Ife grew up in Ibadan, and her mother ran a school there for years', 30)).toBeNull();
  });

  it('a second "have" with no subject of its own is the name\'s', () => {
    expect(toThirdPerson('I have been a licensed electrician since 2015 and have wired 60 homes.', 'Olu')).toBe(
      'Olu has been a licensed electrician since 2015 and has wired 60 homes.',
    );
  });
});

describe('a role that holds the opening title', () => {
  const lab = ProfileSchema.parse({
    name: 'Marguerite Osei',
    teamArea: 'Clinical microbiology laboratory at a teaching hospital',
    openRoles: [
      { title: 'Medical Laboratory Scientist III, Microbiology', url: 'https://jobs.example.org/mls-3-micro' },
    ],
  });

  it('is named once in the blurb', () => {
    const note =
      'Hi Marguerite, it is Bartholomew from Chemistry on the second floor; we met at the lab week potluck. I want to ask ' +
      'before I apply: I am interested in the internal Medical Laboratory Scientist III, Microbiology opening.\n\n' +
      'I have been an MLS II in chemistry for four years. Last year I validated 9 new assays, the most of any of the 6 ' +
      'scientists on our bench. Would you be comfortable referring me? If not, no problem at all.\n\nBartholomew Nkemelu';
    const out = triage(note, lab);
    const blurb = out.blurb ?? '';
    expect(blurb).toContain('Medical Laboratory Scientist III, Microbiology');
    expect(blurb.split('Medical Laboratory Scientist III, Microbiology').length).toBeLessThanOrEqual(2);
  });
});

describe('the blurb checks read a name or a time with a dot as one sentence', () => {
  it('"St. Jude" and "the 6 a.m. newscast" end no sentence', () => {
    const blurb =
      'Noor has produced the 6 a.m. newscast at St. Jude Media for three years; ratings rose from 1.8 to 2.6. ' +
      'Noor is applying for the Senior Producer role. The role sits in our area.';
    expect(BLURB_RULES.tooLong(blurb)).toBe(false);
    expect(withoutInitialDots('At St. Jude she ran it.')).toBe('At St Jude she ran it.');
  });
});
