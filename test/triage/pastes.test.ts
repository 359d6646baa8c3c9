import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';

/** Notes as they really arrive (issue 22), each written in the shape its app copies it in. */

const profile = ProfileSchema.parse({
  name: 'Nadia',
  teamArea: 'Developer platform: CI/CD, build systems, internal tooling',
  openRoles: [{ title: 'Senior Product Manager, Developer Platform', url: 'https://careers.example.com/jobs/pm-4471' }],
});

const linkedIn = `Ines Calder · 2nd
Product Manager at Tessellate | Build systems & CI
Ines Calder sent the following message at 8:02 PM
View Ines's profile
Ines Calder  8:02 PM
Hi Nadia, I heard your talk on remote caching at BuildConf and it is why I am writing to you. I'm applying for the Senior Product Manager, Developer Platform role (https://careers.example.com/jobs/pm-4471). I've run the CI product at Tessellate for three years; last year we cut median build time from 22 to 9 minutes. Would you be open to referring me? No worries if not.
Seen by Nadia Petrov at 9:10 PM
Write a message…
Attach GIF Send
Press Enter to send`;

describe('LinkedIn messaging, copied with its screen text', () => {
  it('keeps the message, drops every line of screen text, and reads the sender LinkedIn names', () => {
    const intake = normalizeRequest(linkedIn);
    expect(intake.shape).toBe('linkedin');
    expect(intake.text).toMatch(/^Hi Nadia, I heard your talk/);
    expect(intake.text).not.toMatch(/Attach|Write a message|Seen by|sent the following|2nd|Tessellate \|/);
    expect(intake.clues.sender).toBe('Ines Calder');
  });

  it('names the candidate from the header, never a word of the screen', () => {
    const result = triage(linkedIn, profile);
    expect(result.candidate.name).toBe('Ines Calder');
    expect(result.drafts?.yes).toMatch(/^(?:Hi|Hey) Ines,/);
    expect(result.blurb).toMatch(/^Ines Calder /);
    expect(result.blurb).not.toMatch(/Attach|GIF/);
  });

  it('reads InMail screen text in any order', () => {
    const inmail = `InMail\nSponsored\nSee more\nHi Nadia, Tove Berg here. I'm applying for the Senior Product Manager, Developer Platform role and I've led our build tooling for two years, where flaky test reruns fell by 60%. Would you consider referring me?\nReply · Like\nConversation with Tove Berg`;
    const result = triage(inmail, profile);
    expect(normalizeRequest(inmail).text).not.toMatch(/InMail|Sponsored|See more|Reply · Like|Conversation with/);
    expect(result.candidate.name).toBe('Tove Berg');
  });
});

const outlook = `From: Ortega, Sam <sam.ortega@example.com>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Nadia Petrov <nadia@example.com>
Subject: Senior Product Manager, Developer Platform

Hi Nadia,

As Priti says below, I'm applying for the Senior Product Manager, Developer Platform role (https://careers.example.com/jobs/pm-4471). I've owned our internal CI platform for four years, and after I moved us to remote execution, median build time fell from 31 to 12 minutes.

If it's not a fit, I completely understand.

Respectfully,

Sam Ortega, PMP
Senior Product Manager | Build & Release
M: (415) 555-0142
he/him

CONFIDENTIALITY NOTICE: This e-mail is intended only for the use of the individual or entity named above and may contain privileged information.

-----Original Message-----
From: Priti Shah <priti@example.com>
Sent: Monday, March 3, 2025 4:40 PM
To: Sam Ortega; Nadia Petrov
Subject: Intro

Nadia, meet Sam Ortega, who ran CI with me at Quillstack for three years and is the best platform PM I know.`;

describe('an Outlook email with its header, signature and a quoted introduction', () => {
  it('sets the header, signature, notice and quoted mail apart and keeps the introduction as the why-me', () => {
    const intake = normalizeRequest(outlook);
    expect(intake.shape).toBe('email');
    expect(intake.clues.sender).toBe('Sam Ortega');
    expect(intake.text).not.toMatch(/CONFIDENTIALITY|555-0142|he\/him|Build & Release|Original Message/);
    expect(intake.text).toMatch(/Nadia, meet Sam Ortega/);
    expect(intake.introductions).toHaveLength(1);
    expect(intake.clues.signature).toContain('M: (415) 555-0142');
  });

  it('names the candidate without the post-nominal or the closing', () => {
    const result = triage(outlook, profile);
    expect(result.candidate.name).toBe('Sam Ortega');
    expect(result.writer).toBeNull();
    expect(result.drafts?.yes).not.toMatch(/Respectfully|PMP/);
  });
});

