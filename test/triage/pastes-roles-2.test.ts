import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { AREA_MATCHER } from '../../src/triage/reading/areas.js';

/** Roles and fit in shapes the blind paste set 2 showed (issue 22): each rule on a note of its own. */

const research = ProfileSchema.parse({
  name: 'Hugo',
  teamArea: 'UX research for a member app: usability testing, diary studies and surveys for the claims flows',
  openRoles: [],
});

const note = (role: string) =>
  `Hi Hugo, I'm applying for ${role}. I lead research for our claims flows; a diary study I ran cut claim-status calls 18% after launch. Would you consider referring me? No worries if not.\n\nBest,\nNgaio`;

describe('a researcher is research, not design', () => {
  it('reads "UX Researcher" as user research, not as UX design', () => {
    expect(AREA_MATCHER.match('Senior UX Researcher').map((h) => h.term.area)).toEqual(['research']);
  });

  it('a doer\'s job noun is the team\'s named work: "Researcher" to a team that does research', () => {
    const out = triage(note('the Senior UX Researcher, Member Experience posting'), research);
    expect(out.fit.level).toBe('strong');
  });

  it('"saw" before a posting title is not part of it', () => {
    const out = triage(
      `Hi Hugo, I saw Meridian's Senior UX Researcher posting. I lead research for our claims flows; a diary study I ran cut claim-status calls 18% after launch. Would you consider referring me?`,
      research,
    );
    expect(out.candidate.targetRole).not.toMatch(/^saw\b/);
  });
});

describe('a lower-case aside in brackets before the head word', () => {
  const desk = ProfileSchema.parse({
    name: 'Farah',
    teamArea: 'Metro desk: copy editing and headlines',
    openRoles: [],
  });
  it('is read past: "the Metro Copy Editor (nights) posting" names the role', () => {
    const out = triage(
      "Hi Farah! I'm applying for the Metro Copy Editor (nights) posting. Would you be willing to refer me? Since I took over the agate pages, corrections went from 9 a month to 1.",
      desk,
    );
    expect(out.candidate.targetRole).toBe('Metro Copy Editor');
    expect(out.recommendation).not.toBe('no');
  });
});
