import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** A seller's pitch (issue 22): it offers what it sells and asks for a meeting, and refers no one. */

const nursing = ProfileSchema.parse({
  name: 'Odette',
  teamArea: 'Medical-surgical nursing: a 32-bed unit, charge nurses and staff RNs',
  openRoles: [{ title: 'Staff RN, Med-Surg Nights', url: 'https://careers.example.org/jobs/rn-221' }],
});
const warehouse = ProfileSchema.parse({
  name: 'Marta',
  teamArea: 'Warehouse operations: inbound receiving, slotting, pick accuracy and dock scheduling',
  openRoles: [],
});
const kitchen = ProfileSchema.parse({
  name: 'Luca',
  teamArea: 'Restaurant kitchen: line cooks, prep and food safety for a 140-seat dining room',
  openRoles: [],
});

describe('a pitch to the referrer’s team is not a referral request, and its sender is no candidate', () => {
  it.each([
    [
      'a staffing vendor',
      nursing,
      'Hi Odette,\n\nBrightShift Staffing places travel and per-diem RNs with med-surg units like yours, usually within 72 hours of a request. Would you be open to a 15-minute call this week to talk about your night coverage?\n\nThanks,\nGreg Tolliver\nAccount Manager | BrightShift Staffing',
      'Greg Tolliver',
    ],
    [
      'a software seller',
      warehouse,
      'Hi Marta — our slotting software helps receiving teams like yours cut putaway time, and it plugs into most WMS setups. Could I show you how it works in a quick demo next Tuesday? Happy to send pricing too.\n\nThanks,\nPriya Raman\nSlotwise',
      'Priya Raman',
    ],
    [
      'a training provider',
      kitchen,
      "Hello Luca,\n\nWe run ServSafe-style food safety workshops on site for kitchens like yours, in English and Spanish, during your slow hours. Can we book a time to walk you through the course outline? I'd also appreciate an introduction to whoever buys training for the group.\n\nBest regards,\nDaniel Okoro\nSafePlate Training",
      'Daniel Okoro',
    ],
  ])('%s: a no that says what it is, answered to the seller', (_, referrer, note, seller) => {
    const out = triage(note, referrer);
    expect(out.recommendation).toBe('no');
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.signals.noAsk.present).toBe(true);
    expect(out.signals.adviceOnly.present).toBe(false);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe(seller);
    expect(out.drafts?.no).toMatch(new RegExp(`^(Hi|Hey) ${seller.split(' ')[0]},`));
    expect(out.drafts?.no).toMatch(/rather than a job referral/);
  });

  it('a candidate who offers their own work to teams like the referrer’s is asking for a job', () => {
    const note =
      "Hi Marta, I've run inbound receiving at a 3PL for four years and cut dock-to-stock from 3 days to 1. I'd love to bring that to teams like yours. Would you be open to a quick call about the Inbound Supervisor role, and would you refer me if it fits?";
    const out = triage(note, warehouse);
    expect(out.signals.notAReferral.present).toBe(false);
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBeNull();
  });

  it('a seller who also asks a referral for a named person is asking for a referral', () => {
    const note =
      'Hi Marta, Slotwise helps receiving teams like yours cut putaway time. Separately, my cousin Ana Ruiz is applying for your Inbound Supervisor role; she ran receiving at a 3PL and cut dock-to-stock from 3 days to 1. Would you refer her? Happy to do a quick call.';
    const out = triage(note, warehouse);
    expect(out.signals.notAReferral.present).toBe(false);
    expect(out.candidate.name).toBe('Ana Ruiz');
  });
});
