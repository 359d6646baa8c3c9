import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * Layouts no app-specific rule was written for (issue 22): each is read by what its lines are — a
 * person's name with only furniture around it (a time, a date, a handle, a status), over message text —
 * not by the app it came from. The notes never sign their name: it is in the header line only.
 */

const profile = warehouseReferrer;
const first = 'Hi Marta, I saw your post about the inbound team and wanted to ask you directly.';
const second =
  "I'm applying for the Inbound Operations Supervisor role. I've led receiving at a 280k sq ft DC for five years, and after I reworked our dock appointments, trailer dwell fell from 26 to 9 hours.";
const third = 'Would you be open to referring me? No worries at all if not.';

const name = (paste: string) => triage(paste, profile).candidate.name;
const text = (paste: string) => normalizeRequest(paste).text;

describe('a header line: a name with only furniture around it', () => {
  it('Viber desktop: the time before the name, a double tick after the message', () => {
    const paste = ['14:32 Dmitri Volkov', first, second, '14:33 Dmitri Volkov', third, '✓✓ Seen'].join('\n');
    expect(name(paste)).toBe('Dmitri Volkov');
    expect(text(paste)).not.toMatch(/14:3|Seen/);
  });

  it('LINE: a day-first date line, then "time  name" over each message', () => {
    const paste = [
      'Sat, 15/03/2025',
      '14:32  Oluwatoyin Bakare',
      first,
      second,
      '14:35  Oluwatoyin Bakare',
      third,
    ].join('\n');
    expect(name(paste)).toBe('Oluwatoyin Bakare');
    expect(text(paste)).not.toMatch(/15\/03|14:3/);
  });

  it('Skype: a name, a month-name date and a time', () => {
    const paste = [
      'Priyanka Raghunathan · 15 Mar, 14:32',
      `${first} ${second}`,
      'Priyanka Raghunathan · 15 Mar, 14:36',
      third,
    ].join('\n');
    expect(name(paste)).toBe('Priyanka Raghunathan');
  });

  it('Mattermost: a name with its @handle and a time', () => {
    const paste = ['Henrik Solberg @hsolberg 2:32 PM', first, second, 'Henrik Solberg @hsolberg 2:34 PM', third].join(
      '\n',
    );
    expect(name(paste)).toBe('Henrik Solberg');
    expect(text(paste)).not.toMatch(/@hsolberg/);
  });

  it('a Discord export: a day-month-year stamp in brackets, then the name with its tag', () => {
    const paste = [
      '[15-Mar-25 02:32 PM] Kaveh Rostami#4821',
      first,
      second,
      '[15-Mar-25 02:36 PM] Kaveh Rostami#4821',
      third,
    ].join('\n');
    expect(name(paste)).toBe('Kaveh Rostami');
  });

  it('Discord on screen: "Name — Today at 2:32 PM"', () => {
    const paste = ['Ngozi Eberechukwu — Today at 2:32 PM', first, second, third].join('\n');
    expect(name(paste)).toBe('Ngozi Eberechukwu');
  });

  it('a Fastmail header: the name alone at the top, the address and the date under it', () => {
    const paste = [
      'Tomasz Wierzbicki',
      'tomasz.w@example.com',
      'Sat 15 Mar 2025 14:32',
      '',
      first,
      '',
      second,
      '',
      third,
    ].join('\n');
    expect(name(paste)).toBe('Tomasz Wierzbicki');
    expect(text(paste)).not.toMatch(/example\.com|2025 14:32/);
  });

  it('Zoho Mail: the name with its address in brackets and "replied" with a date', () => {
    const paste = ['Ayesha Siddiqui <ayesha.s@example.com> wrote on 15 Mar 2025 14:32', '', first, second, third].join(
      '\n',
    );
    expect(name(paste)).toBe('Ayesha Siddiqui');
  });
});

