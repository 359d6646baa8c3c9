import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * A colleague passing on a candidate's own note under a cover of theirs (issue 22, point 4): the note
 * is judged as the candidate's ask, but every reply goes to the colleague who sent it and speaks of the
 * candidate by name.
 */

const profile = warehouseReferrer;

const candidateNote = `Hi Marta, I'm Dariusz Wolak, a shift lead in receiving at Coldline Foods. I'm applying for your Inbound Operations Supervisor role (https://careers.example.com/jobs/ios-310). Since I rebuilt our appointment calendar, trailer wait times dropped from 95 to 40 minutes. Odile says your team is the one fixing dock flow, which is what I want to keep doing. If you'd be open to referring me I'd be grateful, and no worries if not.

Thanks,
Dariusz`;

const gmailForward = `Marta, a friend from my old warehouse days asked me to get this to you. Up to you entirely.

Odile Brandt

---------- Forwarded message ---------
From: Dariusz Wolak <dwolak.work@example.net>
Date: Mon, Mar 2, 2026 at 7:05 PM
Subject: Inbound supervisor role
To: Odile Brandt <obrandt@example.com>

${candidateNote}`;

const outlookForward = `From: Odile Brandt <obrandt@example.com>
Sent: Tuesday, March 3, 2026 8:40 AM
To: Marta Ruiz <mruiz@example.com>
Subject: FW: Inbound supervisor role

Hey Marta - sending along a note from a guy I used to carpool with. Your call, no pressure at all.

Odile

From: Dariusz Wolak <dwolak.work@example.net>
Sent: Monday, March 2, 2026 7:05 PM
To: Odile Brandt <obrandt@example.com>
Subject: Inbound supervisor role

${candidateNote}`;

const whatsappForward = `[03/03/2026, 08:41] Odile Brandt: Marta see below, your call!
[03/03/2026, 08:41] Odile Brandt: ↪ Forwarded
${candidateNote.replace(/\n+/g, ' ')}`;

describe('a forwarded note: the replies go to whoever forwarded it', () => {
  it.each([
    ['a Gmail forward', gmailForward],
    ['an Outlook forward', outlookForward],
    ['a WhatsApp forward with a cover line', whatsappForward],
  ])('%s greets the forwarder and names the candidate in every draft', (_, text) => {
    const out = triage(text, profile);
    expect(out.candidate.name).toBe('Dariusz Wolak');
    expect(out.writer).toBe('Odile Brandt');
    for (const draft of Object.values(out.drafts ?? {})) {
      expect(draft).toMatch(/^(?:Hi|Hey) Odile,/);
      expect(draft).toContain('Dariusz');
      expect(draft).not.toMatch(/\brefer you\b|\byour résumé\b/);
    }
    // The result is the candidate's own words, not the forwarder's: the reply does not credit the forwarder with it.
    expect(out.drafts?.yes).toContain('The result in the note ("');
    expect(out.drafts?.yes).not.toContain('What you describe');
  });

  it('is judged as the candidate would be, forwarded or not', () => {
    const own = triage(candidateNote, profile);
    const forwarded = triage(gmailForward, profile);
    expect(forwarded.recommendation).toBe(own.recommendation);
    expect(own.drafts?.yes).toMatch(/^(?:Hi|Hey) Dariusz,/);
  });

  it("the blurb tells the forwarded note as the candidate's own", () => {
    const out = triage(gmailForward, profile);
    expect(out.blurb).toContain('Dariusz');
    expect(out.blurb).not.toMatch(/\bOdile\b/);
  });

  it('a no to the forwarder is about the candidate', () => {
    const off = `Marta, passing this on from a friend, your call.\n\nOdile Brandt\n\n---------- Forwarded message ---------\nFrom: Dariusz Wolak <dwolak.work@example.net>\nDate: Mon, Mar 2, 2026 at 7:05 PM\nSubject: any openings?\nTo: Odile Brandt <obrandt@example.com>\n\nHi, do you have anything at all? I'm flexible.\n\nDariusz`;
    const out = triage(off, profile);
    expect(out.writer).toBe('Odile Brandt');
    expect(out.drafts?.no).toMatch(/^(?:Hi|Hey) Odile,/);
    expect(out.drafts?.no).toContain("I'm not able to refer Dariusz");
  });

  it('the one-pager that comes back through the forwarder is answered to them, about the candidate', () => {
    const first = gmailForward.replace(/Since I rebuilt[^.]*\. /, "I'm good with docks. ");
    const more = `Marta, Dariusz sent a bit more, see below.\n\nOdile Brandt\n\n---------- Forwarded message ---------\nFrom: Dariusz Wolak <dwolak.work@example.net>\nDate: Fri, Mar 6, 2026 at 8:12 AM\nSubject: Re: Inbound supervisor role\nTo: Odile Brandt <obrandt@example.com>\n\nHi Marta, here is my one-pager. I've run receiving for four years and trained most of our night crew. I'd be grateful for a referral.\n\nDariusz`;
    const out = triage(more, profile, { previous: first });
    expect(out.writer).toBe('Odile Brandt');
    expect(out.onePager).toBeDefined();
    expect(out.drafts?.one_pager).toMatch(/^(?:Hi|Hey) Odile, thanks for passing on more from Dariusz\b/);
    expect(out.drafts?.one_pager).toContain('If Dariusz can send me that');
  });
});