describe('Gmail, copied with the sender line, the date and "to me"', () => {
  it('drops the header and reads the sender', () => {
    const gmail = `Renata Okoye <renata.okoye@example.com>\nTue, Mar 4, 8:12 AM (2 days ago)\nto me\n\nHi Nadia, I'm applying for the Senior Product Manager, Developer Platform role. Thanks for considering it.\n\nRenata Okoye, RN, CCRN`;
    const intake = normalizeRequest(gmail);
    expect(intake.text).toMatch(/^Hi Nadia/);
    expect(intake.clues.sender).toBe('Renata Okoye');
    expect(triage(gmail, profile).candidate.name).toBe('Renata Okoye');
  });
});

describe('chat transcripts', () => {
  it('reads a WhatsApp export from iOS: stamps, labels and media lines go', () => {
    const whatsapp = `[12/03/2025, 09:14:22] Ken Nakamura: Hi Nadia! Ken here, we met at the CI meetup in Oakland.
[12/03/2025, 09:14:40] Ken Nakamura: <Media omitted>
[12/03/2025, 09:15:02] Ken Nakamura: I'm applying for the Senior Product Manager, Developer Platform role. I cut our deploy time from 40 to 15 minutes last year.
[12/03/2025, 09:15:30] Ken Nakamura: This message was deleted
[12/03/2025, 09:16:01] Ken Nakamura: Would you refer me? Totally fine if not.`;
    const intake = normalizeRequest(whatsapp);
    expect(intake.shape).toBe('chat');
    expect(intake.text).not.toMatch(/\[12\/03|Media omitted|deleted/);
    expect(intake.text).toMatch(/^Hi Nadia! Ken here/);
    expect(triage(whatsapp, profile).candidate.name).toBe('Ken Nakamura');
  });

  it('reads a WhatsApp export from Android and keeps the first label as a clue', () => {
    const android = `05/03/2025, 10:14 - Ana Lima: Hi Nadia, I'm applying for the Senior Product Manager, Developer Platform role.\n05/03/2025, 10:15 - Ana Lima: Forwarded\n05/03/2025, 10:15 - Ana Lima: Would you refer me?`;
    const intake = normalizeRequest(android);
    expect(intake.text).toBe(
      "Hi Nadia, I'm applying for the Senior Product Manager, Developer Platform role.\nWould you refer me?",
    );
    expect(intake.clues.sender).toBe('Ana Lima');
  });

  it('reads a Teams label with "Yesterday" before the time, and an SMS thread with its receipts', () => {
    const teams = `Adeyemi, Folasade (Service Desk)  Yesterday 3:17 PM\nHi Nadia, could you refer me for the Senior Product Manager, Developer Platform role?`;
    expect(normalizeRequest(teams).clues.sender).toBe('Folasade Adeyemi');
    const sms = `Today 11:02 PM\nhey can u refer me to ur team lol\nDelivered`;
    const intake = normalizeRequest(sms);
    expect(intake.text).toBe('hey can u refer me to ur team lol.');
    expect(triage(sms, profile).candidate.name).toBeNull();
  });

  it('turns a Teams label "Surname, Name (Dept)" into the name', () => {
    const teams = `Nakamura, Ken (Finance)  9:14 AM\nHi Nadia, could you refer me for the Senior Product Manager, Developer Platform role?\nEdited`;
    const intake = normalizeRequest(teams);
    expect(intake.text).toBe('Hi Nadia, could you refer me for the Senior Product Manager, Developer Platform role?');
    expect(intake.clues.sender).toBe('Ken Nakamura');
  });
});

describe('a résumé pasted under a complete ask', () => {
  const note = `Hi Nadia,

I'm applying for the Senior Product Manager, Developer Platform role (https://careers.example.com/jobs/pm-4471). We met at BuildConf after your talk on remote caching. I've run the CI product at Tessellate for three years, and last year we cut median build time from 22 to 9 minutes. Would you refer me? No worries if not.

Best,
Lena Park

LENA PARK
lena.park@example.com | (415) 555-0199
EXPERIENCE
Tessellate, Product Manager, CI (2022–present)
- Cut median build time from 22 to 9 minutes
EDUCATION
BSc Computer Science`;

  it('reads the ask as the note and the résumé as background, not a dump', () => {
    const intake = normalizeRequest(note);
    expect(intake.text).not.toMatch(/EXPERIENCE|EDUCATION|lena\.park@/);
    expect(intake.resume).toMatch(/^LENA PARK/);
    const result = triage(note, profile);
    expect(result.signals.resumeDump.present).toBe(false);
    expect(result.candidate.name).toBe('Lena Park');
  });
});

describe('names that are not names', () => {
  it.each([
    [
      'a credential alone',
      'Hi Nadia, could you refer me for the Senior Product Manager, Developer Platform role?\n\nThanks,\nRN',
    ],
    [
      'a closing alone',
      'Hi Nadia, could you refer me for the Senior Product Manager, Developer Platform role?\n\nRespectfully,',
    ],
    [
      'screen text',
      'Hi Nadia, could you refer me for the Senior Product Manager, Developer Platform role?\nAttach GIF Send',
    ],
  ])('%s is never the name, and the reply greets no one', (_what, note) => {
    const result = triage(note, profile);
    expect(result.candidate.name).toBeNull();
    expect(result.drafts?.one_pager).toMatch(/^(?:Hi|Hey) there,/);
  });

  it('reads a name in another script from "my name is"', () => {
    const result = triage(
      'Hi Nadia, my name is 李明. Could you refer me for the Senior Product Manager, Developer Platform role?',
      profile,
    );
    expect(result.candidate.name).toBe('李明');
  });
});

describe('whose ask it is', () => {
  it('a parent passing on a named child’s wish gets at best a one-pager, asked of the candidate', () => {
    const result = triage(
      "Hi Nadia, my daughter Maya Chen is applying for the Senior Product Manager, Developer Platform role (https://careers.example.com/jobs/pm-4471). She cut her team's build time from 30 to 10 minutes at Tessellate, and she heard your BuildConf talk. Would you refer her? No pressure at all.\n\nBest,\nWei Chen",
      profile,
    );
    expect(result.candidate.name).toBe('Maya Chen');
    expect(result.writer).toBe('Wei Chen');
    expect(result.recommendation).toBe('one_pager');
    expect(result.drafts?.one_pager).toMatch(/^(?:Hi|Hey) Wei,.*hear from Maya directly/s);
    expect(result.reasons[0]).toMatch(/^Written by Wei Chen for Maya Chen/);
  });

  it('a friend offering a buddy they will not name is a no', () => {
    const result = triage(
      "Hi Nadia, I've got a buddy who'd be perfect for your Senior Product Manager, Developer Platform role. I'd rather not put his name out there yet, but if you can refer him I'll have him call you.\n\nRich",
      profile,
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Rich');
    expect(result.signals.onBehalf.present).toBe(true);
  });

  it('a manager vouching first-hand for a named report is judged on the merits', () => {
    const result = triage(
      "Hi Nadia, we met at BuildConf after your remote caching talk. I'm writing on behalf of Priya Raman, who has been my lead PM on CI for four years. She's applying for the Senior Product Manager, Developer Platform role (https://careers.example.com/jobs/pm-4471); last year she cut our median build time from 25 to 8 minutes. Would you refer her? If it's not a fit, no hard feelings.\n\nBest,\nOmar Haddad",
      profile,
    );
    expect(result.candidate.name).toBe('Priya Raman');
    expect(result.writer).toBe('Omar Haddad');
    expect(result.recommendation).toBe('yes');
    expect(result.drafts?.yes).toMatch(/^(?:Hi|Hey) Omar,.*refer Priya/s);
    expect(result.blurb).toMatch(/Priya/);
  });

  it('an agency offering an unnamed candidate is a no, as before', () => {
    const result = triage(
      "Hi Nadia, I'm reaching out on behalf of my client, a PM who cut CI time by 35%. Would you refer her for the Senior Product Manager, Developer Platform role? Happy to share details pending a fee agreement.\n\nBest,\nJo Miller",
      profile,
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBeNull();
  });
});

describe('the blurb retells without garbling', () => {
  it('keeps a capital I that is a numeral or a level', () => {
    expect(toThirdPerson('I ran a Phase I oncology trial and I cut screening time by 30%.', 'Ana')).toBe(
      'Ana ran a Phase I oncology trial and they cut screening time by 30%.',
    );
  });
});