describe('screen lines: interface words, stamps, statuses, counts', () => {
  it('an X direct message: back arrow, handle, join date and follower count are screen text', () => {
    const paste = [
      '< Farrukh Tashkentov',
      '@farrukh_t',
      'Joined March 2019 · 312 Followers',
      first,
      second,
      third,
      '2:32 PM · Mar 15, 2025',
      'Seen',
      'Start a new message',
    ].join('\n');
    expect(name(paste)).toBe('Farrukh Tashkentov');
    expect(text(paste)).not.toMatch(/Followers|Start a new message|@farrukh|Seen/);
  });

  it('a calendar invite: the organizer line under the title, the RSVP buttons dropped', () => {
    const paste = [
      'Coffee chat about the inbound role',
      'Thursday, March 20 · 10:00 – 10:30am',
      'Zanele Mokoena (organizer)',
      '2 guests · 1 yes · 1 awaiting',
      `${first} ${second} ${third}`,
      'Going? Yes No Maybe',
    ].join('\n');
    expect(name(paste)).toBe('Zanele Mokoena');
    expect(text(paste)).not.toMatch(/Going\?|awaiting/);
  });

  it('never takes a line of the message, a greeting or a sign-off for a header', () => {
    const paste = ['Hi Marta,', first, second, third, '', 'Thanks,', 'Rafaela'].join('\n');
    expect(normalizeRequest(paste).shape).toBe('plain');
    expect(text(paste)).toMatch(/^Hi Marta,/);
  });
});

describe("an app's screen at the paste's edges", () => {
  it("a job board's message page: the contact over their headline and a stamp, the buttons under the text", () => {
    const paste = [
      'Otta',
      'Inbox',
      'Beatriz Nakashima-Owens',
      'Warehouse Lead · Reno, NV',
      'Applied 3 days ago',
      'Feb 2, 2026',
      '',
      first,
      second,
      third,
      '',
      'Reply',
      'Archive',
    ].join('\n');
    expect(name(paste)).toBe('Beatriz Nakashima-Owens');
    expect(text(paste)).not.toMatch(/Inbox|Archive|Applied 3 days/);
  });

  it('the compose box under the thread names the contact, and is screen text', () => {
    const paste = [
      'Chukwuemeka Obi',
      'Active just now',
      'Today',
      '09:41',
      first,
      second,
      third,
      'Seen',
      'Type a message to Chukwuemeka Obi',
    ].join('\n');
    expect(name(paste)).toBe('Chukwuemeka Obi');
    expect(text(paste)).not.toMatch(/Type a message/);
  });

  it("one word over a stamp is the app's name as often as a contact's, and is no name", () => {
    const paste = ['Fishbowl', 'Tech · anon', 'hey can u refer me to anything in ops? thx', '9:12 PM'].join('\n');
    expect(name(paste)).toBeNull();
  });

  it("a mail page copied whole: the app's name and the subject above the From field", () => {
    const paste = [
      'Tutanota  Inbox',
      'Re: dock supervisor opening',
      'From: Lindiwe Mthembu <lindiwe.m@example.org>',
      'To: Marta <marta@example.com>',
      'Date: 02.02.2026, 09:12',
      '',
      first,
      '',
      second,
      '',
      third,
    ].join('\n');
    expect(name(paste)).toBe('Lindiwe Mthembu');
    expect(text(paste)).toMatch(/Would you be open to referring me\?/);
  });

  it('what a mail service prints after the sender\'s name ("via …") is no part of it', () => {
    const paste = [
      'From: Ruairí Donnelly via Meetup <info@example.com>',
      'To: Marta <marta@example.com>',
      'Subject: hello',
      '',
      first,
      second,
      third,
    ].join('\n');
    expect(name(paste)).toBe('Ruairí Donnelly');
  });
});

describe("mail's own lines stay mail's", () => {
  it('a quote header ("On … <name> wrote:") is no chat speaker', () => {
    const paste = [
      first,
      second,
      third,
      '',
      'Best,',
      'Wanjiru Kamau',
      '',
      'On Tue, Feb 3, 2026 at 7:40 AM Oskar Lindahl wrote:',
      '> Marta, meet Wanjiru, who runs our night receiving crew.',
    ].join('\n');
    const read = normalizeRequest(paste);
    expect(read.shape).not.toBe('chat');
    expect(read.clues.sender).toBeNull();
  });

  it("a forward's separator over the fields keeps the forwarded sender out of the writer's place", () => {
    const paste = [
      '---------- Forwarded message ---------',
      'From: Oskar Lindahl <oskar@example.org>',
      'Date: Tue, Feb 3, 2026 at 7:40 AM',
      'Subject: Intro',
      '',
      'Marta, meet Wanjiru, who runs our night receiving crew.',
      '',
      first,
      second,
      third,
      'Wanjiru',
    ].join('\n');
    expect(normalizeRequest(paste).clues.sender).toBeNull();
  });
});
