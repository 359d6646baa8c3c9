import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * What the twelfth paste batch's verdicts left (issue 22): a gap the writer admits about the team's own
 * work ("I haven't worked in a shipyard" to a shipyard team), or says without its "I" ("Never done
 * banquets"), makes the fit partial, and only the clause before its "but" is the gap; "zero damage" is a
 * clean record; a thread's wordless "??" is a bump, and a read receipt held up, "the courtesy of a reply"
 * and a referral made small ("takes 2 minutes") are pressure; a question to a whole channel ("anyone
 * here…") is a broadcast, and being in the same channel is no reason; asking to list the referrer as a
 * reference is not a referral.
 */

const vet = ProfileSchema.parse({
  name: 'Odalys Ferreira',
  teamArea: 'Small-animal veterinary hospital: surgery, dentistry, anesthesia and overnight emergency care',
  openRoles: [
    { title: 'Veterinary Dental Technician', url: 'https://jobs.example.org/vet-dental-tech' },
    { title: 'Surgical Veterinary Nurse', url: 'https://jobs.example.org/surgical-vet-nurse' },
  ],
});
const airport = ProfileSchema.parse({
  name: 'Henrik Salo',
  teamArea: 'Airport ground operations: aircraft turnarounds, baggage handling, de-icing and ramp safety',
  openRoles: [
    { title: 'Ramp Operations Supervisor', url: 'https://jobs.example.com/ramp-ops-supervisor' },
    { title: 'De-icing Coordinator', url: 'https://jobs.example.com/deicing-coordinator' },
  ],
});
const archive = ProfileSchema.parse({
  name: 'Beatriz Lindqvist',
  teamArea: 'University special collections: rare books, manuscripts, digitization and reading room services',
  openRoles: [{ title: 'Rare Books Cataloguer', url: 'https://jobs.example.edu/rare-books-cataloguer' }],
});
const library = ProfileSchema.parse({
  name: 'Maren Ostrowski',
  teamArea: 'Public library branch services: circulation, youth programs and adult literacy',
  openRoles: [{ title: 'Youth Services Librarian', url: 'https://jobs.example.gov/youth-services-librarian' }],
});

describe('a gap the writer admits about the role or the team', () => {
  it('"I haven\'t worked at an airport" to an airport team is partial, whatever the rest shares', () => {
    const note =
      'Hi Henrik,\n\nI found you through the Nordair careers page. I am applying for the Ramp Operations Supervisor ' +
      'opening. For six years I have run the loading dock at a regional parcel hub, forty trucks a shift, and last ' +
      'winter we cut missed departures from 30 a month to 4. I have not worked at an airport, but I know crews, ' +
      'shift handovers and safety briefings well.\n\nIf it is not a fit, no problem at all.\n\nTomasz Wierzbicki';
    const out = triage(note, airport);
    expect(out.fit.level).toBe('partial');
    expect(out.fit.explanation).toContain('"I have not worked at an airport"');
    expect(out.recommendation).not.toBe('yes');
  });

  it('"Never done dentals on my own" without its "I" is a gap about the role\'s work', () => {
    const note =
      "hey Odalys it's Priya, Dr. Kwan's old assistant from Riverside. saw the Veterinary Dental Technician post. " +
      "I've been a surgical assistant 4 yrs and cut our pre-op wait from 40 min to 15. Never done dentals on my own " +
      'but I pick things up quick. would you refer me? totally fine if not';
    const out = triage(note, vet);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).not.toBe('yes');
  });

  it('what follows the "but" is not the gap: a gap about something the team does not do leaves the fit alone', () => {
    const note =
      'Dear Beatriz,\n\nWe met at the RBMS conference in Denver, at your talk on provenance notes. I am applying for ' +
      'the Rare Books Cataloguer role. I have never worked with film or audio, but I have catalogued early printed ' +
      'books for six years and cleared a backlog of 3,000 manuscripts in fourteen months.\n\nWould you be willing to ' +
      'refer me? I understand if not.\n\nBest,\nIngrid Tovar';
    const out = triage(note, archive);
    expect(out.fit.explanation).not.toContain('say so themselves');
  });
});

describe('a clean record told as no damage', () => {
  it('"with zero damage" after a move is a result', () => {
    const note =
      'Dear Beatriz,\n\nWe met at the RBMS conference in Denver. I am applying for the Rare Books Cataloguer role. ' +
      'Last year I led the move of our map collection to the new annex: 4,100 items relocated with zero damage and ' +
      'no loss.\n\nWould you be willing to refer me? No worries if not.\n\nIngrid Tovar';
    const out = triage(note, archive);
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.signals.proofPoint.evidence).toContain('zero damage');
  });
});

