import { describe, expect, it } from 'vitest';
import { asName } from '../../src/triage/decision/names.js';
import { triage } from '../../src/triage/index.js';
import { readChat } from '../../src/triage/intake/chat.js';
import { earlierOwnMessage } from '../../src/triage/intake/earlier.js';
import { forwardedNote } from '../../src/triage/intake/forward.js';
import { senderName } from '../../src/triage/intake/mail-sender.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { endsWithAbbreviation } from '../../src/triage/reading/sentences.js';
import { warehouseReferrer } from '../helpers/notes.js';

/** Shapes of pasted notes added for the hard development set (issue 22): each rule on a note of its own. */

const profile = warehouseReferrer;

const ask =
  "I'm applying for the Inbound Operations Supervisor role. I've run receiving at a 300k sq ft DC for four years, and after I rebuilt our dock schedule, trailer dwell fell from 31 to 12 hours. Would you be open to referring me? No worries if not.";

describe('names: shapes a name takes', () => {
  it('keeps lower-case particles inside a name, never at its ends', () => {
    expect(asName('Luisa van der Meer', 'Luisa van der Meer')).toBe('Luisa van der Meer');
    expect(asName('Omar bin Khalid, PE', 'Omar bin Khalid, PE')).toBe('Omar bin Khalid');
    expect(asName('de Souza', 'de Souza')).toBeNull();
  });

  it('reads a name written in two scripts in the one with case', () => {
    expect(asName('李伟 Wei Li', '李伟 Wei Li')).toBe('Wei Li');
    expect(asName('김민준 (Minjun Kim)', '김민준 (Minjun Kim)')).toBe('Minjun Kim');
  });

  it('keeps dotted initials, and never takes a job title for a name', () => {
    expect(asName('J.R. Okonkwo', 'J.R. Okonkwo')).toBe('J.R. Okonkwo');
    expect(asName('Operations Director | Kestrel Freight', 'Operations Director | Kestrel Freight')).toBeNull();
    expect(asName('Senior Analyst', 'Senior Analyst')).toBeNull();
  });

  it('drops post-nominals after the comma of an Outlook "Last, First"', () => {
    expect(senderName('From: Ibarra, Lucía, DNP <lucia@example.com>')).toBe('Lucía Ibarra');
    expect(senderName('From: Okafor, Chidi <chidi@example.com>')).toBe('Chidi Okafor');
  });

  it('ends no sentence at dotted initials before a name', () => {
    const text = 'Ask J.R. Okonkwo about it.';
    expect(endsWithAbbreviation(text, text.indexOf('R.') + 1)).toBe(true);
  });
});

describe('who signs, and how', () => {
  it('reads the name under a military "V/r" closing', () => {
    const note = `Hello Marta,\n\n${ask}\n\nV/r,\n\nDevon Achterberg, PMP\nLogistics Officer\nCell: (555) 010-4477`;
    expect(triage(note, profile).candidate.name).toBe('Devon Achterberg');
  });

  it('prefers the form a header name is signed in ("JP Moreau" signed "J.P. Moreau")', () => {
    const note = `From: JP Moreau <jp@example.com>\nSent: Monday, June 2, 2025 8:00 AM\nSubject: Inbound supervisor\n\nHi Marta,\n\n${ask}\n\nBest,\nJ.P. Moreau`;
    const result = triage(note, profile);
    expect(result.candidate.name).toBe('J.P. Moreau');
    expect(result.drafts?.yes).toMatch(/^(?:Hi|Hey) J\.P\.,/);
  });

  it('reads "— X here" and a name texted in lower case', () => {
    expect(triage(`Hi Marta — Ana Ferreira here, we met at the ProMat booth. ${ask}`, profile).candidate.name).toBe(
      'Ana Ferreira',
    );
    const texted = `hey! this is dominika p from the ProMat booth. ${ask}`;
    expect(triage(texted, profile).candidate.name).toBe('Dominika');
    expect(triage(`it's nice here. ${ask}`, profile).candidate.name).toBeNull();
  });
});

describe('notes written for someone else', () => {
  it('a first-hand vouch names the candidate and is judged on its merits', () => {
    const note = `Hi Marta,\n\nI'm writing about Rui Tavares, who worked in my receiving team at Brightline for three years. Rui is applying for your Inbound Operations Supervisor role. After he rebuilt our dock schedule, trailer dwell fell from 31 to 12 hours. Would you be willing to refer him? No worries if not.\n\nBest,\nGreta Olsen`;
    const result = triage(note, profile);
    expect(result.candidate.name).toBe('Rui Tavares');
    expect(result.writer).toBe('Greta Olsen');
    expect(result.recommendation).not.toBe('no');
  });

  it('a recruiter "working with" a named candidate is an agency: a no', () => {
    const note = `Hi Marta, Lena Brooks here from Summit Talent. I'm working with Rui Tavares, who is interested in your Inbound Operations Supervisor role. Would you be willing to refer him? We'd submit through your recruiting team.\n\nBest regards,\nLena Brooks`;
    const result = triage(note, profile);
    expect(result.candidate.name).toBe('Rui Tavares');
    expect(result.recommendation).toBe('no');
  });

  it('a spouse who says whose they are: the candidate is the one named', () => {
    const note = `Hi Marta,\n\nTomas here, Ines's husband. Could you refer her for the Inbound Operations Supervisor role? She has run receiving for six years.\n\nThanks,\nTomas`;
    const result = triage(note, profile);
    expect(result.candidate.name).toBe('Ines');
    expect(result.writer).toBe('Tomas');
    expect(result.recommendation).not.toBe('yes');
  });
});

