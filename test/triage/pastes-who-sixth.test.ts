import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Who is who in the shapes the sixth blind batch showed (issue 22): screens, markings and who writes for whom. */

const kitchen = ProfileSchema.parse({
  name: 'Odette',
  teamArea: 'Hotel kitchen operations: line cooks, pastry, banquets and kitchen stewarding',
  openRoles: [{ title: 'Sous Chef, Banquets', url: 'https://jobs.example.com/sous-4' }],
});

const result = 'Last season I cut banquet food waste from 18% to 7% across forty weddings.';
const ask = `I'd like to apply for your Sous Chef, Banquets opening (https://jobs.example.com/sous-4). ${result} Would you be open to referring me? Entirely fine if not.`;
const who = (note: string) => {
  const out = triage(note, kitchen);
  return { name: out.candidate.name, writer: out.writer ?? null };
};

describe('words that look like names but are a screen, a link or a mailbox', () => {
  it('a résumé link after "here" names no one; the chat label does', () => {
    const note = `Tomás Echeverría  4:40 PM\nhey all, between kitchens right now and open to any line or sous role. CV here <https://files.example.com/te-cv|my cv> thanks`;
    expect(who(note).name).toBe('Tomás Echeverría');
  });

  it("a shared mailbox in the From line is no writer: the person who signs is ('Careers Desk – …')", () => {
    const note = `From: Careers Desk – Larkspur Hospitality Recruiting <desk@larkspur.example.com>\nSent: Monday, 3 March 2025 9:12 AM\nTo: Odette\nSubject: Banquet sous chef – Ilse Marchetti\n\nDear Odette,\n\nWe are pleased to present Ilse Marchetti for your Sous Chef, Banquets opening. Ilse has run banquets of 600 covers for five years. Would you be able to refer her internally?\n\nKind regards,\nDorian Vasquez\nSenior Consultant, Larkspur Hospitality Recruiting`;
    const out = who(note);
    expect(out.writer).toBe('Dorian Vasquez');
    expect(out.name).not.toMatch(/desk|careers/i);
  });

  it('a security marking over and under an Outlook header is no name, and the header still names the sender', () => {
    const note = `UNOFFICIAL\n\nFrom: Keri Walker-Tane <keri.wt@example.gov.nz>\nSent: Thursday, 6 March 2025 2:10 PM\nTo: Odette\nSubject: Sous chef question [SEC=UNOFFICIAL]\n\nKia ora Odette,\n\n${ask}\n\nNgā mihi,\nKeri\n\nUNOFFICIAL`;
    expect(who(note).name).toBe('Keri Walker-Tane');
  });

  it('a Filipino family name with "dela" stays whole in a LinkedIn header', () => {
    const note = `Conversation with Rosario dela Paz\nRosario dela Paz · 2nd\nBanquet Cook at Harbourview\nRosario dela Paz sent the following message at 7:10 PM\nRosario dela Paz  7:10 PM\nHi Odette, ${ask}\n\nRosario dela Paz`;
    expect(who(note).name).toBe('Rosario dela Paz');
  });
});

describe("an app's screen around the thread", () => {
  it("LinkedIn's phone app: the contact beside '<' with post-nominals, a status line and the name again over the message", () => {
    const note = `<  Priya Raman-Okafor, CEC\nExecutive Sous Chef | Banquets\nMobile • 5h ago\n\nTap to load more messages\n\nPriya Raman-Okafor, CEC\nHi Odette, ${ask}\n11:20 AM\n\nWrite a message...`;
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe('Priya Raman-Okafor');
    expect(out.drafts?.yes ?? '').not.toContain('Tap to load');
  });

  it("LinkedIn's phone app with the arrow back to '< Messaging': the list is no contact, the name under it is", () => {
    const note = `< Messaging\nJoaquín Albarracín\nActive now\n\nJoaquín Albarracín\nHi Odette, ${ask}\n\nSent 7:45 AM\n\nWrite a message...`;
    expect(who(note).name).toBe('Joaquín Albarracín');
  });

  it("Messenger's labels ('Auntie Lani sent Today at …') and status lines: the aunt at the top writes for her nephew", () => {
    const note = `Tita Marisol Dagohoy\nActive 40m ago\n\nMarisol sent Today at 6:02 PM\nHi Odette! My nephew Emilio has been a line cook at the Shangri-La for three years and he's looking to move up to banquets. Could you put in a word for him?\n\nMarisol sent Today at 6:03 PM\nHe's a hard worker 🙏\n\nAa`;
    expect(who(note)).toEqual({ name: 'Emilio', writer: 'Marisol Dagohoy' });
  });

  it('Messenger with capital weekdays in its stamps and a profile card at the top', () => {
    const note = `Deshawn Pruett\nMessenger\nYou're friends on Facebook\nWorks at Harbor Grill\n\nWED 8:14 PM\nyo odette!! long time. any chance u could get me into ur kitchen, line or prep, anything honestly\n\nWED 8:15 PM\nlmk\n\nDeshawn sent a GIF.`;
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe('Deshawn Pruett');
    expect(out.drafts?.no ?? '').not.toMatch(/\bWED\b/);
  });

  it("Signal's contact name alone over messages, each stamped underneath: the writer vouches for a colleague", () => {
    const note = `Bogdan Ilie\nHi Odette, quick question about Anh. Trần Thị Anh, she plated beside me at the Corinthia for two years.\nWed 19:02\n\nShe's applying for your Sous Chef, Banquets role. She rebuilt our prep lists and cut food waste from 18% to 7%.\nWed 19:03\n\nI'd vouch for her without a second thought.\nWed 19:04\n✓✓ Read`;
    expect(who(note)).toEqual({ name: 'Trần Thị Anh', writer: 'Bogdan Ilie' });
  });
});

