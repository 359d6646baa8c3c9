import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * Issue 22, sellers: a note that asks for something other than a referral has no candidate, and its
 * sender writes it. An easy out ("if you'd rather not") lets the referrer off the note's own ask; it is
 * no request for a referral. Guards: a real candidate's ask with the same easy outs keeps its candidate.
 */

const EASY_OUTS = [
  "If you'd rather not, no problem.",
  'No pressure if not.',
  'Totally fine to ignore this.',
  "No worries if you're too busy.",
  "If you can't, that's fine.",
  "Happy to take a pass if it's not a fit.",
];

const who = (paste: string) => {
  const result = triage(paste, warehouseReferrer);
  return { name: result.candidate.name, writer: result.writer ?? null };
};

const ASKS_FOR_NO_ONE = [
  {
    kind: 'a seller asking for a demo',
    note: 'Hi Marta, PalletPulse tags every pallet from dock to rack, and it helps DCs like yours cut lost inventory by half. Would you be up for a quick demo next week? OUT Best, Priya Ramaswamy',
    writer: 'Priya Ramaswamy',
  },
  {
    kind: 'a researcher asking for a survey',
    note: 'Hi Marta, I run a short study on dock safety in mid-size distribution centres. Would you fill in a 12-question survey about your receiving team? OUT Thanks, Oskar Lindahl',
    writer: 'Oskar Lindahl',
  },
  {
    kind: 'a host inviting a podcast guest',
    note: 'Hi Marta, I host Forklift Talk, a podcast on warehouse operations. Would you join us as a guest for a 40-minute episode in March? OUT Cheers, Dana Whitcombe',
    writer: 'Dana Whitcombe',
  },
  {
    kind: 'an expert network asking for a paid consultation',
    note: 'Hi Marta, I work with Meridian Insight Network. One of our clients, an investment fund, would like a paid phone consultation with you about cross-docking trends. Would you be available next Tuesday? OUT Regards, Felix Aurand',
    writer: 'Felix Aurand',
  },
];

describe('an easy out is not a request for a referral', () => {
  for (const { kind, note, writer } of ASKS_FOR_NO_ONE) {
    it(`${kind} has no candidate, with or without an easy out`, () => {
      for (const out of ['', ...EASY_OUTS]) {
        const paste = note.replace('OUT', out);
        expect(who(paste), out).toEqual({ name: null, writer });
        expect(triage(paste, warehouseReferrer).recommendation, out).toBe('no');
      }
    });
  }
});

describe("a real candidate's ask keeps its candidate with the same easy outs", () => {
  it('a candidate asking for themselves', () => {
    const note =
      "Hi Marta, I'm applying for the Inbound Operations Supervisor role. I've led receiving at a 250k sq ft DC for three years and cut unload time by 30%. Would you be willing to refer me? OUT Thanks, Noor Haddad";
    for (const out of EASY_OUTS) {
      const result = triage(note.replace('OUT', out), warehouseReferrer);
      expect(who(note.replace('OUT', out)), out).toEqual({ name: 'Noor Haddad', writer: null });
      expect(result.signals.noAsk.present, out).toBe(false);
    }
  });

  it('a relative asking for a candidate', () => {
    const note =
      'Hi Marta, my cousin Tomasz Wierzba is applying for the Inbound Operations Supervisor role. He has run receiving at a 250k sq ft DC for three years and cut unload time by 30%. Would you put in a word for him? OUT Thanks, Ana Wierzba';
    for (const out of EASY_OUTS) {
      expect(who(note.replace('OUT', out)), out).toEqual({ name: 'Tomasz Wierzba', writer: 'Ana Wierzba' });
    }
  });
});
