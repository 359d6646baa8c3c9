import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/** Issue 22: a job board's notification mail is sent by the board; the person is the card's name line. */
describe("a job board's notification mail", () => {
  it('reads the name over the headline, not the board that sent it', () => {
    const note = [
      'From: TimberLine Jobs <notifications@timberlinejobs.example.org>',
      'Subject: A candidate sent you a message',
      '',
      'You have a new message from a job seeker',
      'Oksana Hrytsenko',
      'Sawmill grader · Open to work · Lviv, Ukraine',
      '',
      '"Good day. I attach my CV and certificates. Please can you recommend me for any job in your mill?"',
      '',
      '[ Reply ]   [ View profile ]',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBe('Oksana Hrytsenko');
  });

  it('reads the full name before the middle dot of a one-line card', () => {
    const note = [
      'From: Coastline Jobs <alerts@coastlinejobs.example.net>',
      'Subject: New message about "Deckhand"',
      '',
      'Hi Morwenna,',
      'You have a new message on Coastline Jobs about your posting Deckhand.',
      '',
      'Tobias Lindgren · Ferry crew at Nordic Sound Lines · Malmö',
      '"Hello, I have crewed ferries for three seasons and hold my STCW basic safety. Could you refer me?"',
      '',
      'Reply to Tobias',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBe('Tobias Lindgren');
  });

  it('names no one when the card shows no name', () => {
    const note = [
      'From: Orchard Jobs <alerts@orchardjobs.example.com>',
      'Subject: Someone viewed your posting',
      '',
      'Your posting for Picker was viewed 14 times this week.',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBeNull();
  });

  it('keeps a person whose surname is Jobs, writing from their own address', () => {
    const note = [
      'From: Laurene Jobs <laurene@brightmail.example.com>',
      'Subject: Referral for the analyst role',
      '',
      'Hi Tom, I applied for the analyst role last week and would be grateful for a referral. Thanks, Laurene',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBe('Laurene Jobs');
  });

  it('keeps a company whose name only starts with Jobs as the sender it was', () => {
    const note = [
      'From: Jobs Direct Plumbing Ltd <office@jobsdirectplumbing.example.co.uk>',
      'Subject: Apprentice',
      '',
      'Hi, our apprentice Callum Reid finishes with us in June. Could you refer him for your fitter role?',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).not.toBe('Callum Reid');
  });
});
