import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { structuralResult } from '../../src/triage/signals/proof.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';

/**
 * Which result a blurb retells, and who a note asking for no one is from (issue 22), in new wording:
 * a result on the reader's own equipment, a title that opens with an ordinal, what came of the work,
 * a form's name that looks like "I", and surveys, demos and referrals to whoever buys.
 */

const plant = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Central utilities for a university campus: boilers, chillers, building automation',
  openRoles: [{ title: 'Utilities Engineer', url: 'https://jobs.example.com/utilities-eng-4' }],
});

const desk = ProfileSchema.parse({
  name: 'Hollis',
  teamArea: 'Investigations desk at a statewide news site: public records, data reporting',
  openRoles: [{ title: 'Investigative Reporter', url: 'https://jobs.example.com/inv-reporter-2' }],
});

const rail = ProfileSchema.parse({
  name: 'Greta',
  teamArea: 'Train crew operations for a regional rail line',
  openRoles: [{ title: 'Locomotive Engineer', url: 'https://jobs.example.com/loco-eng-8' }],
});

const stores = ProfileSchema.parse({
  name: 'Wen',
  teamArea: 'Store operations and fixtures for a chain of garden centres',
  openRoles: [],
});

describe('a blurb retells the strongest result', () => {
  it('a result on the reader\'s own plant is kept, told without "your"', () => {
    const note = `Priya, it's Tomás Okafor, the balancing contractor from the steam tunnel job. I've applied for your Utilities Engineer opening. Maybe you recall: once we rebalanced the loop and retuned the pumps, your boiler gas use dropped from 410 to 330 therms a day, and it stayed there all winter. Would you refer me? If not, no worries at all.`;
    const out = triage(note, plant);
    expect(out.recommendation).toBe('yes');
    expect(out.blurb).toContain('410 to 330');
    expect(out.blurb).not.toMatch(/\byour\b/i);
  });

  it('what a public body did because of the work is told with the work', () => {
    const note = `Hi Hollis, I'm Renata Voss, a reporter at the Lakeshore Courier, and I'm applying for your Investigative Reporter opening. Last spring I pulled and matched 6,400 restaurant inspection records and found that two chains had dodged follow-up visits for years. The series ran for a week, and a month later the county board changed its inspection rules citing our findings. Would you consider referring me? No problem at all if not.`;
    const out = triage(note, desk);
    expect(out.recommendation).toBe('yes');
    expect(out.blurb).toContain('6,400');
    expect(out.blurb).toContain('county board changed its inspection rules');
  });

  it('"a first mate" is a job, not a place in a ranking: the record after it is the result', () => {
    const note = `Hi Greta, it's Colm Byrne; we spoke at the maritime safety day in Cork. I'm a first mate on the ferries at Stena, 3,000 hours total, 1,200 in command, and I've been a deck trainer since last spring. Zero failed route assessments across 11 years of driving. I've applied for your Locomotive Engineer opening. Would you be open to referring me? No pressure if not.`;
    const out = triage(note, rail);
    expect(out.recommendation).toBe('yes');
    expect(out.blurb).toContain('11 years');
    expect(
      structuralResult(
        "I'm a first mate on the ferries at Stena, 3,000 hours total, 1,200 in command, and a deck trainer since 2022.",
      ),
    ).toBeNull();
  });
});

describe('a form named with a capital I', () => {
  it('"the I-9" stays a form when the note is retold', () => {
    expect(toThirdPerson('I checked every I-9 before the first shift.', 'Ana')).toBe(
      'Ana checked every I-9 before the first shift.',
    );
  });
});

describe('a note that asks for no one', () => {
  it('a survey request names no candidate and is from its sender', () => {
    const note = `Dear Wen,\n\nMy name is Odile Marchetti and I'm a master's student at Fenwick College looking at how garden centres plan seasonal stock. Would you be willing to fill out a short 10-minute questionnaire? https://forms.example.com/odile-survey\n\nThank you,\nOdile Marchetti`;
    const out = triage(note, stores);
    expect(out.recommendation).toBe('no');
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Odile Marchetti');
  });

  it('a vendor who asks to be referred to whoever buys asks for no one', () => {
    const note = `Hi Wen,\n\nShelfwise helps garden centre teams like yours keep planograms in sync; one chain cut empty-shelf hours by 30%.\n\nCould you refer me to whoever handles store fixtures? Happy to do a 15-minute walkthrough.\n\nBram Keller`;
    const out = triage(note, stores);
    expect(out.recommendation).toBe('no');
    expect(out.signals.noAsk.present).toBe(true);
    expect(out.candidate.name).toBeNull();
  });
});
