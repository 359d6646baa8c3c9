import { describe, expect, it } from 'vitest';
import { normalizeRequest, ProfileSchema, triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/** Notes as they really arrive (issue 22, blind paste set 2): who is who, and what the shape hides. */

const profile = warehouseReferrer;

const ask = "I'm applying for the Inbound Operations Supervisor role.";
const result = 'I rebuilt our dock schedule and trailer dwell fell from 31 to 12 hours.';

describe('forwarded mail', () => {
  it('a note written to the forwarder makes the forwarder the writer', () => {
    const paste = [
      'Fwd: supervisor job?',
      '',
      'Dana Whitcombe <dana.w@example.com>',
      'Tue, Apr 8, 9:02 AM',
      'to me',
      '',
      "Marta, a neighbor asked me to pass this on. I haven't worked with him. Your call.",
      '',
      '---------- Forwarded message ---------',
      'From: Ilya Brandt <ilya.brandt@example.net>',
      'Date: Mon, Apr 7, 2025 at 7:40 PM',
      'Subject: supervisor job?',
      'To: Dana Whitcombe <dana.w@example.com>',
      '',
      'Hey Dana,',
      '',
      `${ask} ${result} Could you get my name in front of whoever hires for it? No big deal if not.`,
      '',
      'Ilya',
    ].join('\n');
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('Ilya Brandt');
    expect(out.writer).toBe('Dana Whitcombe');
  });

  it("a relative's forward that names no one: the candidate is who wrote the forwarded message", () => {
    const paste = [
      'From: Keane, Brian <bkeane@example.com>',
      'Sent: Friday, March 7, 2025 4:47 PM',
      'To: Marta',
      'Subject: FW: cv',
      '',
      'Marta - my nephew, just finished his degree. Anything for him on your side? Thanks',
      'B',
      '',
      '---------- Forwarded message ---------',
      'From: Cormac Keane-Ito <cormac.ki@example.edu>',
      'Date: Thu, Mar 6, 2025 at 11:02 PM',
      'Subject: cv',
      'To: Brian Keane <bkeane@example.com>',
      '',
      'hi! here is my cv like you asked. thanks!!',
    ].join('\n');
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('Cormac Keane-Ito');
    expect(out.writer).toBe('Brian Keane');
    expect(out.recommendation).not.toBe('yes');
  });
});

describe('who is who', () => {
  it('an agency "currently representing" someone unnamed offers a candidate: no name, a no', () => {
    const paste =
      "Hi Marta, I'm currently representing a strong warehouse supervisor who is quietly looking. I can't share the name yet. Could you submit them as a referral? Our usual fee applies.\nThanks,\nGlen Ashby";
    const out = triage(paste, profile);
    expect(out.candidate.name).toBeNull();
    expect(out.recommendation).toBe('no');
  });

  it.each([
    ['Could you give her a referral?', 'my wife Noor'],
    ['Please help her get a job there.', 'my wife Noor'],
    ['She wants the Inbound Operations Supervisor role.', 'my wife Noor'],
  ])('"%s" about %s is written for her', (said, who) => {
    const paste = `Hi Marta,\n\nYou don't know me but ${who} worked receiving at Harlow for four years. ${said}\n\nThanks,\nSami Haddad`;
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('Noor');
    expect(out.writer).toBe('Sami Haddad');
    expect(out.recommendation).not.toBe('yes');
  });

  it('"This is X, Y\'s dad" names the writer and the candidate', () => {
    const paste =
      "Hi is this Marta? This is Owen Pike, Callum's dad. Callum just finished his logistics course and needs a job. Can you get him hired?";
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('Callum');
    expect(out.writer).toBe('Owen Pike');
  });

  it('news of the candidate by name, passed on by a relative, names them', () => {
    const paste =
      'Auntie Grace\nSun 8:10 PM\n\nMarta dear, good evening.\nKwame has graduated from Temple in supply chain.\nPls help him get a job in your company. He can send CV\nRead 8:30 PM';
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('Kwame');
    expect(out.writer).toBe('Grace');
  });

  it('an ask to refer someone by name, from the one they work for, is a vouch judged on its merits', () => {
    const paste = `Marta,\n\nMy dock lead, T.J. Okoro, has worked for me for five years and is applying for your Inbound Operations Supervisor role. What I've seen first-hand: T.J. rebuilt our dock schedule and trailer dwell fell from 31 to 12 hours.\n\nWould you be willing to refer T.J.? No worries if not.\n\nBest,\nPriya Nair`;
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('T.J. Okoro');
    expect(out.writer).toBe('Priya Nair');
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });
});

describe('the shapes of a paste', () => {
  it("Gmail's page: the subject above the sender line is the header, and a contact line's city is no name", () => {
    const paste = [
      'Inbound supervisor referral',
      'Inbox',
      '',
      'Lea Marchetti <lea.m@example.com>',
      'Sat, Jul 12, 5:30 PM',
      'to me',
      '',
      'Hi Marta,',
      '',
      `${ask} ${result} Would you refer me? No worries if not.`,
      '',
      'Danke & best,',
      'Lea',
      '',
      'Hamburg · lea.m@example.com',
    ].join('\n');
    const intake = normalizeRequest(paste);
    expect(intake.clues.sender).toBe('Lea Marchetti');
    expect(intake.text).not.toContain('lea.m@example.com>');
    expect(triage(paste, profile).candidate.name).toBe('Lea Marchetti');
  });

  it("Gmail's conversation view: the latest message is the note, the introduction above it history", () => {
    const paste = [
      'Introduction: Marta / Jonas Beck',
      '3 messages',
      '',
      'Ruth Amsel <ruth@example.org>',
      'Mon, Aug 25, 8:14 AM',
      'to Marta, Jonas',
      '',
      "Marta, I'd like you to meet Jonas Beck. He ran receiving at my old company. He's interested in the supervisor role you mentioned. I'll leave you two to it!",
      'Ruth',
      '',
      'Jonas Beck <jonas.beck@example.com>',
      'Mon, Aug 25, 10:52 AM',
      'to Marta, bcc Ruth',
      '',
      "Hi Marta, lovely to be introduced. I'm applying for the Inbound Operations Supervisor role. Would you be comfortable referring me?",
      '',
      'Warmly,',
      'Jonas',
    ].join('\n');
    const out = triage(paste, profile);
    expect(out.candidate.name).toBe('Jonas Beck');
    expect(out.writer).toBeNull();
    expect(out.signals.onBehalf.present).toBe(false);
  });

  // Capitals give no case of their own: each part of a name, joined ones too, gets its capital
  // ("Ashworth-Bell", "Min-Seo"), unless the note spells the name elsewhere in mixed case.
  it('a résumé pasted under the note gives its name in capitals as the note spells it', () => {
    const paste = `Hello Marta,\n\n${ask} Would you consider referring me?\n\nResume below.\n\nMIN-SEO OH, CSCP\nColumbus, OH | min-seo.oh@example.com | 614-555-0199\n\nEXPERIENCE\nReceiving Lead, Harlow Foods (2021–Present)`;
    expect(triage(paste, profile).candidate.name).toBe('Min-Seo Oh');
  });

  it("WhatsApp: a transcript that mentions LinkedIn is still a transcript, and '~ Name' is a member's label", () => {
    const stamped = [
      '[5/6/25, 10:03:18 AM] Omar Haddad: Marta! Omar from the Harlow DC days',
      `[5/6/25, 10:04:02 AM] Omar Haddad: Saw the supervisor role on your LinkedIn. ${ask}`,
      `[5/6/25, 10:05:40 AM] Omar Haddad: ${result}`,
      '[5/6/25, 10:06:11 AM] Omar Haddad: Would you be ok referring me? Totally fine if not',
    ].join('\n');
    expect(triage(stamped, profile).candidate.name).toBe('Omar Haddad');
    const group = `Warehouse folks 📦\n~ Bettina\nForwarded\nHi all! I was laid off last week. If anyone can refer me please DM me!\n10:14 AM\n~ Paul K\n💙\n10:15 AM`;
    expect(normalizeRequest(group).clues.sender).toBe('Bettina');
    expect(normalizeRequest(group).text).not.toContain('~');
  });

  it('LinkedIn: a headline under "Active now", with a degree\'s initials, is screen text and names no role', () => {
    const paste = [
      'Sam Ortiz · 3rd+',
      'Active now',
      'Recent Graduate | B.A. Economics | Seeking Opportunities in Logistics, Retail, or Admin',
      'Sam Ortiz  4:20 PM',
      "Hello Marta, I'd be grateful for a referral to any open role, really anything to get my foot in the door. Thank you!!",
      'Write a message…',
    ].join('\n');
    const intake = normalizeRequest(paste);
    expect(intake.text).not.toContain('Recent Graduate');
    expect(triage(paste, profile).recommendation).toBe('no');
  });
});

describe('the blurb retells the result', () => {
  const clinic = ProfileSchema.parse({
    name: 'Kenji',
    teamArea: 'Clinical research operations for oncology trials at a cancer center',
    openRoles: [{ title: 'Clinical Research Coordinator II', url: 'https://careers.example.org/jobs/crc2' }],
  });

  it('with the rank that measures a count', () => {
    const note =
      "Hi Kenji, Deb in the Phase I unit said you're the person to ask. I'm a research nurse on the lung trials side (3 years). On the Birch-2 study I've had 27 patients enrolled out of 190 screened, #2 of 11 sites in the network. Would you be willing to refer me for Clinical Research Coordinator II? Totally fine if not.\nAna Ruiz";
    const out = triage(note, clinic);
    expect(out.recommendation).toBe('yes');
    expect(out.blurb).toContain('#2 of 11 sites');
  });

  it('a result in words: approved first round', () => {
    const civil = ProfileSchema.parse({
      name: 'Olu',
      teamArea: 'Municipal water and stormwater engineering',
      openRoles: [{ title: 'Stormwater PE', url: 'https://careers.example.com/jobs/pe-9' }],
    });
    const note =
      "Hi Olu, Derek on your team said you're the person to ask about the Stormwater PE opening. I'm a PE on the transportation side, but my last projects were drainage packages. The Route 9 job was 1.8 miles of storm sewer and a detention basin, and I got the state drainage submittal approved first round with no comments. Would you be open to referring me? No problem if not.\nMaya";
    expect(triage(note, civil).blurb).toContain('approved first round');
  });
});

describe('fit by discipline and by the work a role does', () => {
  it("a role's doer noun meets the referrer's own work noun: a Copy Editor and copy editing", () => {
    const desk = ProfileSchema.parse({
      name: 'Farah',
      teamArea: 'Metro desk at a regional daily: copy editing, overnight web editing, headlines',
      openRoles: [],
    });
    const note =
      "Hi Farah, we met at the state press awards. I'm applying for the Night Copy Editor job you posted. On my desk I cut corrections on local stories from 30 to 11 a year. Would you refer me? No worries if not.\nLi Wen";
    expect(triage(note, desk).fit.level).toBe('strong');
  });

  it('a graphics programmer role is outside a game economy design team', () => {
    const games = ProfileSchema.parse({
      name: 'Sunny',
      teamArea: 'Live-ops and game economy design for mobile puzzle games: events, monetization tuning',
      openRoles: [{ title: 'Senior Game Economy Designer', url: 'https://careers.example.com/jobs/econ' }],
    });
    const note =
      "Hi Sunny, we met at GDC. I'm applying for the Senior Graphics Programmer opening. I rewrote our shadow pipeline, which cut GPU frame time from 14 ms to 8 ms. Would you refer me? No problem if not.\nAarav";
    const out = triage(note, games);
    expect(out.fit.level).toBe('none');
    expect(out.recommendation).toBe('no');
  });
});
