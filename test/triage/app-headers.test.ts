import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/**
 * Who is who where the only name is in an app's header (issue 22): a social profile's display-name line at
 * the paste's top ("Name | tagline | N followers", "Name @handle", a handle line over it), and a job board's
 * or an ATS's "From: Name · …" line with the app's fields after the name. Notes written for these tests.
 */

const shop: Profile = {
  name: 'Sam',
  teamArea: 'Barbering and grooming: cuts, fades, shaves and beard work',
  openRoles: [{ title: 'Junior Barber', url: 'https://jobs.example.com/barber-4' }],
  workingLanguage: 'en',
};

const read = (paste: string) => {
  const intake = normalizeRequest(paste);
  return { sender: intake.clues.sender, text: intake.text, name: triage(paste, shop).candidate.name };
};

describe("a social profile's display-name line at the top", () => {
  it('a one-word display name with a tagline and a follower count, under a handle, names the candidate', () => {
    const { name, text } = read(
      [
        'jaylen.cuts',
        'Jaylen ✂️ | barber apprentice | 3,108 followers',
        'Active 5m ago',
        '',
        "yo!! been watching your shop's videos for months, your fades are crazy clean. I've been cutting at home for two years, could you put me on for the junior barber opening? totally fine if not",
        '',
        'Send a message',
      ].join('\n'),
    );
    expect(name).toBe('Jaylen');
    // The profile's screen words are clutter, not the note's text.
    expect(text).not.toMatch(/jaylen\.cuts|followers|apprentice \|/);
    expect(text).toMatch(/^yo!! been watching/);
  });

  it('a name and a handle on one line, as X prints it, names the candidate in full or by one word', () => {
    const body =
      'Hi Sam, I cut at a salon in Lyon for three years and moved here in May. I saw the Junior Barber opening on your team; could you refer me? No pressure if not.';
    expect(read(`Odile Marchetti @odile_cuts\n\n${body}`).name).toBe('Odile Marchetti');
    const single = read(`Odile @odile_cuts\n\n${body}`);
    expect(single.name).toBe('Odile');
    expect(single.text).not.toMatch(/@odile_cuts/);
  });

  it('a one-word name before a middle dot and a follower count names the candidate', () => {
    const { name, text } = read(
      [
        'Mireille · 2.3K followers',
        'Active now',
        '',
        'Hi Sam! I trained at the academy downtown and have done 400 fades this year. Could you refer me for the Junior Barber role? All good if not.',
      ].join('\n'),
    );
    expect(name).toBe('Mireille');
    expect(text).not.toMatch(/followers/);
  });

  it("a business's or a store's profile is no person's", () => {
    expect(
      read(
        [
          'lumen_candles',
          'Lumen Candles | Official store | 9k followers',
          '',
          'Hi Sam! Your shop would smell amazing with our cedar line, can I send a sample?',
        ].join('\n'),
      ).name,
    ).toBeNull();
    expect(
      read(
        [
          'crumb.bakehouse',
          'Crumb · Business',
          '',
          'Hi Sam! Love your shop. Could we send your barbers a box of pastries? Just need an address!',
        ].join('\n'),
      ).sender,
    ).toBeNull();
  });

  it('a one-word line with a tagline but nothing of a profile around it names no one', () => {
    const { sender } = read(
      [
        'Harbourside | barber apprentice',
        '',
        'Hi Sam, I saw the Junior Barber opening and would love a referral. I have cut hair for three years. Thanks!',
      ].join('\n'),
    );
    expect(sender).toBeNull();
  });
});

describe("a job board's From line with the app's fields after the name", () => {
  it('an ATS\'s title, a "From: Last, First • Candidate" line and a date: the sender is the candidate', () => {
    const { name, sender, text } = read(
      [
        'Hireline | Inbox',
        'From: Okonkwo, Adaeze • Candidate',
        'Mar 9, 2026 10:14 AM',
        '',
        'Good morning Sam, I have cut hair for four years and built a book of 120 regulars. I applied to the Junior Barber opening and would be grateful for a referral. Thank you for considering it.',
      ].join('\n'),
    );
    expect(sender).toBe('Adaeze Okonkwo');
    expect(name).toBe('Adaeze Okonkwo');
    expect(text).not.toMatch(/Hireline|Inbox|Candidate|From:/);
  });

  it('a From line first, with a count of applications after the name', () => {
    const { name, text } = read(
      [
        'From: Tomasz Wrona · 2 applications',
        '',
        'Hello Sam, I saw your Junior Barber opening. I have two years of shop experience and kept a 90% rebooking rate. Could you refer me? No worries if not.',
      ].join('\n'),
    );
    expect(name).toBe('Tomasz Wrona');
    expect(text).not.toMatch(/applications/);
  });

  it("a From field over the date alone, under the board's name, is a header too", () => {
    expect(
      read(
        [
          'ChairFinder',
          'From: Rui Takeda-Lowe | Viewed your posting',
          'Feb 2, 2026',
          '',
          'Hi Sam, I have been barbering for five years and would like a referral for the Junior Barber role. Thanks for your time.',
        ].join('\n'),
      ).name,
    ).toBe('Rui Takeda-Lowe');
  });

  it("an app's word in the From field is no name", () => {
    const { name } = read(
      [
        'Shiftly • Messages',
        'From: Messages · System',
        'Mar 9, 2026',
        '',
        'Hello, please refer me to the Junior Barber opening, thank you.',
      ].join('\n'),
    );
    expect(name).toBeNull();
  });
});
