import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A vouch that shows a named candidate's work and asks outright, but names no posting (issue 22): a careful
 * referrer asks for a one-pager and the role rather than saying no, when the kind of work touches their
 * area. An agency's offer, a note for someone unnamed, a note sent to many and a note about work outside
 * the area stay a no. Notes written for these tests.
 */

const team = referrerNamed('Nkechi');
const roastery = team(
  'Coffee roasting and green-bean quality: roast profiling, cupping and defect grading, moisture and density testing of incoming lots',
  'Green Coffee Quality Analyst',
);

const vouch = (opening: string, closing = 'Entirely up to you, of course.') =>
  [
    'Hi Nkechi,',
    '',
    `${opening} Tobias Lindqvist spent two seasons on my cupping table at the Harrow Street roastery. He rebuilt our moisture sampling for incoming lots and cut rejected containers from eleven a year to two.`,
    '',
    'He is now looking for work in green-bean quality. I do not know what you have open, but would you consider him or pass his name to whoever hires? He can send you a short summary himself.',
    closing,
    '',
    'Best,',
    'Margit Szabó',
  ].join('\n');

describe('a named vouch with a result and no posting', () => {
  it('is a one-pager, not a no, when the work touches the area', () => {
    const result = triage(vouch('Your cupping session at the trade fair is why I am writing to you.'), roastery);
    expect(result.candidate.name).toBe('Tobias Lindqvist');
    expect(['one_pager', 'yes']).toContain(result.recommendation);
  });

  it('claims no posting in its reasons nor in its blurb', () => {
    const result = triage(vouch('Your cupping session at the trade fair is why I am writing to you.'), roastery);
    expect(result.reasons.join(' ')).not.toMatch(/role is specific/);
    expect(result.blurb ?? '').not.toMatch(/link they shared/);
    expect(result.blurb ?? '').toMatch(/not named an opening yet/);
  });
});

describe('what stays a no without a posting', () => {
  it('an agency offering its candidate', () => {
    const text = [
      'Hi Nkechi,',
      '',
      'I am a consultant at Brewline Talent and I represent an experienced quality specialist. He rebuilt moisture sampling at a roastery and cut rejected containers from eleven a year to two.',
      '',
      'Do you have anything open? Happy to send his profile.',
      '',
      'Regards,',
      'Dara Quinn, Brewline Talent',
    ].join('\n');
    expect(triage(text, roastery).recommendation).toBe('no');
  });

  it('a note sent to many', () => {
    const text = vouch(
      'I am writing to several roasteries in the region with the same note.',
      'I have sent this to a number of quality managers, so apologies if it reaches you twice.',
    );
    expect(triage(text, roastery).recommendation).toBe('no');
  });

  it('work that does not touch the area', () => {
    const text = [
      'Hi Nkechi,',
      '',
      'Your talk at the trade fair is why I am writing to you. Tobias Lindqvist spent two years in my payroll office. He rebuilt our month-end reconciliation and cut late payslips from forty a month to two.',
      '',
      'He is now looking for his next role. I do not know what you have open, but would you consider him? Entirely up to you.',
      '',
      'Best,',
      'Margit Szabó',
    ].join('\n');
    expect(triage(text, roastery).recommendation).toBe('no');
  });
});
