import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/**
 * Notes that ask for something other than a referral (issue 22, the third development batch): an
 * invitation, a speaker slot, a vendor's call. Known by what they ask (a seat, a pass, a talk, a
 * call about what "we" sell), they refer no one: no candidate, no role, the sender is the writer.
 */

const lab = ProfileSchema.parse({
  name: 'Ines',
  teamArea: 'Clinical microbiology lab: bench scientists, specimen processing and QA',
  openRoles: [{ title: 'Medical Laboratory Scientist', url: 'https://jobs.example.org/mls-77' }],
});
const depot = ProfileSchema.parse({
  name: 'Tomasz',
  teamArea: 'Fleet maintenance: diesel technicians and parts for a 90-bus depot',
  openRoles: [],
});

describe('an invitation or a sale asks for no one to be referred, and its sender writes it', () => {
  it.each([
    [
      'a webinar invitation with a seat to save',
      lab,
      'Subject: Ines, join us live: rapid AST without the overtime\n\nHi Ines,\n\nWe are hosting a 45-minute live session for lab leaders on cutting turnaround for blood cultures, with two hospital microbiologists on the panel. You are warmly invited to join our Rapid Diagnostics webinar on 9 March at 16:00 CET.\n\nSave your seat here: https://events.example.com/rapid-ast\n\nKind regards,\nHenrike Vogel\nField Marketing, Clarion Diagnostics',
      'Henrike Vogel',
      /invitation/,
    ],
    [
      'a conference asking the referrer to speak',
      depot,
      'Hello Tomasz,\n\nI chair the programme for the Northern Transit Maintenance Forum this autumn. Your depot came up twice in our planning calls, and we would love for you to speak at our electrification track on what your technicians learned from the first battery buses.\n\nSpeakers receive travel and two guest passes. Could you let me know by the end of the month?\n\nWarm wishes,\nAoife Brennan\nProgramme Chair',
      'Aoife Brennan',
      /invitation/,
    ],
    [
      "a vendor's quick call, with a discount and a promise not to chase",
      depot,
      "Hi Tomasz,\n\nSaw your post about brake wear on the articulated fleet. Our sensor kit clips onto the calipers and sends pad thickness to a dashboard. We're offering 20% off pilot kits until the end of March. Would you have time for a quick call to see how we could fit your depot? If it's not on your list this year, tell me and I won't follow up.\n\nRegards,\nDevon Marsh\nSales, Padwise",
      'Devon Marsh',
      /sales introduction/,
    ],
  ])('%s', (_, referrer, note, sender, says) => {
    const out = triage(note, referrer);
    expect(out.recommendation).toBe('no');
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.signals.roleNamed.present).toBe(false);
    expect(out.signals.followUp.present).toBe(false);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe(sender);
    expect(out.drafts?.no).toMatch(new RegExp(`^(Hi|Hey|Hello) ${sender.split(' ')[0]},`));
    expect(out.drafts?.no).toMatch(says);
  });

  it("reads the seller's clock as pressure and the promise not to chase as an easy out", () => {
    const note =
      "Hi Tomasz, our torque tools are 15% off for depots until Friday, and registration for the live demo closes tomorrow. Would you be up for a short demo? If now isn't a good time, I won't chase.";
    const out = triage(note, depot);
    expect(out.signals.pressure.present).toBe(true);
    expect(out.signals.gracefulExit.evidence).toMatch(/won't chase/);
  });

  it('a reward offered to the reader is no result of anyone’s', () => {
    const note =
      'Dear Ines, I am a master’s student surveying lab managers about staffing. As the lead of the microbiology lab at St Columba’s, your answers would help a lot. The questionnaire takes about 10 minutes and each respondent receives a €20 gift card. If you would rather not take part, simply ignore this.';
    const out = triage(note, lab);
    expect(out.recommendation).toBe('no');
    expect(out.signals.proofPoint.present).toBe(false);
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.candidate.name).toBeNull();
  });

  it('a candidate who asks for a call about a role is still asking for a referral', () => {
    const note =
      "Hi Ines, I'm a medical laboratory scientist at a regional hospital and I'm applying for your Medical Laboratory Scientist opening. Would you have time for a quick call to see if I could be a fit, and would you refer me if so? I won't follow up more than once.";
    const out = triage(note, lab);
    expect(out.signals.notAReferral.present).toBe(false);
    expect(out.signals.followUp.present).toBe(false);
    expect(out.signals.roleNamed.present).toBe(true);
  });
});

describe('a chat label written surname first, with a time after it, is the name turned round', () => {
  const teams =
    'Okonkwo-Bello, Adaeze  14:02\nHi Ines, I work in specimen processing on level 2 and I saw the Medical Laboratory Scientist posting.\nOkonkwo-Bello, Adaeze  14:03\nCould you refer me? No worries if not.\nSeen by Ines Duarte\nType a new message';

  it('reads the sender and drops the label lines, even where "Seen by" reads as another app', () => {
    const intake = normalizeRequest(teams);
    expect(intake.clues.sender).toBe('Adaeze Okonkwo-Bello');
    expect(intake.text).not.toMatch(/Okonkwo-Bello, Adaeze/);
  });

  it('greets the given name', () => {
    const out = triage(teams, lab);
    expect(out.candidate.name).toBe('Adaeze Okonkwo-Bello');
    expect(out.drafts?.one_pager).toMatch(/^(Hi|Hey|Hello) Adaeze,/);
  });
});

describe('results, easy outs and flattery in new words', () => {
  it('a clean record held for months, and work delivered clean, are results', () => {
    const held =
      'Hi Tomasz, I lead the night shift at a 60-bus depot and our roadcall rate stayed at zero for nine straight months after I changed the pre-trip checks.';
    expect(triage(held, depot).signals.proofPoint.present).toBe(true);
    const clean =
      'Hi Tomasz, last spring I rebuilt the depot’s parts catalogue and delivered it on schedule with zero errors found in the audit.';
    expect(triage(clean, depot).signals.proofPoint.present).toBe(true);
  });

  it('leave to find it hard is an easy out', () => {
    const note =
      'Hi Tomasz, I am applying for a diesel technician job at your depot. Could you refer me? If this is too awkward, please do not worry at all.';
    expect(triage(note, depot).signals.gracefulExit.present).toBe(true);
  });

  it('a superlative said of the reader is flattery', () => {
    const note =
      'Hi Ines!! You are truly the smartest lab lead in the whole city, everyone says so. Any jobs going? I will do anything.';
    expect(triage(note, lab).signals.flattery.present).toBe(true);
  });
});
