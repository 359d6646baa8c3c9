import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * An opening named by its title's head, as the seat the writer would join in (issue 22): "to join your crew
 * this autumn as picker" names "Orchard Picker (seasonal, apples and pears)". Only a head no other job
 * shares counts ("as an engineer" names none), and only with the words of joining: "I worked as a picker"
 * says what someone was. Notes written for these tests.
 */

const team = referrerNamed('Bronwen');
const orchard = 'Cider orchard operations: seasonal harvest crews, grading shed and press-house';
const opening = 'Orchard Picker (seasonal, apples and pears)';

describe("joining as the head of the referrer's opening names it", () => {
  it('reads "join your crew … as picker" as the opening', () => {
    const paste =
      'Hello Bronwen, I saw on your page that you run the harvest crews. I picked for a farm near Ledbury two autumns running. I would be glad to join your crew this October as picker. Could you recommend me? Diolch, Anwen Morgan';
    const result = triage(paste, team(orchard, opening));
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.candidate.targetRole).toBe(opening);
  });

  it('reads "be part of your team as one of your pickers"', () => {
    const paste =
      'Hi Bronwen, a friend from the grading shed pointed me to you. I would love to be part of your team as one of your pickers this season. Would you refer me? Thanks, Ffion';
    const result = triage(paste, team(orchard, opening));
    expect(result.signals.roleNamed.present).toBe(true);
  });
});

describe('the head alone does not name the opening', () => {
  it('does not read "I worked as a picker" (what someone was, no joining)', () => {
    const paste =
      'Hi Bronwen, I worked as a picker in Kent for years and now drive a forklift. Could you give me some advice on getting into cider making? Thanks, Gethin';
    const result = triage(paste, team(orchard, opening));
    expect(result.signals.roleNamed.present).toBe(false);
  });

  it('does not read "join … as a manager" when the opening\'s head is a word many jobs share', () => {
    const paste =
      'Hi Bronwen, I would like to join your company as a manager one day. Could you refer me? Thanks, Osian';
    const result = triage(paste, team(orchard, 'Press-house Shift Manager (nights)'));
    expect(result.candidate.targetRole).not.toBe('Press-house Shift Manager (nights)');
  });

  it('does not join across a semicolon: "glad to join you; I worked as a picker"', () => {
    const paste =
      'Hi Bronwen, I would be glad to join you some day; I worked as a picker in Kent before. Any advice on cider making? Thanks, Gethin';
    const result = triage(paste, team(orchard, opening));
    expect(result.signals.roleNamed.present).toBe(false);
  });
});
