import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { readHolding } from '../../src/triage/reading/read-result.js';
import { splitSentences } from '../../src/triage/reading/sentences.js';

/**
 * What the ninth paste batch's verdicts left (issue 22): a posting's reference number in parentheses
 * with a dotted "ref." splits no sentence; a title may run on past a spaced dash; a job the referrer
 * advertised is named by its doer; a closing run into the name on one line is not the name; a batch that
 * all met its mark, and a clean run of performances, are results.
 */

const forestry = ProfileSchema.parse({
  name: 'Maren',
  teamArea: 'Forest nursery operations: seedling production, greenhouse climate control and pest scouting',
  openRoles: [],
});
const theatre = ProfileSchema.parse({
  name: 'Ottilie',
  teamArea: 'Theatre production: stage management, rehearsal scheduling and touring logistics',
  openRoles: [],
});

describe('a posting named with its reference number', () => {
  it('"(ref. ABC-12)" is one sentence, and the title before it runs on past a spaced dash', () => {
    const text =
      'Grønskog posted a Seedling Production Lead – Inland Sites (ref. NS-2027-3) last week. Could you refer me?';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Grønskog posted a Seedling Production Lead – Inland Sites (ref. NS-2027-3) last week.',
      'Could you refer me?',
    ]);
    const note =
      'Hi Maren,\n\nWe spoke at the seedling growers day in Elverum. Grønskog has listed a Seedling Production Lead – Inland Sites ' +
      '(ref. NS-2027-3), and I wonder whether you would refer me.\n\nI have run the greenhouse climate control at a ' +
      'spruce nursery for four years; we cut seedling losses from 12% to 4% by switching to night venting.\n\n' +
      'No pressure at all if not.\n\nBest regards\nTorvald Aasheim';
    const out = triage(note, forestry);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });
});

describe('a job the referrer is said to have advertised, by its doer', () => {
  it('"you advertised for a greenhouse technician" names a role; "posted a thread" does not', () => {
    const note =
      'Hello Maren, Signe Vik passed on your number. I finished forestry school in Steinkjer and did a season of pest ' +
      'scouting at a pine nursery. I noticed you advertised for a greenhouse technician in Levanger, could you refer me? ' +
      'All good if not. Hilsen Per Lunde';
    const out = triage(note, forestry);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.recommendation).toBe('one_pager');
    const thread = triage(
      'Hi Maren, I posted a thread about seedling pests and would love a referral. Thanks, Per Lunde',
      forestry,
    );
    expect(thread.signals.roleNamed.present).toBe(false);
  });
});

describe('a closing run into the name on one line is not the name', () => {
  it('"Hilsen Per Lunde" signs as Per Lunde, "Cheers Ana Ruiz" as Ana Ruiz', () => {
    const note =
      'Hi Maren, I saw you posted for a seedling grower at the Levanger site. I did two seasons at a spruce nursery. ' +
      'Could you refer me? Totally fine if not. Hilsen Per Lunde';
    expect(triage(note, forestry).candidate.name).toBe('Per Lunde');
    const other = note.replace('Hilsen Per Lunde', 'Cheers Ana Ruiz');
    expect(triage(other, forestry).candidate.name).toBe('Ana Ruiz');
  });
});

describe('results told as a whole batch meeting its mark, or a clean run', () => {
  it('"all 60 arrived on time" is a result; "I want all 60 on time" is a wish', () => {
    expect(
      readHolding('I packed 60 crates of seedlings and all 60 arrived on time at the planting sites.'),
    ).not.toBeNull();
    expect(readHolding('I want all 60 of them on time.')).toBeNull();
  });

  it('"not a single show stop across a 30-date tour" is a clean record', () => {
    expect(readHolding('We ran 30 dates on tour with zero show stops.')?.kind).toBe('clean-record');
    const note =
      'Dear Ottilie,\n\nYou let me sit in on your calling desk during the spring tour. I saw the Assistant Stage Manager ' +
      'posting for the autumn season and would be grateful if you would refer me.\n\nThis year I was ASM on a 30-date ' +
      'tour of a chamber opera, running the book for the understudies, and we had no show stops in 30 performances.\n\n' +
      'If it is not a good moment, I understand.\n\nKind regards,\nLeontine Baptiste';
    const out = triage(note, theatre);
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });
});
