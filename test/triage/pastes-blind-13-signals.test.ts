import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * What the thirteenth blind batch's signals left (issue 22): the referrer's side said to need a title
 * ("you need Night Porter") names an opening, and a season's intake asked of their own unit ("are you
 * taking on relief milkers?") names a kind of role; a stint helping in their unit is a reason; done ahead
 * of a named deadline, a record week of a project and a tally after the work ("900 ewes lambed") are
 * results; silence called a slight and a reply demanded on a clock are pressure; a letter to every
 * employer of a kind, or mailed to hidden recipients, is a broadcast.
 */

const hotel = ProfileSchema.parse({
  name: 'Birgit Aalto',
  teamArea: 'Hotel front office: reception, night audit, concierge and guest relations',
  openRoles: [{ title: 'Night Porter', url: 'https://jobs.example.com/night-porter' }],
});
const dairy = ProfileSchema.parse({
  name: 'Fionnuala Brady',
  teamArea: 'Dairy herd at the college farm: milking, calving, herd health and youngstock rearing',
  openRoles: [],
});
const joinery = ProfileSchema.parse({
  name: 'Tadeusz Wrona',
  teamArea: 'Heritage joinery workshop: sash windows, staircases, church furniture and site fitting',
  openRoles: [{ title: 'Site Fitter (Heritage Joinery)', url: 'https://jobs.example.com/site-fitter' }],
});
const vineyard = ProfileSchema.parse({
  name: 'Claudine Mercier',
  teamArea: 'Vineyard and cellar: pruning, harvest, pressing, barrel work and bottling',
  openRoles: [{ title: 'Cellar Hand', url: 'https://jobs.example.com/cellar-hand' }],
});

describe("a role named as the referrer's need or intake", () => {
  it('"you need <Title>" names the opening', () => {
    const note =
      'Hello Birgit, Kwame here, we did the summer season together at the Lakeside Inn in 2021. The staff board ' +
      'says you need Night Porter for the winter. I have done nights at a 90-room hotel for three years and we ' +
      'passed every fire safety audit while I held the keys. Would you refer me? If not, no problem.';
    const out = triage(note, hotel);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.signals.roleNamed.evidence).toContain('Night Porter');
    expect(out.recommendation).toBe('yes');
  });

  it('a need for a doer in lower case ("you need a plumber") names no opening', () => {
    const out = triage('Hi Birgit, if you need a plumber for the staff flats my cousin is good. Cheers, Ola', hotel);
    expect(out.signals.roleNamed.present).toBe(false);
  });

  it('"are you taking on <doers>" asked of the referrer\'s own unit names a role, a one-pager at most without a posting', () => {
    const note =
      'Hi Fionnuala, it is Ciarán, I volunteered on your calving team for a fortnight last February. Are you ' +
      'taking on relief milkers for the spring? I milked on a 300-cow rotary all last year, 900 heifers reared, ' +
      'and I have my AI course done. Could you put my name in? Grand if not.';
    const out = triage(note, dairy);
    expect(out.signals.roleNamed.evidence).toBe('relief milkers');
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.recommendation).toBe('one_pager');
  });
});

describe('results the lists read', () => {
  it('finished ahead of a named deadline is a result', () => {
    const note =
      'Dear Tadeusz, we met at the sash window course in York. I am applying for the Site Fitter (Heritage ' +
      'Joinery) opening. Last spring I fitted all 46 sashes at a listed school and we had the building handed ' +
      "back ten days ahead of the diocese's term-start deadline. If the timing is wrong, I understand.";
    const out = triage(note, joinery);
    expect(out.signals.proofPoint.evidence).toContain('ten days ahead of the diocese');
  });

  it('the record week or month of a project is a result', () => {
    const note =
      'Tadeusz, we worked the cathedral stalls job in 2019. I am after the Site Fitter (Heritage Joinery) job. ' +
      'On the Leeds mill conversion our crew set the fastest month of the contract fitting stairs. No worries if not.';
    expect(triage(note, joinery).signals.proofPoint.present).toBe(true);
  });

  it('a tally set off after the work is a result; hours and applications are not', () => {
    const tally =
      'Claudine, we met at the Saumur harvest fair. I want the Cellar Hand job. Three vintages at a Loire estate, ' +
      '1,200 barrels topped and racked, 40 tanks restored before the 2023 harvest. Happy to hear a no.';
    expect(triage(tally, vineyard).signals.proofPoint.evidence).toContain('40 tanks restored');
    const effort =
      'Claudine, we met at the Saumur harvest fair. I want the Cellar Hand job. Three vintages at a Loire estate, ' +
      '12 hours served each day, 40 applications sent this year. Happy to hear a no.';
    expect(triage(effort, vineyard).signals.proofPoint.present).toBe(false);
  });
});

describe('pressure in a chased thread', () => {
  it('silence called a slight, and a reply demanded on a clock', () => {
    const slight = triage(
      'Claudine, I wrote about the Cellar Hand job twice. I cannot see why you keep ignoring me. I pruned your rows for a week.',
      vineyard,
    );
    expect(slight.signals.pressure.present).toBe(true);
    const unfair = triage(
      'Hi Claudine, about the Cellar Hand job. It is not fair to leave people waiting for weeks.',
      vineyard,
    );
    expect(unfair.signals.pressure.present).toBe(true);
    const clock = triage('Claudine, the Cellar Hand job: I expect a reply by Friday.', vineyard);
    expect(clock.signals.pressure.present).toBe(true);
  });

  it('expecting to finish something, or not knowing why one fits, is no pressure', () => {
    const note =
      'Hi Claudine, we met at the Saumur harvest fair. I expect to finish my oenology certificate this week, and ' +
      "I don't understand why wineries ask for forklift tickets, but I have one. Could you refer me for the " +
      'Cellar Hand job? No pressure.';
    expect(triage(note, vineyard).signals.pressure.present).toBe(false);
  });
});

describe('one letter to many', () => {
  it('writing to every employer of a kind is a broadcast', () => {
    const note =
      'Dear Sir or Madam, I am contacting every heritage joinery workshop in Yorkshire to ask whether you have any ' +
      'vacancy. I have done bench work and some carving. My CV is attached. Please refer me to the right person.';
    const out = triage(note, joinery);
    expect(out.signals.broadcast.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it('a pasted mail to hidden recipients is a broadcast, though its header is not the note', () => {
    const note =
      'Marek Zielinski <marek.z@example.com>\nWed, Jan 8, 7:40 AM\nBcc: Undisclosed recipients:;\n\nHello,\n\n' +
      'I would like to apply for the Site Fitter (Heritage Joinery) position. I have fitted staircases for ' +
      'eleven years. Could you refer me?\n\nRegards,\nMarek Zielinski';
    const out = triage(note, joinery);
    expect(out.signals.broadcast.present).toBe(true);
    expect(out.signals.broadcast.evidence).toContain('Undisclosed recipients');
  });

  it('writing to all of you at one workshop is no broadcast', () => {
    const note =
      'Hi Tadeusz, I am writing to all of you at the workshop after the open day. I would like to apply for the ' +
      'Site Fitter (Heritage Joinery) opening; could you refer me?';
    expect(triage(note, joinery).signals.broadcast.present).toBe(false);
  });
});
