import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Chat transcripts the nineteenth blind batch's names missed (issue 22), in new wording: a sign-off that
 * ends the writer's own last message, with another member's reply and a placeholder under it; and a
 * Discord sign-off "Nick (Full Name)" under later headers, a file sent and a header with nothing under it.
 * Read at the writer's own last message, a chat's one-word sign-off in another script than the contact's
 * full name ("Anya" under "Анна Волкова") is that name written for the reader, and the full name stands.
 */

const team = referrerNamed('Oksana');

describe("a group chat's sign-off above another member's reply", () => {
  const paste = (after: string[]) =>
    [
      '03/04/2025, 18:02 - ~ Barty: Evening folks, apologies for the group post. I want a season at a cider orchard, pressing or picking, anything going.',
      "03/04/2025, 18:03 - ~ Barty: I've driven a telehandler for two harvests and I'm free from May.",
      "03/04/2025, 18:04 - ~ Barty: If your orchard takes people on, could you refer me? I'll bring cake. Best, Bartholomew",
      ...after,
    ].join('\n');
  const orchard = team('Cider orchard: pressing, fermentation and the orchard crew', 'Orchard Hand');

  it('reads the signed name over the nickname label, the reply and a placeholder under it', () => {
    const lines = [
      '03/04/2025, 18:20 - Nadia Wells: fingers crossed Barty!',
      '03/04/2025, 18:41 - ~ Barty: <Media omitted>',
    ];
    expect(triage(paste(lines), orchard).candidate.name).toBe('Bartholomew');
  });

  it("leaves the other member's reply out of the note", () => {
    const text = normalizeRequest(paste(['03/04/2025, 18:20 - Nadia Wells: fingers crossed Barty!'])).text;
    expect(text).toContain('Best, Bartholomew');
    expect(text).not.toContain('fingers crossed');
  });

  it("keeps a reply the writer answers again: the note ends with the writer's last message", () => {
    const text = normalizeRequest(
      paste(['03/04/2025, 18:20 - Nadia Wells: which orchard?', '03/04/2025, 18:22 - ~ Barty: any in Herefordshire']),
    ).text;
    expect(text).toContain('which orchard?');
    expect(text.trim().endsWith('any in Herefordshire.')).toBe(true);
  });

  it("leaves the referrer's own answer after the note out of it", () => {
    const text = normalizeRequest(paste(['03/04/2025, 19:05 - You: Let me check with the farm manager'])).text;
    expect(text).not.toContain('farm manager');
  });
});

describe('a Discord sign-off "Nick (Full Name)" under later headers and a file sent', () => {
  const paste = (stamp: string) =>
    [
      `mothwing — ${stamp} 18:02`,
      "hey Oksana, sorry to slide into your DMs. I saw your crew call in #touring-tech for a Lighting Technician and I'd love to be put forward",
      "I've rigged and focused for a touring company for two years; on our last tour I rebuilt the patch so changeover dropped from 90 to 40 minutes",
      'could you refer me? totally fine if not',
      'Mo (Morwenna Pryce)',
      `mothwing — ${stamp} 18:03`,
      '📎 Morwenna_Pryce_rigging_CV.pdf',
      `OksanaLX — ${stamp} 18:30`,
    ].join('\n');
  const lighting = team('Stage lighting crew for a touring theatre company', 'Lighting Technician');

  it('reads the full name in brackets, on a day word or a date', () => {
    expect(triage(paste('Yesterday at'), lighting).candidate.name).toBe('Morwenna Pryce');
    expect(triage(paste('12/03/2025'), lighting).candidate.name).toBe('Morwenna Pryce');
  });

  it('reads the headers, the file sent and the empty last header as the app, not the note', () => {
    const intake = normalizeRequest(paste('Today at'));
    expect(intake.shape).toBe('chat');
    expect(intake.text).not.toMatch(/mothwing|OksanaLX|📎/u);
    expect(intake.text.trim().endsWith('Mo (Morwenna Pryce)')).toBe(true);
  });
});

describe("a one-word sign-off in another script than the contact's full name", () => {
  it('keeps the full name the contact is saved under', () => {
    const paste = [
      'Анна Волкова, [03.02.2026 10:15]',
      "Hello Oksana! We spoke after your panel on touring crews in Leeds. I've run follow-spots for a touring opera for three seasons and never missed a cue across 140 shows.",
      '',
      'Анна Волкова, [03.02.2026 10:16]',
      'Would you refer me for the Lighting Technician role? Entirely fine if not. Thanks! Anya',
    ].join('\n');
    const lighting = team('Stage lighting crew for a touring theatre company', 'Lighting Technician');
    expect(triage(paste, lighting).candidate.name).toBe('Анна Волкова');
  });
});

describe('a file sent beside a paperclip outside a chat', () => {
  it('does not make a mail a chat transcript', () => {
    const mail = [
      'Hi Oksana,',
      "I'm applying for the Lighting Technician role and would be grateful for a referral. Fine if not.",
      '📎 Anya_Volkova_CV.pdf',
      'Best,',
      'Anya Volkova',
    ].join('\n');
    expect(normalizeRequest(mail).shape).not.toBe('chat');
  });
});
