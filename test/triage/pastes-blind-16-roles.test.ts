import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { patternsFor } from '../../src/triage/signals/patterns.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The sixteenth blind batch's verdict misses, each a general rule (issue 22): a post named by its pay grade
 * or on the referrer's team ("a grade 7 district post on your team") whatever noun is before it; a team of the
 * referrer's kind the candidate would suit ("a palliative team like yours"); a former manager who says by
 * name that the candidate worked for them, which is first-hand; a deadline the candidate's own situation
 * lays on the referrer ("my work permit runs out in June so I need…"), the small ask made small ("it will
 * take you 1 minute"). Notes written for these tests.
 */

const team = referrerNamed('Gwen');
const PRESSURE = patternsFor('en').PRESSURE;

describe("a post named by its grade or on the referrer's team", () => {
  it('reads "a grade 7 district post on your team" as the role, a thin note a one-pager', () => {
    const paste = [
      '[14/02/2025, 21:40] +44 7700 900511: Hi Gwen, sorry its late!! Dafydd Price passed me your number, we do nights together on the stroke unit 🙂',
      "[14/02/2025, 21:41] +44 7700 900511: I'm Elin, staff nurse 4 yrs on wards. Always wanted to move into district nursing and saw theres a grade 7 district post on your team",
      '[14/02/2025, 21:41] +44 7700 900511: could you put a word in for me? totally fine if not x',
    ].join('\n');
    const result = triage(paste, team('District nursing', 'District Nursing Sister'));
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.recommendation).toBe('one_pager');
  });

  it("does not read the writer's own post on the referrer's team's work as an opening", () => {
    const paste =
      "Hi Gwen, I enjoyed your LinkedIn post on your team's new rota. I'm a staff nurse and would love to hear how you plan shifts. Could we have a coffee?";
    const result = triage(paste, team('District nursing', 'District Nursing Sister'));
    expect(result.signals.roleNamed.present).toBe(false);
  });
});

describe('a retired manager vouching by name for someone who worked for them', () => {
  it('reads the team "like yours" as the role and the work for the writer as first-hand: a one-pager', () => {
    const paste = [
      'From: Hefin Rowlands <hefin.rowlands@example.org>',
      'Sent: Tuesday, 11 March 2025 16:20',
      'To: Gwen Pryce',
      'Subject: Tomasz Wren',
      '',
      'Hi Gwen,',
      '',
      'Hope the spring rota is kind to you. Tomasz Wren worked for me in the hospice day unit for four years before I retired last summer, and he wants to move out into the community now. He is a steady, gentle nurse and families trust him.',
      '',
      "I think he'd suit a district team like yours very well. Would you refer him if anything comes up? Only if you're comfortable, of course.",
      '',
      'Hefin',
    ].join('\n');
    const result = triage(paste, team('District nursing', 'District Nursing Sister'));
    expect(result.candidate.name).toBe('Tomasz Wren');
    expect(result.writer).toBe('Hefin Rowlands');
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.recommendation).toBe('one_pager');
  });
});

describe("a deadline the candidate's situation lays on the referrer", () => {
  it('reads a permit running out "so I need reply this week", and "it will take you 1 minute"', () => {
    expect(PRESSURE.test('My work permit runs out in June so I need reply this week.')).toBe(true);
    expect(PRESSURE.test('Her lease ends next month and she has to start somewhere.')).toBe(true);
    expect(PRESSURE.test('Just refer me, it will take you 1 minute.')).toBe(true);
    expect(PRESSURE.test('My contract with the agency covers travel.')).toBe(false);
    expect(PRESSURE.test('I need an hour to read it properly.')).toBe(false);
  });

  it("makes a no of a sure ask that presses with the candidate's own deadline", () => {
    const paste = [
      'Anzhela Moroz, [02.04.2025 22:10]',
      'Gwen hello. I wrote you on LinkedIn already, no answer.',
      '',
      'Anzhela Moroz, [02.04.2025 22:11]',
      'I am nurse 7 years, wound care, palliative. I see your team hiring District Nursing Sister, you must have place for me',
      '',
      'Anzhela Moroz, [02.04.2025 22:12]',
      'My permit end in June so I need answer this week. Refer me please, it will take you 1 minute.',
    ].join('\n');
    const result = triage(paste, team('District nursing', 'District Nursing Sister'));
    expect(result.signals.pressure.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });
});