describe('forwards, earlier messages and chats', () => {
  const cover = [
    'From: Kai Brandt <kai@example.com>',
    'Subject: FW: supervisor role',
    '',
    'Marta, this is my old teammate Noor, passing on her note with her blessing. Your call entirely.',
    '',
    'Kai',
    '',
    '---------- Forwarded message ---------',
    'From: Noor Haddad <noor@example.com>',
    'Date: Mon, Jun 2, 2025 at 7:10 PM',
    'Subject: supervisor role',
    '',
    'Hi Kai! Here it is:',
    '',
    `Hi Marta, I'm Noor Haddad. ${ask}`,
    '',
    'Thanks,',
    'Noor',
  ];

  // Issue 22: whoever forwards the candidate's note with a cover of their own is its writer.
  it("reads a forwarded note under a short cover as the candidate's, with the forwarder as writer", () => {
    const forward = forwardedNote(cover.slice(2));
    expect(forward?.sender).toBe('Noor Haddad');
    expect(forward?.lines.join('\n')).toMatch(/^Subject: supervisor role\n+Hi Marta, I'm Noor Haddad/);
    expect(forward?.context).toContain('Hi Kai! Here it is:');
    const result = triage(cover.join('\n'), profile);
    expect(result.candidate.name).toBe('Noor Haddad');
    expect(result.writer).toBe('Kai Brandt');
  });

  it('leaves a forward whose cover makes the ask itself', () => {
    const lines = [
      'Could you refer me? My note is below.',
      '---------- Forwarded message ---------',
      'From: Noor <n@example.com>',
      '',
      `Hi, ${ask}`,
    ];
    expect(forwardedNote(lines)).toBeNull();
  });

  it("takes the writer's own earlier message from the quoted history, not the referrer's", () => {
    const quoted = [
      'On Mon, Jun 2, 2025 at 9:00 AM Marta Ruiz <marta@example.com> wrote:',
      '> Which posting is it?',
      '>> On Sun, Jun 1, 2025 at 8:00 AM Noor Haddad <noor@example.com> wrote:',
      ">> Hi Marta, I'm applying for the supervisor",
      '>> role. Would you refer me?',
    ];
    expect(earlierOwnMessage(quoted, 'Noor Haddad')).toBe(
      "Hi Marta, I'm applying for the supervisor role. Would you refer me?",
    );
    expect(earlierOwnMessage(quoted, 'Kai Brandt')).toBeNull();
  });

  it('reads a bump with the note it chases', () => {
    const bump = `From: Noor Haddad <noor@example.com>\nSubject: RE: supervisor role\n\nHi Marta, just bumping this once in case it got buried. No worries if not.\n\nNoor\n\nFrom: Noor Haddad\nSent: Monday, June 2, 2025 8:00 AM\nTo: Marta Ruiz\nSubject: supervisor role\n\nHi Marta,\n\n${ask}\n\nThanks,\nNoor Haddad`;
    const result = triage(bump, profile);
    expect(result.signals.proofPoint.present).toBe(true);
    expect(result.recommendation).toBe('yes');
  });

  it("an iMessage thread's contact line names the writer; stamp lines go", () => {
    const { lines, sender } = readChat([
      'Priya Nair',
      'iMessage',
      'Sat, May 3 at 4:10 PM',
      'hey can u refer me',
      'Delivered',
    ]);
    expect(sender).toBe('Priya Nair');
    expect(lines).toEqual(['hey can u refer me.']);
    expect(readChat(['Yesterday 10:47 PM', 'hi there']).sender).toBeNull();
  });

  it('a relative forwarding a chat message from someone named passes on a wish', () => {
    const chat = [
      '[3/6/25, 7:01:02 AM] Auntie Grace: Forwarded',
      `Hi Auntie, could you ask Marta if she'd put in a word for me? ${ask.replace('Would you be open to referring me? ', '')} - Sam`,
      "[3/6/25, 7:02:10 AM] Auntie Grace: That's from Samuel Otieno, my sister's son.",
    ].join('\n');
    const result = triage(chat, profile);
    expect(result.candidate.name).toBe('Samuel Otieno');
    expect(result.writer).toBe('Grace');
    expect(result.recommendation).not.toBe('yes');
  });
});

describe('normalizeRequest keeps the forward cover as an introduction', () => {
  it('puts the cover after the greeting of the forwarded note', () => {
    const lines = [
      'Marta, passing this along from Lee Park, who is looking at your supervisor opening. Totally your call.',
      '',
      '---------- Forwarded message ---------',
      'From: Lee Park <lee@example.com>',
      '',
      `Hi Marta, ${ask}`,
    ];
    const intake = normalizeRequest(lines.join('\n'));
    expect(intake.introductions[0]).toMatch(/^Marta, passing this along from Lee Park/);
    expect(intake.clues.sender).toBe('Lee Park');
  });
});
