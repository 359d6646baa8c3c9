import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Names as a reply greets them (issue 22): not in capitals, not surname first, never "Anonymous". */

const pharmacy = ProfileSchema.parse({
  name: 'Odette',
  teamArea: 'Hospital pharmacy: IV room, sterile compounding and pharmacy technicians',
  openRoles: [{ title: 'IV Room Technician', url: 'https://careers.example.org/jobs/iv-12' }],
});

describe('a name is read in its case and order', () => {
  it('a note typed in capitals signs a name a reply writes with one capital', () => {
    const out = triage(
      'ODETTE - I RAN THE CLEANROOM LOG AT MERCY FOR 3 YEARS. APPLYING FOR IV ROOM TECHNICIAN. CUT COMPOUNDING ERRORS FROM 9 TO 2 A QUARTER. REFER ME? FINE IF NOT. -TOBIAS',
      pharmacy,
    );
    expect(out.candidate.name).toBe('Tobias');
    expect(out.drafts?.no).toMatch(/^(Hi|Hey) Tobias,/);
  });

  it('a name in capitals over a résumé is the one the note writes in mixed case', () => {
    const note =
      "Hi Odette, I'm applying for the IV Room Technician role. I cut compounding errors from 9 to 2 a quarter. Would you refer me? No worries if not.\n\nThanks,\nTobias\n\nTOBIAS ACHTERBERG\nDayton, OH · (937) 555-0148 · tobias.al@example.com\nEXPERIENCE\nPharmacy Technician, Mercy Hospital  2021–2025";
    expect(triage(note, pharmacy).candidate.name).toBe('Tobias Achterberg');
  });

  it('"Surname, Given, MD PhD" in a From: line is the given name and the surname', () => {
    const note =
      'From: Lindqvist-Amadi, Helena, MD PhD <hla@example.org>\nSent: Monday, May 5, 2025 8:10 AM\nTo: Odette Marsh\nSubject: Tobias Reyes\n\nOdette,\n\nTobias Reyes has been my lead IV room technician for four years; he cut our compounding errors from 9 to 2 a quarter. He is applying for your IV Room Technician opening. Would you refer him? No pressure.\n\nHelena';
    expect(triage(note, pharmacy).writer).toBe('Helena Lindqvist-Amadi');
  });

  it('a note signed "Anonymous" names no one', () => {
    const out = triage(
      'Hi Odette, could you refer me to someone who can check my prescription refill?\nAnonymous',
      pharmacy,
    );
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBeNull();
  });
});
