import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * An opening named by its title without the bracketed part, as the seat the referrer's side is filling (issue
 * 22): "you'd be taking a trainee glassblower for the autumn" names "Trainee Glassblower (Autumn cohort, Level 3)".
 * Without the words of hiring, the same words say what someone is or was. Notes written for these tests.
 */

const team = referrerNamed('Ines');
const studio = 'Hot glass studio: blown tableware, lighting commissions and a teaching hotshop';
const opening = 'Trainee Glassblower (Autumn cohort, Level 3)';

describe('an opening named as the seat being filled, its bracketed part left off', () => {
  it("reads 'you'd be taking a trainee glassblower' as the opening", () => {
    const paste =
      "Hi Ines, Rhodri from the Saturday beginners' class. The gallery shop said you'd be taking a trainee glassblower for the autumn. I've gathered and shaped at the bench every weekend for a year. Would you put my name forward? If not, no problem.";
    const result = triage(paste, team(studio, opening));
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.signals.roleNamed.evidence?.toLowerCase()).toContain('trainee glassblower');
  });

  it('reads "looking for another Trainee Glassblower" in a chat line', () => {
    const paste =
      "[11/08/2025, 19:02] Maelle Roux: Hiya, Maelle here from the bead fair stall next to yours. Saw on Instagram you're looking for another Trainee Glassblower. Could you recommend me for it? Totally fine if not";
    const result = triage(paste, team(studio, opening));
    expect(result.signals.roleNamed.present).toBe(true);
  });

  it('does not read the title\'s words without the words of hiring ("I worked beside your trainee glassblower")', () => {
    const paste =
      "Hi Ines, I worked beside your trainee glassblower at the craft fair last month and loved the demo. Could you tell me more about how you started out? No worries if you're busy.";
    const result = triage(paste, team(studio, opening));
    expect(result.signals.roleNamed.present).toBe(false);
  });
});
