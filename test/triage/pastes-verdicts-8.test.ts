import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/**
 * Forwards whose candidate asks without "refer me", postings told by their number, a candidate's own
 * past agency work, results inside a time bound, legal notices under a signature, agencies that say
 * their fee, a writer who says they are too junior, and a referrer named before being asked: the shapes
 * the eighth blind batch of pastes showed (issue 22), in new wording.
 */

const kitchen = ProfileSchema.parse({
  name: 'Marguerite',
  teamArea: 'Restaurant kitchen operations: line cooking, prep, expediting and food safety',
  openRoles: [{ title: 'Sous Chef', url: 'https://jobs.example.com/kitchen/sous-chef-12' }],
});
/** The same team with no openings listed: a role is named only by the note's own words. */
const kitchenUnlisted = ProfileSchema.parse({ ...kitchen, openRoles: [] });

describe('an Outlook forward whose candidate asks "I would be grateful for a referral"', () => {
  const forward = [
    'From: Okafor, Chidi <chidi.okafor@example.com>',
    'Sent: Monday, March 2, 2026 7:10 AM',
    'To: Marguerite Lavoie <marguerite@example.com>',
    'Subject: FW: Sous Chef opening',
    '',
    "Marguerite - sending you Inés's note. She worked the grill beside me for three years at Copper Pot, and I would put her on any line I run.",
    '',
    'Chidi Okafor | Executive Chef | Copper Pot',
    '',
    '-----Original Message-----',
    'From: Inés Valcárcel <ines.v@example.org>',
    'Sent: Sunday, March 1, 2026 10:02 PM',
    'To: Okafor, Chidi',
    'Subject: Sous Chef opening',
    '',
    'Hi Marguerite, I am applying for the Sous Chef opening and would be so grateful for a referral.',
    'Last spring I rebuilt our prep lists and cut food waste by 22% in four months.',
    'If it is not something you can do, I understand.',
    '',
    'Thank you,',
    'Inés Valcárcel',
  ].join('\n');

  it('reads the forwarded note as the ask, and the one who forwards it as the writer', () => {
    const out = triage(forward, kitchen);
    expect(out.candidate.name).toBe('Inés Valcárcel');
    expect(out.writer).toBe('Chidi Okafor');
    expect(out.signals.roleNamed.present).toBe(true);
    // Passed on by a contact of the referrer's, who vouches in their own words: the reason to ask them.
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.recommendation).not.toBe('no');
  });
});

describe('a forward whose cover says it backs no one', () => {
  const forward = [
    'From: Okafor, Chidi <chidi.okafor@example.com>',
    'Sent: Monday, March 2, 2026 7:10 AM',
    'To: Marguerite Lavoie <marguerite@example.com>',
    'Subject: FW: Sous Chef opening',
    '',
    "Marguerite - this came to me from a stranger. I've never met her, so it is not a recommendation; sending it on since the post is yours.",
    '',
    '-----Original Message-----',
    'From: Inés Valcárcel <ines.v@example.org>',
    'Sent: Sunday, March 1, 2026 10:02 PM',
    'To: Okafor, Chidi',
    'Subject: Sous Chef opening',
    '',
    'Hi Marguerite, I am applying for the Sous Chef opening and would be so grateful for a referral.',
    'Last spring I rebuilt our prep lists and cut food waste by 22% in four months.',
    '',
    'Inés Valcárcel',
  ].join('\n');

  it('gives no reason to ask this referrer', () => {
    expect(triage(forward, kitchen).signals.whyMe.present).toBe(false);
  });
});

describe('a posting named by its number, with no "role" or "job" after the title', () => {
  const note = [
    'Hi Marguerite,',
    '',
    'I took your "Salt and Smoke at the Pass" workshop through the guild in 2024.',
    'Your site lists a Sous Chef (req 7781) and I would appreciate a referral if you are comfortable.',
    'At Bistro Lune I cut ticket times from 18 to 11 minutes by reorganizing the pass.',
    'No worries at all if not.',
    '',
    'Best,',
    'Tomasz',
  ].join('\n');

  it('names the role', () => {
    const out = triage(note, kitchenUnlisted);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.candidate.targetRole).toBe('Sous Chef');
  });

  it('reads a workshop named in quotes as the reason to ask this referrer', () => {
    expect(triage(note, kitchenUnlisted).signals.whyMe.present).toBe(true);
  });
});

