import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { headerLine } from '../../src/triage/intake/header-line.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { isScreenLine } from '../../src/triage/intake/screen-line.js';
import { profile, warehouseReferrer } from '../helpers/notes.js';

/**
 * Who is who in the shapes the tenth blind batch brought (issue 22), each in new wording: a business's
 * account is no person and a seller's note has no candidate; a forward of a forward is written by the one
 * whose cover is on top; a chat label with a credential and a month/day stamp; an aunt asking for her nephew.
 */

const who = (paste: string, referrer = warehouseReferrer) => {
  const result = triage(paste, referrer);
  return { name: result.candidate.name, writer: result.writer ?? null, result };
};

describe("the tenth batch: a business's account and a seller's note", () => {
  it('a business profile over a pitch for a catalog and samples: no candidate, the signer writes', () => {
    const paste = [
      'pallet.pros_co',
      'PalletPros Packaging Supply · Business',
      '8,420 followers · 96 posts',
      '',
      'FEB 11, 9:30 AM',
      'Hi Marta! Love the dock videos your team posts. Operators your size are cutting stretch-wrap spend 15% with our pre-stretched film. Could I mail you our spring catalog and a free sample kit for the receiving crew? Just need a shipping address!',
      '— Corinne, PalletPros outreach',
      '',
      'Message...',
    ].join('\n');
    const { name, writer, result } = who(paste);
    expect(name).toBeNull();
    expect(writer).toBe('Corinne');
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.recommendation).toBe('no');
    expect(normalizeRequest(paste).text).not.toMatch(/Message\.\.\.|FEB 11/);
  });

  it("a company's name is never a person's, and a compose box's trailing placeholder is screen text", () => {
    expect(triage('Hi Marta, can you refer me?\n— Northgate Holdings', warehouseReferrer).candidate.name).toBeNull();
    expect(isScreenLine('Message…')).toBe(true);
    expect(isScreenLine('Write a message...')).toBe(true);
    expect(isScreenLine('Thanks...')).toBe(false);
  });
});

describe('the tenth batch: a forward of a forward', () => {
  it("the forwarder's cover on top writes; the inner sender who asks for herself is the candidate", () => {
    const referrer = profile('Tax advisory: corporate tax compliance and transfer pricing', [
      { title: 'Associate, Transfer Pricing (2-4 years)', url: 'https://careers.example.com/jobs/tp-22' },
    ]);
    const paste = [
      '---------- Forwarded message ---------',
      'From: Gareth Olufemi <gareth@olufemi-advisory.example.com>',
      'Date: Tue, Apr 8, 2025 at 6:40 PM',
      'Subject: Fwd: a note from my neighbour',
      'To: Sam Whitcombe <sam.whitcombe@example.com>',
      '',
      "Sam, good seeing you at the conference. My neighbour's niece wrote to me, see the note below; she's sharp and I promised I'd get it in front of someone in tax. Use your judgement. - Gareth",
      '',
      '---------- Forwarded message ---------',
      'From: Ingrid Solberg <ingrid.solberg@example.com>',
      'Date: Mon, Apr 7, 2025 at 10:12 PM',
      'Subject: a note from my neighbour',
      'To: Gareth Olufemi <gareth@olufemi-advisory.example.com>',
      '',
      'Dear Mr. Olufemi,',
      '',
      "Thank you for offering to pass this on. I finished my accounting master's last year and have spent ten months in a Big Four compliance team. I noticed your contact's firm has an associate opening in transfer pricing, and I would be grateful to be considered for it.",
      '',
      'Kind regards,',
      'Ingrid',
    ].join('\n');
    const { name, writer, result } = who(paste, referrer);
    expect(name).toBe('Ingrid Solberg');
    expect(writer).toBe('Gareth Olufemi');
    expect(result.signals.roleNamed.present).toBe(true);
  });

  it('a vague job word is a role only as one of the referrer\'s openings: "an associate opening"', () => {
    const withOpening = profile('Tax advisory: corporate tax compliance', [
      { title: 'Associate, Corporate Tax', url: 'https://careers.example.com/jobs/ct-4' },
    ]);
    const text = 'Hi Sam, I saw your firm has an associate opening. Could you refer me?';
    expect(triage(text, withOpening).signals.roleNamed.present).toBe(true);
    expect(triage(text, profile('Tax advisory: corporate tax compliance')).signals.roleNamed.present).toBe(false);
    // Another job around the same word is not the opening.
    const sales = 'Hi Sam, I saw your firm has a sales associate opening. Could you refer me?';
    expect(triage(sales, withOpening).candidate.targetRole).not.toBe('Associate, Corporate Tax');
  });
});

describe("the tenth batch: a chat label's credential and month/day stamp", () => {
  it('each message under "Name, Credential  4/9 6:55 AM" is the labelled writer\'s, and the card over them goes', () => {
    const paste = [
      'Tomasz Wrona, DPT  (Outpatient Rehab - North Clinic)',
      '',
      'Tomasz Wrona, DPT  4/9 6:55 AM',
      'Morning Marta - flagging someone for your Inbound Operations Supervisor opening. Delphine Okoro has run the receiving side of our clinic supply room under me for 2 years.',
      'Tomasz Wrona, DPT  4/9 6:57 AM',
      'She rebuilt our par levels and stockouts dropped from about 12 a month to 2. If the seat is already filled, just say so and I will tell her.',
    ].join('\n');
    const { name, writer } = who(paste);
    expect(name).toBe('Delphine Okoro');
    expect(writer).toBe('Tomasz Wrona');
    expect(normalizeRequest(paste).text).not.toMatch(/DPT|North Clinic/);
    expect(headerLine('Tomasz Wrona, DPT  4/9 6:55 AM')?.name).toBe('Tomasz Wrona');
    // A month and day count as a stamp only with their time: "Open 24/7" stays a line of text.
    expect(headerLine('Open 24/7')).toBeNull();
  });
});

describe('the tenth batch: a relative asking for a nephew, with pressure', () => {
  it('a Messenger label over each message writes; the nephew who "needs a job" is the candidate', () => {
    const paste = [
      'Rukhsana Qureshi',
      'Messenger',
      '',
      'APR 2 AT 10:05 PM',
      'Rukhsana Qureshi',
      "Marta beta, it's Rukhsana aunty from your mum's sewing circle. Everyone says you are running the whole warehouse now!",
      'Rukhsana Qureshi',
      'My nephew Imran needs work, anything at all, he has been at home since the shop closed. You have to help him, he is like your brother. I already told my nephew you will call him on Sunday',
      'Rukhsana Qureshi',
      "Don't forget us now that you are so successful",
    ].join('\n');
    const { name, writer, result } = who(paste);
    expect(name).toBe('Imran');
    expect(writer).toBe('Rukhsana Qureshi');
    expect(result.signals.pressure.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });

  it("a plain mention of a relative's need, and a help asked politely, are no pressure", () => {
    const text =
      "Hi Marta, my nephew Imran needs a job in logistics; he ran the stockroom at a pharmacy for three years. Could you tell me if the Inbound Operations Supervisor role takes people from retail? If it's a stretch, no worries.";
    const result = triage(text, warehouseReferrer);
    expect(result.candidate.name).toBe('Imran');
    expect(result.signals.pressure.present).toBe(false);
  });
});