describe('a note written for someone else names them', () => {
  it("a manager's Slack note: 'X on my pastry team … I'll back her'", () => {
    const note = `Ingrid Solvang  8:31 AM\nmorning Odette, Célestine Moreau on my pastry team (four years, runs the laminated doughs) wants to go for your Sous Chef, Banquets req. I've managed her since she started and I'll back her. She took our plated-dessert waste from 12% to 4% last winter.`;
    expect(who(note)).toEqual({ name: 'Célestine Moreau', writer: 'Ingrid Solvang' });
  });

  it("a spouse's text: the nickname first, then 'his full name is …'", () => {
    const note = `Renée Castille\niMessage\nFri, Mar 7 at 7:45 PM\n\nHi Odette! It's Renée (Theo's wife). Theo won't ask you himself, he's shy, but he's cooked banquets at the Roosevelt for six years. Could you put his name in for the sous chef job? His full name is Theodore Castille but everyone calls him Theo.`;
    expect(who(note)).toEqual({ name: 'Theodore Castille', writer: 'Renée Castille' });
  });

  it("'one of my CDPs from the Marina project, Name, is applying' names the cook the manager writes for", () => {
    const note = `[04/03/2025, 20:10] Farid Haddad: Evening Odette, Farid here from the Marina opening\n[04/03/2025, 20:11] Farid Haddad: One of my CDPs from the Marina project, Samuel Otieno Wafula, is applying for your Sous Chef, Banquets role. I'm his head chef for three years and he cut our banquet waste from 18% to 7%. Could you refer him?`;
    expect(who(note)).toEqual({ name: 'Samuel Otieno Wafula', writer: 'Farid Haddad' });
  });

  it("Teams: 'Name has been contracting with us' names the one the lead writes about", () => {
    const note = `Lindqvist, Maja (Culinary Ops)   Tue 10:02\nHi Odette, quick one. Siobhán Ní Bhriain has been contracting with us on the banquet relaunch since January (I'm her lead). She'd like a permanent role and has applied for the Sous Chef, Banquets opening. Could you refer her?`;
    expect(who(note)).toEqual({ name: 'Siobhán Ní Bhriain', writer: 'Maja Lindqvist' });
  });

  it("a forwarded message whose header shortens the surname to an initial: the note's full spelling", () => {
    const note = `Fwd: my son's CV\nInbox\n\nHarold Okonkwo-Reid <h.okreid@example.org>\nMon, 3 Mar, 09:12\nto me\n\nDear Odette,\n\nMy son Chidi Okonkwo-Reid has cooked banquets at the Savoy for four years. Kindly consider referring him for the Sous Chef opening.\n\nRegards,\nHarold\n\n---------- Forwarded message ---------\nFrom: Chidi O <chidi.cooks@example.org>\nDate: Sun, 2 Mar 2025 at 21:40\nSubject: CV\nTo: Dad <h.okreid@example.org>\n\nDad, only send it if you think it's okay. CV attached.`;
    expect(who(note)).toEqual({ name: 'Chidi Okonkwo-Reid', writer: 'Harold Okonkwo-Reid' });
  });

  it('a form passed on in a group chat names the candidate in its Name field; the one sharing it writes', () => {
    const note = `[02/03/2025, 9:14 am] Yusuf Karimi: Odette please see below, share if your hotel needs anyone\n[02/03/2025, 9:14 am] Yusuf Karimi: Forwarded\nJOB NEEDED\nName: Bilal Rahimi\nExperience: 4 years commis chef, hotel banquets\nContact: +971 50 555 0188\n[02/03/2025, 9:15 am] Yusuf Karimi: He is my brother's friend, very hardworking`;
    expect(who(note)).toEqual({ name: 'Bilal Rahimi', writer: 'Yusuf Karimi' });
  });

  it('a self-introduction in Cyrillic with the Latin spelling in brackets is read in Latin letters', () => {
    const note = `Nikolai Orlov, [03.03.2025 21:05]\nHi Odette, this is Николай Орлов (Nikolai Orlov), we met at the Bocuse d'Or fringe in Lyon.\n\nNikolai Orlov, [03.03.2025 21:06]\n${ask}`;
    expect(who(note).name).toBe('Nikolai Orlov');
  });
});
