import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { patternsFor } from '../../src/triage/signals/patterns.js';
import { readsAsResult } from '../../src/triage/signals/proof.js';

/**
 * Verdicts the eighteenth blind batch of pastes missed (issue 22), in new wording: a job said loosely (in
 * lower case, in the plural) that the team does not do, with nothing of the note in the team's words, is
 * outside the area; a role in a line of work none of the openings is in stays outside though a stray word
 * of the background is the team's; a length ("a 6 m mast") is no result; "zero electrical faults" is a
 * clean record; notes the writer offers to send are no earlier message.
 */

const orchard = ProfileSchema.parse({
  name: 'Bettina',
  teamArea:
    'Orchard operations for the cooperative: pruning and grafting crews, irrigation scheduling, frost protection and harvest logistics',
  openRoles: [
    { title: 'Irrigation Technician', url: 'https://jobs.example.org/orchard/irr-12' },
    { title: 'Harvest Logistics Coordinator', url: 'https://jobs.example.org/orchard/hlc-14' },
  ],
});

describe('a job said loosely that the team does not do is outside the area', () => {
  it('reads "night couriers" as a job the orchard team does not name', () => {
    const out = triage(
      'hey Bettina its Lorcan from the running club, heard the co-op is hiring night couriers for the city depot, could u put in a word for me? drove deliveries 3 years, never lost a parcel',
      orchard,
    );
    expect(out.fit.level).toBe('none');
    expect(out.recommendation).toBe('no');
  });

  it('leaves a loosely said job that touches the team words to the referrer', () => {
    const out = triage(
      'hey Bettina its Lorcan from the running club, heard the co-op is hiring frost watchers for the spring, could u put in a word for me? I did frost protection nights on my uncle’s orchard for 3 springs',
      orchard,
    );
    expect(out.fit.level).not.toBe('none');
  });
});

const herbarium = ProfileSchema.parse({
  name: 'Ottilie',
  teamArea:
    'Herbarium collections at the botanic garden: specimen mounting and digitisation, pest control in the stores, loans to visiting botanists',
  openRoles: [
    { title: 'Collections Digitisation Officer', url: 'https://jobs.example.org/herb/cdo-3' },
    { title: 'Herbarium Technician', url: 'https://jobs.example.org/herb/ht-5' },
  ],
});

describe('a role in a line of work none of the openings is in stays outside a stray shared word', () => {
  it('puts a backend engineer role outside the herbarium though "quality control" shares "control"', () => {
    const out = triage(
      [
        'Hello Ottilie, we spoke after your seed bank lecture in Leiden last spring.',
        'I would like to ask: your garden is hiring a Senior Backend Engineer for visitor ticketing. I have 6 years of Java for payment systems and ran the quality control of our release process, with no failed release in 2 years.',
        'Can you refer me for this position? If not, no problem at all.',
        'Kind regards, Teodor Haskó',
      ].join('\n'),
      herbarium,
    );
    expect(out.fit.level).toBe('none');
    expect(out.recommendation).toBe('no');
  });
});

describe('a length is no result, a fault-free record is', () => {
  it('does not read "a 6 m mast" as millions', () => {
    expect(readsAsResult('I built the lighting rigs for our club’s small 6 m mast, which I rewired myself.')).toBe(
      false,
    );
  });

  it('still reads millions written as such', () => {
    expect(readsAsResult('I grew bookings to 2 m.')).toBe(true);
    expect(readsAsResult('I raised $3m for the new wing.')).toBe(true);
  });

  it('reads "zero electrical faults" after the writer’s own rewiring as a clean record', () => {
    expect(
      readsAsResult(
        'This spring I rewired 9 of the kiln controllers and all 9 fired through June with zero electrical faults.',
      ),
    ).toBe(true);
  });
});

describe('notes the writer offers to send are no earlier message', () => {
  const P = patternsFor('en');

  it('does not read "send you my notes from the workshop" as a bump', () => {
    expect(P.FOLLOW_UP.test('Happy to send you my notes from the workshop if useful.')).toBe(false);
    expect(P.FOLLOW_UP.test('I can share my sketches from the dig.')).toBe(false);
  });

  it('still reads "my messages from last week" as a bump', () => {
    expect(P.FOLLOW_UP.test('Did you see my messages from last week?')).toBe(true);
  });

  it('keeps a chat note with an offered second line a one-pager, not a no', () => {
    const prep = ProfileSchema.parse({
      name: 'Hedda',
      teamArea: 'Textile conservation in the museum studio: costume and flag treatment, mounting and storage',
      openRoles: [{ title: 'Textile Conservator', url: 'https://jobs.example.org/museum/tc-8' }],
    });
    const out = triage(
      [
        'Larsen, Ingvild (Front of House)',
        'Available',
        'Yesterday 2:10 PM',
        "Hi Hedda, Ingvild Larsen here from Front of House. I saw the Textile Conservator posting on the staff board. I've volunteered in the studio on Thursdays since last year, mostly surface cleaning and humidifying the regimental flags.",
        'Would you be open to referring me internally? Totally fine if you think I need more time.',
        'Yesterday 2:12 PM',
        'I can send you my notes from the studio if that helps',
      ].join('\n'),
      prep,
    );
    expect(out.signals.followUp.present).toBe(false);
    expect(out.recommendation).toBe('one_pager');
  });
});