describe('a chased thread', () => {
  it('a wordless "?" and "??" under later stamps are two bumps, and a no', () => {
    const note =
      'Jun 3, 10:12 AM\nhi Henrik! applying for the De-icing Coordinator job, I ran de-icing for 3 winters at ' +
      'Kittila and we cut deice delays from 22 min to 9. could you refer me?\nJun 6, 9:30 AM\n?\nJun 9, 6:45 PM\n??';
    const out = triage(note, airport);
    expect(out.signals.followUp.count).toBeGreaterThanOrEqual(2);
    expect(out.recommendation).toBe('no');
  });

  it('a read receipt held up, a reply called a courtesy, a referral made small: pressure', () => {
    const bases = [
      'I know you opened my message on Monday.',
      'I would appreciate the courtesy of a response either way.',
      'Referring me only takes like five minutes.',
    ];
    for (const line of bases) {
      const note =
        'Hi Maren, I applied for the Youth Services Librarian role and run the teen book club at Eastgate, which ' +
        `grew from 6 to 31 members. Could you refer me? ${line}`;
      expect(triage(note, library).signals.pressure.present, line).toBe(true);
    }
  });

  it('a question mark inside a sentence is no bump', () => {
    const note =
      'Hi Maren, we met at the state library conference. I am applying for the Youth Services Librarian role; my ' +
      'summer reading program grew from 120 to 410 kids. Could you refer me? No worries if not.';
    const out = triage(note, library);
    expect(out.signals.followUp.present).toBe(false);
    expect(out.signals.pressure.present).toBe(false);
  });
});

describe('a question to a whole channel', () => {
  it('"anybody in this group work at…" is a broadcast, and "saw you\'re on here" no reason', () => {
    const note =
      '#careers\nrampgirl_88 — Today at 6:02 PM\nanybody in this group work airport ground ops? looking for ' +
      'referrals for ramp supervisor or de-icing jobs, any airport in the north. 7 yrs baggage + ramp. DM me\n' +
      "rampgirl_88 — Today at 6:05 PM\n@Henrik S (Nordair) saw you're on here, you guys hiring?";
    const out = triage(note, airport);
    expect(out.signals.broadcast.present).toBe(true);
    expect(out.signals.whyMe.present).toBe(false);
    expect(out.recommendation).toBe('no');
  });

  it('"you\'re on the ramp safety team" is still a reason', () => {
    const note =
      'Hi Henrik, Jonas told me you are on the ramp safety team at Nordair. I am applying for the Ramp Operations ' +
      'Supervisor role; I cut ramp incidents at Vaasa from 14 a year to 3. Would you refer me? No worries if not.';
    expect(triage(note, airport).signals.whyMe.present).toBe(true);
  });
});

describe('a reference asked for a job elsewhere', () => {
  it('"the clinic needs two work references, can I put you down?" is not a referral', () => {
    const note =
      'Hi Odalys! Hope the hospital is well. I am going for a head tech job at a clinic across town (not your ' +
      'hospital) and the clinic needs two work references. Can I put you down, since you trained me on anesthesia? ' +
      'No pressure if not. Priya';
    const out = triage(note, vet);
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.recommendation).toBe('no');
    expect(out.drafts?.no).toContain('reference');
  });

  it('"would it be ok if I list you?" alone asks for a reference, and the no says so', () => {
    const note =
      "Henrik, hi, it's Jonas from the Vaasa de-icing crew. I'm interviewing for a station manager post with " +
      'another carrier. Would it be ok if I list you? They may call in March. Totally fine to say no.';
    const out = triage(note, airport);
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.recommendation).toBe('no');
    expect(out.drafts?.no).toContain('reference');
  });
});
