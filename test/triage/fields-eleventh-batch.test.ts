import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the eleventh blind batch (hospice chaplaincy, optical, auto repair, elevators, 911 dispatch,
 * security operations, clinical lab, interior design) taught, on notes written for these tests.
 */

describe('emergency dispatch, law enforcement and freight dispatch are three disciplines', () => {
  const center = profile('Emergency communications: 911 call-takers and police and fire dispatchers');
  const freight = profile('Trucking operations: regional drivers and the dispatch desk, dispatchers for our fleet');

  it('a police officer role is outside a 911 center, though the center names the police', () => {
    const result = triage(ask('Police Officer'), center);
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toMatch(
      /law enforcement role; your team \(Emergency communications\) is emergency dispatch/,
    );
    expect(result.recommendation).toBe('no');
  });

  it('a dispatcher is at home in each kind of dispatch', () => {
    expect(triage(ask('Public Safety Dispatcher'), center).fit.level).not.toBe('none');
    expect(triage(ask('Freight Dispatcher'), freight).fit.level).not.toBe('none');
  });

  it('analysts listed as a team’s people make a frontend role outside it', () => {
    const soc = profile('Security operations: SOC analysts and incident responders for our corporate network');
    expect(triage(ask('Senior Frontend Engineer'), soc).fit.level).toBe('none');
  });
});

describe('a label above a pasted message', () => {
  it('"LinkedIn InMail" and a From: line above the note do not swallow it', () => {
    const { text } = normalizeRequest(
      "LinkedIn InMail\nFrom: Marcus Reed\nSubject: Dispatcher referral\n\nHi Sam, Shonda suggested I reach out. I'm applying for the Dispatcher I role. Would you refer me?\nMarcus",
    );
    expect(text).toContain("I'm applying for the Dispatcher I role.");
    expect(text).not.toMatch(/InMail|From: Marcus/);
  });

  it('a header below the sender’s own words still ends the note', () => {
    const reply =
      'Thanks Sam, here is the one-pager you asked for, with the role link.\nFrom: Sam\nSent: Monday\nold thread';
    expect(normalizeRequest(reply).text).not.toMatch(/old thread/);
  });
});

describe('other phrasings the batch used', () => {
  it.each([
    'I heard you preach at the interfaith memorial in May.',
    'Ellen Park on your team and I co-led grief groups for two years.',
    '- Why you: we co-led grief groups at Hospice of the Valley',
  ])('reads "%s" as why-me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it.each([
    'I sold 22 cars a month last year.',
    'I averaged 52 flagged hours a week, best in our shop.',
    'Last year I ranked #1 in the region for retention.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('praise of the referrer’s work is not the candidate’s result', () => {
    const praise = triage(note("I love your city hall coverage, it's the best in the state."));
    expect(praise.signals.proofPoint.present).toBe(false);
  });

  it.each([
    'Hi Sam, our elevator has been out for a week. Could you refer me to someone who can get a mechanic here sooner?',
    'Hi Sam, could you refer me to someone who can release the recording of my call?',
    'Hi Sam, my mother is in your hospice program. Could you refer me to her care team?',
  ])('"%s" is not a job referral', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });
});
