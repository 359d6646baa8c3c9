import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * Notes a colleague passes on (issue 22): a workplace chat whose sender pastes someone's message in quotes
 * under a cover of theirs, and a forward whose cover asks nothing over a message that asks for no one.
 */

const profile = warehouseReferrer;

const teamsPaste = `Okafor, Ngozi (Supply Chain)   Busy
Mon 09:12
Morning Marta, sorry to bother you. Someone messaged me on LinkedIn about the dock job, I've never met her, so I'm copying her message over unchanged:

"Hi Ngozi, I'm a forklift trainer at a grocery distribution centre in Tilbury and I noticed your team is advertising an Inbound Operations Supervisor role. I've run the receiving shift for two years. Would you be willing to pass my name to the hiring manager? Many thanks, Rosalind Ekwueme"

Totally your call, I don't know her work.
Type a message`;

const agencyForward = `From: Brandt, Odile <obrandt@example.com>
Sent: Thursday, 4 June 2026 10:02
To: Ruiz, Marta <mruiz@example.com>
Subject: FW: Temporary pickers this season

Marta, this landed in the facilities inbox, no idea if it's relevant to you. Feel free to bin it.
Odile

-----Original Message-----
From: Dale Pryce <dale@pickpool-recruitment.example.co.uk>
Sent: Wednesday, 3 June 2026 15:40
To: facilities@example.com
Subject: Temporary pickers this season

Good afternoon,

PickPool Recruitment has 12 vetted warehouse pickers and two reach-truck drivers free from next Monday on weekly contracts. Our day rate starts at £118 per operative.

Do share this with whoever books your seasonal staff.

Regards,
Dale Pryce
Account Manager`;

describe('a colleague passes on what reached them', () => {
  it('a Teams contact with their presence heads a chat, not a LinkedIn page, whatever the messages mention', () => {
    const read = normalizeRequest(teamsPaste);
    expect(read.shape).toBe('chat');
    expect(read.clues.sender).toBe('Ngozi Okafor');
  });

  it('the chat sender who pastes a quoted message writes; its signer is the candidate', () => {
    const out = triage(teamsPaste, profile);
    expect(out.candidate.name).toBe('Rosalind Ekwueme');
    expect(out.writer).toBe('Ngozi Okafor');
  });

  it('a cover that asks nothing over an agency offer has no candidate: the forwarder only writes', () => {
    const out = triage(agencyForward, profile);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Odile Brandt');
    expect(out.recommendation).toBe('no');
  });
});
