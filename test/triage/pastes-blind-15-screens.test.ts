import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { STAMP } from '../../src/triage/intake/chat-contact.js';
import { buttonRow } from '../../src/triage/intake/screen-line.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The fifteenth blind batch's name misses, each a general rule (issue 22): a Teams stamp of month and day
 * without the year; an app's name printed over the contact's; a full name a handle's owner gives in
 * passing; a link to the writer's own profile labelled with a name the address spells; a portal's notice
 * that someone "has asked you for a referral", under a row of buttons one of which starts on no button
 * word. Notes written for these tests.
 */

const team = referrerNamed('Ines');

describe('a Teams label over a stamp of month and day without the year', () => {
  it('reads "3/14 9:05 AM" as a stamp line, as "24/7" alone is none', () => {
    expect(STAMP.test('3/14 9:05 AM')).toBe(true);
    expect(STAMP.test('12/2 16:40')).toBe(true);
    expect(STAMP.test('24/7')).toBe(false);
  });

  it('names the writer by the label turned round, its department holding a dash', () => {
    const paste = [
      'Chat',
      'Okonkwo, Adaeze (Radiology – Scheduling Desk)',
      'Available',
      '3/14 9:05 AM',
      'morning Ines, quick one',
      '3/14 9:06 AM',
      "I finished my CT tech certificate last month and saw the CT Technologist opening on your team. I've shadowed your evening shift twice. Would you be willing to refer me?",
      'Type a new message',
    ].join('\n');
    const result = triage(paste, team('CT imaging and scanning', 'CT Technologist'));
    expect(result.candidate.name).toBe('Adaeze Okonkwo');
    expect(result.writer).toBeNull();
  });
});

describe("an app's name printed over the contact's name at a thread's top", () => {
  it("keeps the contact's full name over the one-word name the writer goes by", () => {
    const paste = [
      'Messenger',
      'Rosalind Achterberg',
      'Active 12m ago',
      "You're friends on Facebook",
      'Lives in Utrecht',
      '09:10',
      'hey Ines!! its Roz from the choir tour in 2019',
      "I've been teaching piano since, but I'd love to move into your music therapy team. any chance you could refer me for the assistant post?",
      'no stress if not',
      'Aa',
    ].join('\n');
    const result = triage(paste, team('Music therapy in a rehabilitation clinic', 'Music Therapy Assistant'));
    expect(result.candidate.name).toBe('Rosalind Achterberg');
  });
});

describe("a thread's last line, a name and a stamp with no message under it", () => {
  it('is the writer signing as a relative, not a label: the note stays written for someone else', () => {
    const paste = [
      'WhatsApp',
      'Dolores Fairbanks-Oyelaran',
      '+1 555 0100 222',
      '',
      'Yesterday',
      'Hello Ines, apologies for the message out of the blue  19:02',
      'My son Kelechi lost his warehouse job in spring. Could you put him forward for any shift at your depot?  19:03',
      "Dolores (Kelechi's mum, from the school gate years ago)  19:04",
    ].join('\n');
    const result = triage(paste, team('Depot logistics and dispatch', 'Dispatcher'));
    expect(result.candidate.name).toBe('Kelechi');
    expect(result.writer).toBe('Dolores Fairbanks-Oyelaran');
  });
});

describe('a full name given in passing under a handle that spells its given name', () => {
  it('names the speaker by the full name, not by the handle', () => {
    const paste = [
      '#job-leads',
      'tomasz.w — Today at 11:02 AM',
      "@Ines hey, saw your talk at the robotics meetup. I'm finishing my controls MSc and my thesis cut a gripper's cycle time by 18%. is the Controls Engineer role still open? would be grateful for a referral, totally fine if not",
      'tomasz.w — Today at 11:03 AM',
      '(full name Tomasz Wieczorek, cv pinned on my profile)',
    ].join('\n');
    const result = triage(paste, team('Robotics controls engineering', 'Controls Engineer'));
    expect(result.candidate.name).toBe('Tomasz Wieczorek');
  });

  it('takes no capitalised name the handle does not spell', () => {
    const paste = [
      'tomasz.w — Today at 11:02 AM',
      "@Ines hi! Greta Lindholm said you'd know: is the Controls Engineer role still open? I'd love a referral.",
      'tomasz.w — Today at 11:03 AM',
      'thanks either way',
    ].join('\n');
    const result = triage(paste, team('Robotics controls engineering', 'Controls Engineer'));
    expect(result.candidate.name).not.toBe('Greta Lindholm');
  });
});

describe("a link to the writer's own profile, labelled with their name", () => {
  const note = (link: string) =>
    `Hi <@U0123ABCD>, I read your thread in <#C0456EFGH|marine-jobs> about deckhand rotations. I'm a second-year maritime student and would love 15 minutes to hear how you started out. ${link}`;

  it('names the writer when the address spells the label', () => {
    const result = triage(
      note('My profile is here <https://www.linkedin.com/in/kofi-boateng-22|Kofi Boateng> :ocean:'),
      team('Offshore vessel crewing', 'Deckhand'),
    );
    expect(result.candidate.name).toBe('Kofi Boateng');
  });

  it('names no one when the address does not spell the label', () => {
    const result = triage(
      note('My portfolio <https://portfolio.example.com/work/2024|Harbour Logistics> :ocean:'),
      team('Offshore vessel crewing', 'Deckhand'),
    );
    expect(result.candidate.name).toBeNull();
  });
});

describe('a referral portal\'s notice that someone "has asked you for a referral"', () => {
  it('reads a row of bracketed buttons as screen text, one label starting on no button word', () => {
    expect(buttonRow("[ Refer Lena ]   [ Decline ]   [ I've never met them ]")).toBe(true);
    expect(buttonRow('[Your Name] [Your Title]')).toBe(false);
  });

  it('names the person the notice names as the candidate asking for themselves', () => {
    const paste = [
      'From: Harbourline Referrals <no-reply@refer.harbourline.example.com>',
      'Subject: Lena Marchetti has requested a referral from you',
      '',
      'Hi Ines,',
      '',
      'Lena Marchetti has asked you for a referral through Harbourline Connect.',
      '',
      'Position requested: Any open role',
      'Message from candidate:',
      '"Hello! I do photography, copywriting and event planning. Please refer me for anything you have."',
      '',
      "[ Refer Lena ]   [ Decline ]   [ I've never met them ]",
      '',
      "You're receiving this because you joined Harbourline Connect.",
    ].join('\n');
    const result = triage(paste, team('Container terminal operations', 'Crane Operator'));
    expect(result.candidate.name).toBe('Lena Marchetti');
    expect(result.writer).toBeNull();
  });
});