describe("the candidate's own past work through a staffing agency", () => {
  const note = [
    'Hi Marguerite! I staffed your harvest dinner at the vineyard as a line cook through Blue Apron Staffing, you were calling the pass.',
    'I am applying for the Sous Chef role and would love a referral.',
    'That night we had all 240 plates out in under 14 minutes per course.',
    'Totally fine if you would rather not.',
    'Dani',
  ].join('\n');

  it('is not an agency asking for someone else', () => {
    const out = triage(note, kitchen);
    expect(out.signals.onBehalf.present).toBe(false);
    expect(out.recommendation).not.toBe('no');
  });

  it("takes the referrer's event the writer worked as the why-me, and work inside a time bound as a result", () => {
    const out = triage(note, kitchen);
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.signals.proofPoint.present).toBe(true);
  });

  it('still reads an agency presenting someone through its staffing firm as on their behalf', () => {
    const agency =
      'Hi Marguerite, I am placing an experienced sous chef through Harbor Staffing and would like to introduce him. Could you refer him for the Sous Chef role?';
    expect(triage(agency, kitchen).signals.onBehalf.present).toBe(true);
  });
});

describe('a public-records notice under the signature', () => {
  const note = [
    'Hi Marguerite,',
    '',
    'We met at the county food safety workshop in May, where you walked us through your cooling logs.',
    'I am applying for the Sous Chef role and would be grateful if you would refer me. I run the prep kitchen at the county jail, and I cut our food cost per meal by 12% this year.',
    'If it is awkward, no problem at all.',
    '',
    'Thanks,',
    'Wen',
    '',
    'Wen Castellano',
    'Food Service Supervisor | County Corrections',
    '',
    'NOTICE: Under state law, e-mail sent to this address is a public record and may be disclosed on request. If you do not want your message disclosed, please call this office instead of writing.',
  ].join('\n');

  it('is set apart from the note, which still reads as a yes', () => {
    expect(normalizeRequest(note).text).not.toMatch(/public record/);
    expect(triage(note, kitchen).recommendation).toBe('yes');
  });
});

describe('an agency that names its candidate and its fee', () => {
  const note = [
    'Hi Marguerite,',
    '',
    'I have a strong chef for your Sous Chef opening. Rosa Quintero has run the line at two hotel kitchens and passed every health inspection.',
    'Rosa has authorized Plateful Talent to represent her. If you can refer her or connect me with HR, we can put a fee agreement in place (we charge 18% of first-year salary).',
    '',
    'Kind regards,',
    'Lena Fitch',
  ].join('\n');

  it('is a no, as an agency offer', () => {
    const out = triage(note, kitchen);
    expect(out.recommendation).toBe('no');
    expect(out.signals.onBehalf.present).toBe(true);
  });
});

describe('a candidate who says they may be too junior for the role', () => {
  const note = [
    'Hi Chef Marguerite,',
    '',
    'You judged the student cook-off at my culinary school in 2024.',
    'I saw you are hiring a Sous Chef. I have cooked on the line for a year and I cut our brunch ticket times by 20%. I am probably too green for it, but would you consider referring me?',
    'Understand completely if not.',
    'Ola',
  ].join('\n');

  it('is at best a one-pager: the fit is only partial by their own word', () => {
    const out = triage(note, kitchen);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).not.toBe('yes');
  });
});

describe('a referrer named on the application before being asked', () => {
  const note = [
    'hey marguerite, long time!',
    'applied for the sous chef job yesterday and I put you down as my referrer on the form.',
    'cut food cost 9% at my last place.',
    'please dont sit on it, the deadline is close',
  ].join('\n');

  it('is pressure, and a no', () => {
    const out = triage(note, kitchen);
    expect(out.signals.pressure.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it('counts "I listed you as my reference" the same way', () => {
    const listed =
      'Hi Marguerite, I applied for the Sous Chef role and listed you as my reference. I cut food cost by 9%.';
    expect(triage(listed, kitchen).signals.pressure.present).toBe(true);
  });
});

describe('a trading-desk chat log: the time, then "NAME, FIRM:", then the message', () => {
  const log = [
    'CHAT  LAVOIE M <-> RQUINTERO2                      03/02/26',
    '09:12:40 ROSA QUINTERO, HALDEN & CO.: marguerite, hi! been ages since the culinary school days',
    '09:12:58 ROSA QUINTERO, HALDEN & CO.: applying for the Sous Chef role at your place, would you refer me?',
    '09:13:20 ROSA QUINTERO, HALDEN & CO.: I cut food cost by 11% running the staff canteen here',
    '09:13:31 ROSA QUINTERO, HALDEN & CO.: no worries if not',
  ].join('\n');

  it("reads each line's message, and the person before the firm as the writer", () => {
    const intake = normalizeRequest(log);
    expect(intake.text).not.toMatch(/HALDEN/);
    expect(intake.clues.sender?.toLowerCase()).toBe('rosa quintero');
    expect(triage(log, kitchen).candidate.name?.toLowerCase()).toBe('rosa quintero');
  });
});
