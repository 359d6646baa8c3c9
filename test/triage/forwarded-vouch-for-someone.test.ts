import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A forward of a message written for someone it names (issue 22): a colleague sends the referrer a note their
 * old master wrote to them about his apprentice. The candidate is whom the carried message asks for; the
 * colleague who sent it on is the writer; the carried message's result and ask are read with the cover, and a
 * wish passed on is at most a one-pager. A plain forward of the candidate's own message keeps its sender as
 * the candidate. Notes written for these tests.
 */

const team = referrerNamed('Sanjay')(
  'Heritage joinery and restoration: stairs, sash windows and panelling for listed buildings',
  'Restoration Joiner',
);

/** Gmail's view of a mail from Ruth Adeyemi to the referrer, forwarding a message sent to her. */
const gmailForward = (cover: string, from: string, message: string[]) =>
  [
    'Fwd: Joinery apprentice',
    '',
    'Ruth Adeyemi <ruth.adeyemi@oakline.example.com>',
    'Thu, 12 Jun, 09:14',
    'to me',
    '',
    cover,
    'R',
    '',
    '---------- Forwarded message ---------',
    `From: ${from}`,
    'Date: Wed, 11 Jun 2025 at 18:40',
    'Subject: Joinery apprentice',
    'To: Ruth Adeyemi <ruth.adeyemi@oakline.example.com>',
    '',
    ...message,
  ].join('\n');

describe("a colleague's forward of her old master's note about his apprentice", () => {
  const cover =
    "Sanjay, passing this on from Mr. Lindqvist, he trained me at the workshop years ago. I don't know Callum myself but his apprentices are always careful, and you came to mind because of the staircase restoration you ran last spring. Entirely up to you!";
  const message = [
    'Hello Ruth,',
    '',
    'I hope the new workshop is busy. My apprentice Callum Reyes finishes his fourth year in June. He built the oak spiral stair for the Brennan house with every tread within 0.5 mm of the drawing. I have taught him sash window and stair restoration on our listed buildings for four years. He would like to join a heritage restoration crew, and I wondered whether anyone you know is hiring. Could you pass his name on?',
    '',
    'Regards,',
    'Henrik',
    '',
    'Henrik Lindqvist',
    'Master Joiner, Lindqvist & Sons',
  ];
  const result = triage(gmailForward(cover, 'Henrik Lindqvist <henrik@lindqvist.example.com>', message), team);

  it('the candidate is the apprentice the carried message asks for, the colleague who sent it on writes', () => {
    expect(result.candidate.name).toBe('Callum Reyes');
    expect(result.writer).toBe('Ruth Adeyemi');
  });

  it("the carried message's result counts, and a wish passed on is at most a one-pager", () => {
    expect(result.signals.proofPoint.present).toBe(true);
    expect(result.recommendation).toBe('one_pager');
  });
});

describe("a plain forward of the candidate's own message", () => {
  const cover =
    'Sanjay, forwarding this from Callum, a young joiner I met at the timber fair. He asked me to get it to someone in restoration. Entirely up to you!';
  const message = [
    'Hi Ruth,',
    '',
    "Thanks for chatting at the fair. I finish my fourth year as an apprentice in June and I built an oak spiral stair with every tread within 0.5 mm of the drawing. I'd love to be considered for a Restoration Joiner post. Could you refer me, or pass my details on?",
    '',
    'Cheers,',
    'Callum Reyes',
  ];
  const result = triage(gmailForward(cover, 'Callum Reyes <callum.reyes@example.com>', message), team);

  it('keeps the carried message’s sender, asking for himself, as the candidate', () => {
    expect(result.candidate.name).toBe('Callum Reyes');
    expect(result.writer).toBe('Ruth Adeyemi');
  });
});
