import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * Whose ask a note is (issue 22), by the balance of its asks: a writer who asks for themselves ("refer me",
 * "my CV") keeps the note whoever they mention in passing; a note that asks for someone else ("refer her",
 * "her CV is attached") stays theirs. Fresh notes, each in new wording.
 */

const who = (paste: string) => {
  const result = triage(paste, warehouseReferrer);
  return { name: result.candidate.name, writer: result.writer ?? null, onBehalf: result.signals.onBehalf.present };
};

const own = (passing: string, sign: string) =>
  `Hi Marta,\n\nI've run receiving at a 280k sq ft cross-dock for five years, and after I moved us to dock appointments, trailer dwell fell from 19 to 7 hours. ${passing}\n\nI saw the Inbound Operations Supervisor posting and would be grateful if you could refer me for it. I've attached my CV. No worries if the timing is wrong.\n\nBest,\n${sign}`;

describe('a writer asking for themselves, mentioning someone in passing', () => {
  it('a spouse named with their job, even one who is "looking" too, is outweighed by the writer\'s two asks', () => {
    const paste = own(
      "My husband Tomasz is a paramedic and he's looking at ambulance posts near you too, so the move works for both of us.",
      'Renata Okafor',
    );
    expect(who(paste)).toEqual({ name: 'Renata Okafor', writer: null, onBehalf: false });
  });

  it("a partner's news, which alone reads as an ask for them, does not outweigh the writer's own ask", () => {
    const paste = own(
      'My partner just finished her residency at the county hospital, which is why I am looking near you.',
      'Ignatius Borowski',
    );
    expect(who(paste)).toEqual({ name: 'Ignatius Borowski', writer: null, onBehalf: false });
  });

  it('a parent told of as the reason for a career is not the candidate', () => {
    const paste = own(
      'My mother is a retired forklift trainer, and she is the reason I ended up on a dock at nineteen.',
      'Khadija Mensah-Riley',
    );
    expect(who(paste)).toEqual({ name: 'Khadija Mensah-Riley', writer: null, onBehalf: false });
  });

  it('a former boss who will give a reference, spoken of as "she", is not the candidate', () => {
    const paste = own(
      'My former manager, Dolores Whitcombe, has agreed to be a reference. She ran the night shift there for twelve years. She thinks your dock would suit me.',
      'Oluwaseun Adebanjo',
    );
    expect(who(paste)).toEqual({ name: 'Oluwaseun Adebanjo', writer: null, onBehalf: false });
  });

  it('a friend named with what they do is not the candidate', () => {
    const paste = own(
      'My roommate Aigerim is finishing her logistics degree nearby, and she is the one who showed me your site tour video.',
      'Bartholomew Nkemelu',
    );
    expect(who(paste)).toEqual({ name: 'Bartholomew Nkemelu', writer: null, onBehalf: false });
  });
});

describe('a note asking for someone else stays theirs', () => {
  it('a spouse asking for their wife, her CV attached', () => {
    const paste =
      "Hi Marta,\n\nMy wife Ana Lucía Ferreira is a receiving lead at a grocery DC and she's applying for your Inbound Operations Supervisor opening. She cut dock-to-stock time from 30 to 12 hours last year. Could you refer her? Her CV is attached.\n\nThanks so much,\nMarco Ferreira";
    const { name, writer } = who(paste);
    expect(name).toBe('Ana Lucía Ferreira');
    expect(writer).toBe('Marco Ferreira');
  });

  it('a parent whose own "grateful for a referral" is matched by an ask for their son', () => {
    const paste =
      "Dear Marta,\n\nMy son Daniel Osei just finished his logistics diploma and has been a dock lead on weekends for two years. He'd love the Inbound Operations Supervisor role. Would you put a good word in for him? I'd be so grateful for a referral.\n\nWarmly,\nGrace Osei";
    const { name, writer } = who(paste);
    expect(name).toBe('Daniel Osei');
    expect(writer).toBe('Grace Osei');
  });

  it('a friend saying she would be a great fit, with no ask for the writer', () => {
    const paste =
      "Hey Marta! My friend Keiko Tanaka is looking to move up from picker to supervisor, and I think she'd be a great fit for the Inbound Operations Supervisor job. She has run the returns dock at her site for a year. Could you refer her?\n\nCheers,\nPriyanka";
    const { name, writer } = who(paste);
    expect(name).toBe('Keiko Tanaka');
    expect(writer).toBe('Priyanka');
  });

  it("a cover over a relative's forwarded message: the forwarded \"my CV\" is the sender's, not the writer's", () => {
    const paste = [
      'From: Brennan, Hollis <hbrennan@example.com>',
      'Subject: FW: my CV',
      '',
      'Marta - my nephew, just out of his forklift course. Could you find something for him on your docks?',
      'H',
      '',
      '---------- Forwarded message ---------',
      'From: Cormac Brennan-Adeyemi <cormac.ba@example.net>',
      'Subject: my CV',
      'To: Hollis Brennan <hbrennan@example.com>',
      '',
      "hey uncle hollis, here's my CV like dad said, and my application went in yesterday. thanks!!",
    ].join('\n');
    const { name, writer } = who(paste);
    expect(name).toBe('Cormac Brennan-Adeyemi');
    expect(writer).toBe('Hollis Brennan');
  });
});
