import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { buttonRow } from '../../src/triage/intake/screen-line.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in two shapes (issue 22): an "FW:" whose cover speaks of a third person over that person's
 * own message to the forwarder, which asks nothing in so many words; and a referral portal's notice whose
 * buttons include a longer label with a comma. Notes written for these tests.
 */

const team = referrerNamed('Priya');

/** A forward from Gus Halvorsen: his cover above a message to him whose sender and wording the test picks. */
const forward = (cover: string, from: string, to: string, message: string[]) =>
  [
    'From: Gus Halvorsen <gus.halvorsen@example.net>',
    'Sent: Tuesday, 4 March 2025 19:02',
    'To: Priya Raman',
    'Subject: FW: ferry deckhand',
    '',
    cover,
    '',
    '-----Original Message-----',
    `From: ${from}`,
    'Sent: Monday, 3 March 2025 08:15',
    `To: ${to}`,
    'Subject: ferry deckhand',
    '',
    ...message,
  ].join('\n');

const COVER =
  "Priya, as promised at the barbecue, this is from my neighbour's lad. Tobiah has wanted to work on the boats since he was small. He's steady and turns up early. Whatever you can manage, thanks. Gus";

describe('an "FW:" whose cover tells of the one who wrote the message under it', () => {
  const message = [
    'Hi Gus,',
    "Thanks for offering to ask around. I finished my sea survival course in January and I've crewed my uncle's crabber two summers. The Deckhand posting on the island ferry looks like the right start for me.",
    'Tobiah',
  ];

  it("Outlook: the message's sender is the candidate, the forwarder writes for him", () => {
    const result = triage(
      forward(COVER, 'Tobiah Okonkwo <tobiah.ok@example.com>', 'Gus Halvorsen', message),
      team('Vessel crew for the island ferry service', 'Deckhand'),
    );
    expect(result.candidate.name).toBe('Tobiah Okonkwo');
    expect(result.writer).toBe('Gus Halvorsen');
  });

  it("the same under Gmail's forward marker", () => {
    const text = forward(COVER, 'Tobiah Okonkwo <tobiah.ok@example.com>', 'Gus Halvorsen', message).replace(
      '-----Original Message-----',
      '---------- Forwarded message ---------',
    );
    const result = triage(text, team('Vessel crew for the island ferry service', 'Deckhand'));
    expect(result.candidate.name).toBe('Tobiah Okonkwo');
    expect(result.writer).toBe('Gus Halvorsen');
  });

  it("the forwarder's own earlier message under the cover stays his: he is the candidate", () => {
    const result = triage(
      forward(
        "Priya, sending this again in case it got buried. I've crewed a crabber for two summers and he's the skipper who taught me, so ask him anything. Could you refer me for the Deckhand job?",
        'Gus Halvorsen <gus.halvorsen@example.net>',
        'Priya Raman',
        ['Hi Priya,', 'I am interested in the Deckhand opening on the ferry and would value a word.', 'Gus'],
      ),
      team('Vessel crew for the island ferry service', 'Deckhand'),
    );
    expect(result.candidate.name).toBe('Gus Halvorsen');
    expect(result.writer).toBeNull();
  });

  it("a message from the referrer, forwarded back to her, is context: the cover's writer asks for himself", () => {
    const result = triage(
      forward(
        "Priya, you sent me this last spring. Priya, she said I should get back in touch once I had my ticket, and now I do. I've got my sea survival card and two summers on a crabber.",
        'Priya Raman <priya.raman@example.org>',
        'Gus Halvorsen',
        ['Hi Gus,', 'No deckhand openings right now, but get in touch once you have your ticket.', 'Priya'],
      ),
      team('Vessel crew for the island ferry service', 'Deckhand'),
    );
    expect(result.candidate.name).toBe('Gus Halvorsen');
    expect(result.writer).toBeNull();
  });
});

describe("a referral portal's notice with a longer button", () => {
  it('a bracketed label with a comma is still a button', () => {
    expect(buttonRow('[ Refer Wen ]   [ Pass ]   [ Not now, ask me tomorrow ]')).toBe(true);
    expect(buttonRow('[ Refer Wen ]   [ Not now, ]')).toBe(false);
    expect(buttonRow('[Please refer me, I am keen to join the team]')).toBe(false);
  });

  it('whom the notice names asks for themselves: the candidate, with no writer', () => {
    const result = triage(
      [
        'From: Tidewater Ferries Referrals <do-not-reply@tidewater.example.com>',
        'To: Priya Raman',
        'Subject: Wen Kowalczyk is waiting on your referral',
        '',
        'Hi Priya,',
        '',
        'Wen Kowalczyk has asked you to refer them for:',
        'Deckhand, Island Route (Req DH-19)',
        '',
        'Their message:',
        '"Hello Priya, we met at the harbour safety day in October. I have two summers of crabbing behind me and my sea survival card. Would you refer me for this?"',
        '',
        '[ Refer Wen ]   [ Decline ]   [ Not now, ask me tomorrow ]',
        '',
        'You get these because you are on the Tidewater referral programme.',
      ].join('\n'),
      team('Vessel crew for the island ferry service', 'Deckhand, Island Route'),
    );
    expect(result.candidate.name).toBe('Wen Kowalczyk');
    expect(result.writer).toBeNull();
  });
});
