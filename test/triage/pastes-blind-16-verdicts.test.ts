import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { readResult } from '../../src/triage/reading/read-result.js';

/**
 * Verdicts the sixteenth blind batch of pastes missed (issue 22), in new wording: a gap the candidate
 * states in the work of the people the team serves, or as no formal training, or as "is that a stretch?",
 * makes the fit partial; a record of none of something, in the note's own noun, over a count of work;
 * a count of what the writer made, sold or downloaded; and "if not no issue" as an easy out.
 */

const physio = ProfileSchema.parse({
  name: 'Marguerite',
  teamArea:
    'Physiotherapy for our sports injury and post-surgical knee rehabilitation clinics: assessment, exercise programmes and return-to-play testing',
  openRoles: [{ title: 'Senior Physiotherapist, Knee Rehab', url: 'https://jobs.example.org/physio/knee-31' }],
});

const physioNote = (gap: string) =>
  [
    'Hello Marguerite, your talk on graded loading at the Bristol rehab day is why I am writing to you.',
    'I saw the Senior Physiotherapist, Knee Rehab post on your careers page.',
    'I am a paediatric physiotherapist, and last year I brought our clinic waiting list down from 14 weeks to 5 weeks.',
    gap,
    'Would you refer me? Totally fine if not.',
    'Best, Leopold Aranda',
  ].join('\n');

describe('a gap stated in the work of the people the team serves makes the fit partial', () => {
  it('reads "no post-surgical knee patients yet" against the clinics the team area serves', () => {
    const out = triage(
      physioNote('I have treated a few adolescent sprains but no post-surgical knee patients yet.'),
      physio,
    );
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).toBe('one_pager');
  });

  it('leaves the fit strong when what is missing so far is no work of the team', () => {
    const out = triage(physioNote('I applied through the portal but have had no reply from HR yet.'), physio);
    expect(out.fit.level).toBe('strong');
    expect(out.recommendation).toBe('yes');
  });
});

const strandings = ProfileSchema.parse({
  name: 'Corin',
  teamArea:
    'Marine mammal stranding response for the north coast: field technicians, necropsy support and volunteer training',
  openRoles: [{ title: 'Stranding Response Technician', url: 'https://jobs.example.org/marine/srt-4' }],
});

const strandingNote = (admission: string) =>
  [
    'hi Corin, we met at the seal count on Holy Island in May 🦭',
    'I saw the Stranding Response Technician job is open. I do payroll for a builder by day, but on weekends I have helped refloat 9 pilot whales with the volunteer team.',
    admission,
    'could you refer me? either way is fine',
    '— Wren',
  ].join('\n');

describe('an admitted lack of training, or a question whether it is a stretch, makes the fit partial', () => {
  it('reads "no formal marine biology training"', () => {
    const out = triage(strandingNote('no formal marine biology training though.'), strandings);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).toBe('one_pager');
  });

  it('reads "or is this a stretch?"', () => {
    const out = triage(strandingNote('I know the field side well, or is this a stretch?'), strandings);
    expect(out.fit.level).toBe('partial');
  });

  it('leaves the fit strong without the admission', () => {
    const out = triage(strandingNote('I keep my own kit and can be on the beach within the hour.'), strandings);
    expect(out.fit.level).toBe('strong');
  });
});

describe('"with zero" and the note’s own noun over a count of work is a clean record', () => {
  it('reads "ran 26 regattas … with zero cancellations"', () => {
    const read = readResult(
      'This summer we ran 26 regattas on the reservoir with zero cancellations for safety cover.',
    );
    expect(read?.kind).toBe('clean-record');
    expect(read?.quantities.map((q) => q.value)).toEqual([26]);
  });

  it('is no record when nothing came with the work: "sent 40 quotes and got zero replies"', () => {
    expect(readResult('I sent 40 quotes and got zero replies.')?.kind).not.toBe('clean-record');
  });

  it('is no record with no count of work before it: "started with zero contacts"', () => {
    expect(readResult('I started with zero contacts in the sailing world.')).toBeNull();
  });
});

describe('a count of what the writer made, taken up by buyers, is a result', () => {
  it('reads "the rye starter I developed … 14,000 jars sold this year"', () => {
    const read = readResult('The rye starter I developed is now their top product, 14,000 jars sold this year.');
    expect(read?.kind).toBe('reach');
    expect(read?.quantities.map((q) => q.value)).toEqual([14000]);
  });

  it('is no such result when the writer only sold: "I sold 14,000 jars this year"', () => {
    expect(readResult('I sold 14,000 jars this year.')?.kind).not.toBe('reach');
  });

  it('makes a note with a role, a reason and an easy out a yes', () => {
    const bakery = ProfileSchema.parse({
      name: 'Hallie',
      teamArea: 'Bakery product development: sourdough, ferments and new loaves for our shops',
      openRoles: [{ title: 'Fermentation Developer', url: 'https://jobs.example.org/bake/ferm-2' }],
    });
    const out = triage(
      [
        '[11/04/2025, 09:12] Tobias Grünwald: Hi Hallie, Imke from your shop floor said I could message you directly',
        '[11/04/2025, 09:13] Tobias Grünwald: I am applying for the Fermentation Developer role',
        '[11/04/2025, 09:14] Tobias Grünwald: 5 years as a baker at a mill café, the rye starter I developed is now their top product, 14,000 jars sold this year',
        '[11/04/2025, 09:15] Tobias Grünwald: If you are ok with it can you refer me? If not no issues at all 🙂',
      ].join('\n'),
      bakery,
    );
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.signals.gracefulExit.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });
});
