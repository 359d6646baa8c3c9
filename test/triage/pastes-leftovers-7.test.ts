import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { patternsFor } from '../../src/triage/signals/patterns.js';

const asksForAReferral = (sentence: string) => patternsFor('en').REFERRAL_ASK.test(sentence);

/**
 * What the seventh paste batch left (issue 22): a seller or a researcher asks for no one, so their note
 * has no candidate and its sender writes it; a phone thread's contact sits over their headline.
 */

const ward = ProfileSchema.parse({
  name: 'Odile',
  teamArea: 'Critical care nursing: two ICUs, charge nurses and staff RNs',
  openRoles: [{ title: 'Staff RN, Cardiac ICU', url: 'https://careers.example.org/jobs/rn-cicu-7' }],
});
const bakery = ProfileSchema.parse({
  name: 'Bruno',
  teamArea: 'Bakery production: bakers, pastry cooks and the overnight ovens',
  openRoles: [],
});

describe('a note that asks for no one has no candidate, and its sender writes it', () => {
  it('a seller whose customers carry a clause of their own ("units like yours that …") is pitching', () => {
    const note =
      'Hi Odile,\n\nHospitals like yours that staff two ICUs overnight usually see agency spend double by February. ' +
      'Are you free for a 20-minute call on Thursday so I can walk you through how our rostering tool fills those gaps?\n\n' +
      "If it's not you, could you introduce me to whoever owns scheduling tools?\n\nWarmly,\nRowan Pike\nShiftGrid";
    const out = triage(note, ward);
    expect(out.signals.noAsk.present).toBe(true);
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Rowan Pike');
  });

  it('a researcher whose study is about referral requests asks for answers, not for a referral', () => {
    const note =
      'Hello Odile,\n\nI am a doctoral student looking at how nurse leaders respond to referral and introduction requests. ' +
      'Would you fill out a brief, anonymous 6-question questionnaire? It takes four minutes.\n\n' +
      'Many thanks,\nIngrid Solberg\nSchool of Nursing';
    const out = triage(note, ward);
    expect(asksForAReferral('I am looking at how nurse leaders respond to referral and introduction requests.')).toBe(
      false,
    );
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Ingrid Solberg');
  });

  it('"a referral request" is still an ask, and so is one beside the many a referrer gets', () => {
    expect(asksForAReferral('Subject: Referral request - Staff RN, Cardiac ICU')).toBe(true);
    expect(asksForAReferral('you must get dozens of referral requests, but could I ask for a referral?')).toBe(true);
    expect(asksForAReferral('I know you get a lot of referral requests.')).toBe(false);
  });
});

describe("a phone thread's contact over their headline", () => {
  it('names the candidate, and the headline is not a line of the note', () => {
    const out = triage('Noor\nPastry Cook\nhi could you refer me pls\n11:48 PM', bakery);
    expect(out.candidate.name).toBe('Noor');
    expect(out.signals.tooShort.present).toBe(true);
  });

  it('without a stamp in the thread, a title under a first line is left to the note', () => {
    const out = triage('Noor\nPastry Cook\nhi could you refer me pls', bakery);
    expect(out.candidate.name).not.toBe('Pastry Cook');
  });
});
