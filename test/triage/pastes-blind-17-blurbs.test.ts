import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { readResult } from '../../src/triage/reading/read-result.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The seventeenth blind batch's yes verdicts whose blurb missed the result, and a candidate's own note
 * carried by people who say they do not know her work (issue 22), each a general rule: a model's scale
 * ("a 25% scale river model") is a size, not a change; a range of sizes ("mostly 60-90 m spans") is no
 * before or after; "she" after a vessel the writer worked on is the vessel, whose clean survey is the
 * writer's result, and the blurb and the reply keep the clause naming it; a note the candidate wrote to
 * someone else, passed on under covers that disown it, is at most a one-pager. Notes written for these tests.
 */

const team = referrerNamed('Ingrid');

describe('a size is no change', () => {
  it('does not read "a 25% scale river model" as a 25% change, and takes the later change as the result', () => {
    expect(
      readResult("For four years I've been a lab engineer at a 25% scale river model: I run the flow trials."),
    ).toBeNull();
    const paste = [
      'Hi Ingrid, Prof. Oyelaran, who examined my thesis, told me you built the flume hall at your institute.',
      "I'm applying for the Hydraulic Model Engineer role. For four years I've been a lab engineer at a 25% scale river model: I run the flow trials and write the calibration notes.",
      'Last spring I brought our model-to-gauge discharge error from 14% to within 4% by recalibrating the weirs.',
      'Could you refer me? If the timing is wrong, no problem at all.',
      'Best, Tomasz Wielgus',
    ].join('\n');
    const result = triage(
      paste,
      team('Hydraulic modelling lab: physical river and coastal models', 'Hydraulic Model Engineer'),
    );
    expect(result.recommendation).toBe('yes');
    expect(result.blurb).toContain('from 14% to within 4%');
  });

  it('does not read a range of sizes as a before and an after, within a sentence or across two', () => {
    const first = "I've run 14 bridge repairs in the last 4 years, mostly 60-90 m spans.";
    expect(readResult(first)?.kind).not.toBe('change');
    expect(readResult('This spring I repaired a 75 m span for the county.', { previous: first })?.kind).not.toBe(
      'change',
    );
    // A before and an after told by their times still read.
    expect(readResult('Last winter one caller in five hung up; this winter, one in twenty-five.')).not.toBeNull();
  });
});

describe('"she" after a vessel the writer worked on', () => {
  const sentence =
    'Last spring I refitted both engines of a 28 m ketch: new mounts, shafts aligned in house, and she passed her flag-state inspection with zero deficiencies.';

  it("reads the vessel's clean inspection as the writer's result, but a person's as theirs", () => {
    expect(readResult(sentence)?.agent).toBe('writer');
    expect(readResult('I coached Priya through her first audit, and she passed it with zero findings.')).toBeNull();
  });

  it('keeps the clause naming the vessel in the blurb and the reply', () => {
    const paste = [
      'Hi Ingrid, we spoke at the Southampton boat show about your yard moving to hybrid drives.',
      "I'd like to apply for the Marine Engineer, Refit role. I've looked after the engine rooms of 9 charter yachts over 5 years, mostly 20-30 m ketches.",
      sentence,
      'Would you be willing to refer me? Completely fine if not.',
      'Thanks, Elin Sørlie',
    ].join('\n');
    const result = triage(
      paste,
      team('Refit yard engineering: marine propulsion and engine rooms', 'Marine Engineer, Refit'),
    );
    expect(result.recommendation).toBe('yes');
    expect(result.blurb).toContain('a 28 m ketch');
    expect(result.blurb).toContain('zero deficiencies');
    expect(result.drafts?.yes).toContain('zero deficiencies');
  });
});

describe("a candidate's own note carried under covers that disown it", () => {
  const carried = (
    cover: string,
    greeting = 'Hi Dermot,',
    middle = 'Priya, here is the note from my goddaughter I mentioned at the allotment. Cheers!',
  ) =>
    [
      'From: Haldane, Priya <priya.haldane@northvet.example.com>',
      'Sent: Thursday, May 8, 2025 10:20 AM',
      'To: Berg, Ingrid <ingrid.berg@northvet.example.com>',
      'Subject: FW: Fwd: nurse job',
      '',
      `Ingrid – ${cover} You run the surgical ward, so sending it your way.`,
      '',
      'Priya',
      '',
      '-----Original Message-----',
      'From: Dermot Achebe <dermot.achebe@mail.example.net>',
      'Sent: Wednesday, May 7, 2025 8:02 PM',
      'To: Haldane, Priya <priya.haldane@northvet.example.com>',
      'Subject: Fwd: nurse job',
      '',
      middle,
      'Dermot',
      '',
      '---------- Forwarded message ---------',
      'From: Saoirse Quinlan <saoirse.q@mail.example.org>',
      'Date: Tue, May 6, 2025 at 6:45 PM',
      'Subject: nurse job',
      'To: Dermot Achebe <dermot.achebe@mail.example.net>',
      '',
      greeting,
      '',
      "Here's the note for your friend at the practice. I'm applying for the Veterinary Nurse, Surgery role at North Vet. For two years I've run anaesthesia monitoring at a small-animal clinic, and last year I cut our recovery-ward readmissions from 9% to 3% by rewriting the post-op checklist.",
      '',
      'Would be so grateful if someone could refer me.',
      '',
      'Saoirse',
    ].join('\n');
  const vetTeam = team(
    'Veterinary surgery ward: anaesthesia, theatre and post-operative care',
    'Veterinary Nurse, Surgery',
  );

  it('is at most a one-pager when the top cover says they do not know her work', () => {
    const result = triage(
      carried("forwarding this as a favour to a friend. I've never met her and can't vouch either way, no obligation."),
      vetTeam,
    );
    expect(result.recommendation).toBe('one_pager');
    expect(result.candidate.name).toBe('Saoirse Quinlan');
    expect(result.writer).toBe('Priya Haldane');
    expect(result.reasons[0]).toContain('at most a one-pager');
  });

  it('stays judged on its merits when the cover says they worked with her', () => {
    const result = triage(
      carried(
        "she worked with me for two years at the Fernhill clinic. I don't know her plans past this role, no obligation.",
      ),
      vetTeam,
    );
    expect(result.recommendation).toBe('yes');
  });

  it('stays judged on its merits when her note greets the referrer, or a go-between speaks for her work', () => {
    const disowned =
      "forwarding this as a favour to a friend. I've never met her and can't vouch either way, no obligation.";
    expect(triage(carried(disowned, 'Dear Ms Berg,'), vetTeam).recommendation).toBe('yes');
    const vouched =
      'Priya, Saoirse ran anaesthesia for our practice on locum shifts and was the steadiest nurse we had. Cheers!';
    expect(triage(carried(disowned, 'Hi Dermot,', vouched), vetTeam).recommendation).toBe('yes');
  });
});
