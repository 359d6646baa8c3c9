import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { withoutMailBanners } from '../../src/triage/intake/banners.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { readsAsResult } from '../../src/triage/signals/proof.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';

/** Shapes the third blind paste batch showed (issue 22), each rule on a note of its own. */

const plant = ProfileSchema.parse({
  name: 'Marta',
  teamArea: 'Plant maintenance: electrical, controls and PLC work at a bottling plant',
  openRoles: [{ title: 'Controls Technician', url: 'https://careers.example.com/jobs/ct-90' }],
});

describe("a colleague who names the candidate's place beside them vouches", () => {
  it.each([
    ['"X was my lead Y"', 'Dana Whitfield was my lead technician for five years at Corvel Bottling.'],
    ['"X, she\'s been my Y"', "Dana Whitfield, she's been my controls tech since 2019."],
    ['"X was my counterpart"', 'Dana Whitfield was my maintenance counterpart on nights at Corvel.'],
  ])("%s is judged on the note's merits", (_, said) => {
    const note = `Marta, it's Hal Brenner from Corvel. ${said} She rebuilt the PLC logic on our capper and cut changeovers from 50 to 20 minutes. She's applying for your Controls Technician opening. Would you refer her? No worries if not.`;
    const out = triage(note, plant);
    expect(out.candidate.name).toBe('Dana Whitfield');
    expect(out.writer).toBe('Hal Brenner');
    expect(out.recommendation).toBe('yes');
  });

  // First-hand work said of someone never named ("She was my lead tech for five years", as "I was her lead" is) is kept
  // a vouch, not an offer (pastes-blind-18): never a yes for a candidate the referrer cannot name, a one-pager at most.
  it('"She was my lead tech" names no one, so it is no yes for a named candidate', () => {
    const note =
      "Marta, it's Hal Brenner. She was my lead tech for five years and cut changeovers from 50 to 20 minutes. Would you refer her for the Controls Technician opening?";
    const out = triage(note, plant);
    expect(out.candidate.name).toBeNull();
    expect(out.recommendation).toBe('one_pager');
  });
});

describe('relatives passing on a wish are at most a one-pager, and named', () => {
  it('"it\'s Will (Dana\'s husband)" writes for his wife', () => {
    const note =
      "Hey Marta it's Will (Dana's husband, from the climbing gym). Dana saw the Controls Technician opening. She rebuilt the PLC logic on our capper and cut changeovers from 50 to 20 minutes. Any chance you could refer her? Totally fine if not";
    const out = triage(note, plant);
    expect(out.candidate.name).toBe('Dana');
    expect(out.writer).toBe('Will');
    expect(out.recommendation).toBe('one_pager');
  });

  it('"its tio Beto. Your cousin Rafa is looking…" names both, and "can you get him in" is the ask', () => {
    const note =
      'Marta mija its tio Beto. Your cousin Rafa is looking for work since the cannery closed. He ran their line 3 crew and his shift had the best uptime record in the plant. You have that Controls Technician job posted right? Can you get him in??';
    const out = triage(note, plant);
    expect(out.candidate.name).toBe('Rafa');
    expect(out.writer).toBe('Beto');
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.recommendation).toBe('one_pager');
  });

  it('"my buddy Sven\'s kid" is not a candidate named Sven\'s', () => {
    const out = triage(
      "Harold! My buddy Sven's kid is looking for work, anything really. Can you help him get in the door?",
      plant,
    );
    expect(out.candidate.name).not.toBe("Sven's");
  });
});

describe("a Gmail conversation: the introducer's words to the referrer are the introduction", () => {
  const thread = [
    'Marta <> Dana — controls',
    'Inbox',
    '',
    'Priya Nair <priya@example.com>',
    'Mon, Jun 2, 10:12 AM',
    'to Marta, Dana',
    '',
    'Marta, meet Dana. Dana, meet Marta.',
    '',
    'Marta — Dana and I worked together for three years at Corvel, where she owned the capper line. She is the one who cut our changeovers from 50 minutes down to 20, and she did it without a single missed shipment.',
    '',
    'Dana — Marta runs maintenance at the bottling plant.',
    '',
    'Priya',
    '',
    'Dana Whitfield <dana.w@example.com>',
    'Mon, Jun 2, 11:40 AM',
    'to Marta, bcc: Priya',
    '',
    'Thanks Priya!',
    '',
    "Hi Marta — nice to meet you. As Priya said, I've spent the last six years on PLCs and drives at Corvel Bottling, mostly Allen-Bradley. I've applied for the Controls Technician role (https://careers.example.com/jobs/ct-90) and would really appreciate a referral if you think it's a match. Entirely fine if not.",
    '',
    'Dana',
  ].join('\n');

  it('reads the latest message whole, under "Thanks Priya!" and a "to …, bcc: …" line', () => {
    const intake = normalizeRequest(thread);
    expect(intake.text).toContain("I've applied for the Controls Technician role");
    expect(intake.text).not.toContain('bcc:');
    expect(intake.introductions.some((l) => l.startsWith('Marta — Dana and I worked'))).toBe(true);
  });

  it("takes the introducer's result as the proof, and the candidate as the writer of the note", () => {
    const out = triage(thread, plant);
    expect(out.signals.proofPoint.evidence).toContain('from 50 minutes down to 20');
    expect(out.candidate.name).toBe('Dana Whitfield');
    expect(out.recommendation).toBe('yes');
  });
});

