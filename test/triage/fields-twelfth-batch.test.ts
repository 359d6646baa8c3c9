import { describe, expect, it } from 'vitest';
import { listedPeople } from '../../src/triage/fit/listed-people.js';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the twelfth blind batch (home health, retail pharmacy, college coaching, AML, GIS, welding,
 * surgical PAs, appraisal) taught, on notes written for these tests.
 */

describe('whom a team area lists, and the seats they hold', () => {
  it('reads the people before whom or what they are for', () => {
    expect(listedPeople("Athletics: head and assistant coaches for women's basketball and volleyball")).toEqual([
      'assistant coaches',
    ]);
    expect(listedPeople('Home health: home health aides and visiting nurses for our county home care program')).toEqual(
      ['home health aides', 'visiting nurses'],
    );
    expect(listedPeople('Platform: internal tools for our engineers')).toEqual([]);
  });

  it('a seat none of the listed people holds is the referrer’s to look at, not a yes', () => {
    const home = profile('Home health: home health aides and visiting nurses for our county home care program');
    const billing = triage(ask('Medical Billing Specialist'), home);
    expect(billing.fit.level).toBe('partial');
    expect(billing.fit.explanation).toMatch(/"Specialist" is a job your team area does not name/);
    expect(billing.recommendation).not.toBe('yes');
  });

  it('a seat in the team’s own named work stays in the area', () => {
    const library = profile(
      'Library services: the reading program and branch circulation; librarians, circulation clerks and branch staff',
    );
    expect(triage(ask('Reading Program Coordinator'), library).fit.level).toBe('strong');
  });

  it('a trainer asked of coaches is not a coach', () => {
    const athletics = profile("Athletics: head and assistant coaches for women's basketball and volleyball");
    expect(triage(ask("Athletic Trainer, Women's Basketball"), athletics).recommendation).not.toBe('yes');
  });
});

describe('a job the team area does not name, whatever the area lists', () => {
  it('counts against a team that names no discipline and lists no people too', () => {
    const legal = profile('Legal: commercial contracts and privacy counsel for our SaaS business');
    expect(triage(ask('Litigation Paralegal'), legal).fit.level).toBe('none');
    const payments = profile('Payments: checkout, billing and fraud for merchants');
    const copy = triage(ask('Checkout Copywriter'), payments);
    expect(copy.fit.level).toBe('partial');
    expect(copy.fit.explanation).toMatch(/"Copywriter" is a job your team area does not name/);
    expect(triage(ask('Backend Engineer, Payments'), payments).fit.level).toBe('strong');
  });
});

describe('clinical pharmacy within pharmacy', () => {
  it('a clinical pharmacist role is outside a retail pharmacy team; a pharmacist role is inside a clinical one', () => {
    const retail = profile('Retail pharmacy: pharmacists and pharmacy technicians at our neighborhood drugstores');
    const hospital = profile('Hospital pharmacy: inpatient dispensing and clinical pharmacists on the oncology floors');
    expect(triage(ask('Clinical Pharmacist, Oncology'), retail).fit.level).toBe('none');
    expect(triage(ask('Staff Pharmacist'), hospital).fit.level).not.toBe('none');
  });
});

describe('other phrasings the batch used', () => {
  it('a mentor who sent them is not an ask for mentoring; an ask to be mentored is', () => {
    expect(
      triage(note('Your appraiser Mr. Singh, he was my mentor, suggested me to contact you.')).signals.adviceOnly
        .present,
    ).toBe(false);
    expect(
      triage('Hi Sam, would you be my mentor? I would love your guidance on my career.').signals.adviceOnly.present,
    ).toBe(true);
  });

  it.each(['We played against each other in the Big Ten years ago.', 'bubba said to holler at you.'])(
    'reads "%s" as why-me',
    (sentence) => {
      expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
    },
  );

  it.each([
    'None of my clients went back to the hospital last year, down from four the year before.',
    'My X-ray reject rate was 0.8% against a crew average of 4%.',
    'My welds had 99% acceptance in X-ray over three turnarounds.',
    'I caught 40 bad welds before hydrotest last year.',
    'We signed three top-100 recruits in the last class.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a count that is not down from anything is not a result', () => {
    expect(triage(note('I wrote down four goals for next year.')).signals.proofPoint.present).toBe(false);
  });
});

describe('an opening named by abbreviations', () => {
  it('"Asst Coach, WBB" is the "Assistant Coach, Women\'s Basketball" opening; "Asst Coach, MBB" is not', () => {
    const athletics = profile("Athletics: head and assistant coaches for women's basketball and volleyball", [
      { title: "Assistant Coach, Women's Basketball", url: 'https://careers.example.com/jobs/at-12' },
    ]);
    const terse = (title: string) =>
      `Coach, Hayes said to ping you. ${title}. Signed 3 top-100 recruits, first in program history. Refer me? No worries if not.`;
    expect(triage(terse('Asst Coach, WBB'), athletics).candidate.roleUrl).toBe(
      'https://careers.example.com/jobs/at-12',
    );
    expect(triage(terse('Asst Coach, MBB'), athletics).candidate.roleUrl).toBeNull();
  });
});
