import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Names in the fourteenth blind batch's shapes (issue 22): a chat label with its presence on the same
 * line, a thread's contact over a read receipt, "X forwarded a message", and post-nominals no list
 * knows after a header's name. Notes written for these tests.
 */

const team = referrerNamed('Dana')('Operations', 'Operations Lead');

describe("a chat label's line", () => {
  it("the presence after wide spaces is screen text, and a nickname sign-off keeps the label's full name", () => {
    const result = triage(
      [
        'Abernathy, Theodore (Grounds – North Campus)    Busy',
        'Tuesday 2:15 PM',
        "Hi Dana, I've run the grounds crew on north campus for six years and saw the Facilities Coordinator opening. Could you refer me? No worries if the timing is wrong.",
        'Cheers,',
        'Theo',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Theodore Abernathy');
  });
});

describe("a thread's contact over a read receipt", () => {
  it('a full name on top, casual lines with no stamps, "Seen" at the bottom: the name is the sender\'s', () => {
    const result = triage(
      [
        'Marisol Quintero',
        'heyy dana long time!!',
        'any chance ur warehouse needs forklift drivers? i got my licence last spring',
        'Seen',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Marisol Quintero');
  });

  it("a name the thread greets is the reader's, not the contact's", () => {
    const result = triage(
      ['Dana Whitfield', 'hi Dana, any openings on the night shift?', 'Sent 9:14 PM'].join('\n'),
      team,
    );
    expect(result.candidate.name).not.toBe('Dana Whitfield');
  });
});

describe('a chat forward with its sender named', () => {
  it('"Tomasz forwarded a message" makes Tomasz the sender, in full where the thread labels him', () => {
    const text = [
      'Tomasz Wiśniewski',
      'Active 20m ago',
      'Tomasz forwarded a message',
      'Hello all, asking for my cousin Irena Kowal who is looking for any cleaning or kitchen work in the city. Message me for her number!',
      'Tomasz Wiśniewski: Dana maybe your hotel is hiring?',
      'Seen by Dana',
    ].join('\n');
    expect(normalizeRequest(text).clues.sender).toBe('Tomasz Wiśniewski');
  });
});

describe("post-nominals after a header's name", () => {
  it('"Gwen Price FCIPD CEng" in the From line and signature reads "Gwen Price"', () => {
    const result = triage(
      [
        'From: Gwen Price FCIPD CEng <gwen@price-consulting.example.com>',
        'Sent: 4 March 2026 09:10',
        'To: Dana Whitfield',
        'Subject: Plant engineer role',
        '',
        'Dear Dana,',
        '',
        "I'm a chartered mechanical engineer with twelve years in food processing plants, and I'd like to apply for your Plant Engineer vacancy. Would you consider referring me? I understand if not.",
        '',
        'Kind regards,',
        'Gwen Price FCIPD CEng',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Gwen Price');
  });

  it('a surname in capitals the note writes in its own case too stays part of the name', () => {
    const result = triage(
      [
        'Hi Dana, I am Ana Lucía GARZA, a pharmacist applying for your Clinical Pharmacist opening. Could you refer me? Garza is my family name, as on my licence.',
        'Thanks,',
        'Ana Lucía GARZA',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name?.toLowerCase()).toBe('ana lucía garza');
  });
});