describe("a mail system's banner is clutter, not a placeholder", () => {
  it.each([
    [
      '[EXTERNAL EMAIL] This message originated outside of Corvel. Do not click links or open attachments unless you recognise the sender.',
    ],
    [
      'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you know the content is safe.',
    ],
  ])('%s', (banner) => {
    const note = `From: Dana Whitfield <dana@example.com>\nSubject: [EXTERNAL] Controls Technician\n\n${banner}\n\nHi Marta,\n\nI've applied for the Controls Technician role. I rebuilt the PLC logic on our capper and cut changeovers from 50 to 20 minutes. Would you refer me? No worries if not.\n\nDana Whitfield`;
    const out = triage(note, plant);
    expect(out.signals.placeholder.present).toBe(false);
    expect(normalizeRequest(note).text).not.toMatch(/EXTERNAL|originated/);
  });

  it('keeps a sentence that only mentions clicking', () => {
    expect(withoutMailBanners('I clicked through your careers page.')).toBe('I clicked through your careers page.');
  });
});

describe('results in words the lists now read', () => {
  it.each([
    ['we went 14 months with zero falls on the unit'],
    ['we ran two years without a single recall'],
    ['the job came in $410K under the GMP'],
    ["her window won the downtown association's storefront award"],
    ['his shift had the best safety record in the building'],
  ])('"%s" is a result', (text) => {
    expect(readsAsResult(text)).toBe(true);
  });

  it('"five years with no experience of it" is not', () => {
    expect(readsAsResult('I have five years with no experience of Siemens')).toBe(false);
  });
});

describe("fit by the candidate's own discipline", () => {
  const retail = ProfileSchema.parse({
    name: 'Tomás',
    teamArea: 'Store operations for a regional apparel retailer: store leadership, floor sets and conversion',
    openRoles: [{ title: 'Assistant Store Manager', url: 'https://careers.example.com/jobs/asm-1' }],
  });

  it('a sales lead on a store floor is in retail, not only sales', () => {
    const note =
      "Hi Tomás, we met at the district meeting. I'm a sales lead at the Northgate store and I've applied for the Assistant Store Manager posting. Since March I've run our weekend floor plan and conversion went from 17% to 23%. Would you refer me? No worries if not.";
    expect(triage(note, retail).fit.level).toBe('strong');
  });

  it('a candidate from another discipline, for a role sharing no word with the area, is outside it', () => {
    const note =
      "Hi Tomás, I'm a territory sales manager with a pharma company and hit 140% of quota last year. Would you refer me for the Value Analysis Coordinator role?";
    const out = triage(note, retail);
    expect(out.fit.level).toBe('none');
    expect(out.recommendation).toBe('no');
  });
});

describe('names as they arrive', () => {
  it('a résumé heading with a hyphenated surname names its owner', () => {
    const note =
      "Hi Marta,\n\nI'm applying for the Controls Technician role and cut changeovers from 50 to 20 minutes at Corvel. Would you refer me? No worries if not.\n\nNoor Al-Khatib\n\nNOOR AL-KHATIB\nDayton, OH · noor@example.com · (937) 555-0100\n\nEXPERIENCE\nControls Technician, Corvel Bottling — 2019–present\n• PLC and drive maintenance";
    expect(triage(note, plant).candidate.name).toBe('Noor Al-Khatib');
  });

  it('a quoted nickname is the name only when the note goes by it', () => {
    const linkedin = (body: string) =>
      `Robert "Bobby" Kane · 2nd\nControls Tech at Corvel\nRobert "Bobby" Kane sent the following message at 5:31 AM\nView Robert's profile\nRobert "Bobby" Kane  5:31 AM\n${body}`;
    const ask =
      "I've applied for your Controls Technician role and cut changeovers from 50 to 20 minutes. Would you refer me?";
    expect(triage(linkedin(`Marta — Bobby Kane, we met at the PLC meetup. ${ask}`), plant).candidate.name).toBe(
      'Bobby Kane',
    );
    expect(triage(linkedin(`Marta — we met at the PLC meetup. ${ask}`), plant).candidate.name).toBe('Robert Kane');
  });

  it('a contact saved with an emoji is still a name', () => {
    const note =
      'Jess 🌸\nYesterday 11:47 PM\nomg hi Marta!! my roommate Zainab is applying for the Controls Technician job at your plant. could you maybe refer her?? no stress if not';
    const out = triage(note, plant);
    expect(out.candidate.name).toBe('Zainab');
    expect(out.writer).toBe('Jess');
  });

  it('"It\'s Sofi" under the contact "Sofía Beltrán" is Sofía Beltrán', () => {
    const note =
      "Sofía Beltrán\niMessage\nWed, Feb 12 at 9:41 PM\nHi Marta!! It's Sofi from Corvel, we did nights together in 2021. I'm applying for the Controls Technician posting and cut changeovers from 50 to 20 minutes. Would you refer me?";
    expect(triage(note, plant).candidate.name).toBe('Sofía Beltrán');
  });

  it('"I\'m Park Ji-woo (박지우)" names the writer', () => {
    const note =
      "09/06/2025, 22:15 - +82 10-5555-0193: Hi Marta, I'm Park Ji-woo (박지우), controls tech for 5 years. Would you consider referring me for the Controls Technician role?";
    expect(triage(note, plant).candidate.name).toBe('Park Ji-woo');
  });

  it('"Algebra I" is a course, never "they"', () => {
    expect(toThirdPerson('I rebuilt our Algebra I course and taught Chemistry I.', 'Anh')).toBe(
      'Anh rebuilt their Algebra I course and taught Chemistry I.',
    );
  });
});
