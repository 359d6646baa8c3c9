import { describe, expect, it } from 'vitest';
import { DRAFT_RULES, draftProblems } from '../../src/cli/draft-writing.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** The drafts' invariants, each on a draft that breaks it and one that does not, then on real triages. */
const signals = (proof: string | null, more: Partial<Record<'noAsk' | 'whyMe', boolean>> = {}) =>
  ({
    proofPoint: { present: proof !== null, evidence: proof },
    noAsk: { present: more.noAsk ?? false, evidence: null },
    whyMe: { present: more.whyMe ?? false, evidence: null },
  }) as never;
const checked = (proof: string | null, roleUrl: string | null = null, more = {}) =>
  ({ signals: signals(proof, more), candidate: { roleUrl } }) as never;

describe('draft invariants', () => {
  const result = 'After I rebuilt the staffing plan, sales per labour hour rose 14%.';

  it('asking for a result the note gave, or a link it gave, is caught; asking for what is missing is not', () => {
    const ask = 'The piece I am missing is a concrete result: one thing you did and what it changed.';
    expect(DRAFT_RULES.asksForWhatItHas(ask, checked(result))).toBe(true);
    expect(DRAFT_RULES.asksForWhatItHas(ask, checked(null))).toBe(false);
    const link = 'Could you send me the exact role link and your résumé?';
    expect(DRAFT_RULES.asksForWhatItHas(link, checked(null, 'https://jobs.example.com/1'))).toBe(true);
    expect(DRAFT_RULES.asksForWhatItHas(link, checked(null, null))).toBe(false);
  });

  it('a quote must be one sentence of the note and hold the result itself', () => {
    const rule = (quoted: string) =>
      DRAFT_RULES.quoteNotTheResult(`What you describe ("${quoted}") is great.`, checked(result));
    expect(rule('sales per labour hour rose 14%')).toBe(false);
    expect(rule('After I rebuilt the staffing plan')).toBe(true);
    expect(rule('I manage a 30-person store')).toBe(true);
    expect(rule('After I rebuilt the staffing plan, sales per labour hour rose 14%. I also hire')).toBe(true);
  });

  it('a period that ends an abbreviation is no sentence break in a quote', () => {
    const stLukes = "At St. Luke's our MRI throughput went from 14 to 19 patients a night.";
    const rule = (quoted: string) =>
      DRAFT_RULES.quoteNotTheResult(`What you describe ("${quoted}") is great.`, checked(stLukes));
    expect(rule("At St. Luke's our MRI throughput went from 14 to 19 patients a night")).toBe(false);
  });

  it("a title in German quotation marks is a name when it is the note's or one of the referrer's openings", () => {
    const draft = 'Ich empfehle dich gern für die Stelle „Aktuar/in Nichtleben (80–100 %)“.';
    const withOpenings = (titles: string[]) =>
      ({
        ...(checked(null) as object),
        candidate: { roleUrl: null, targetRole: 'Aktuar Nichtleben' },
        openingTitles: titles,
      }) as never;
    expect(DRAFT_RULES.quoteNotTheResult(draft, withOpenings(['Aktuar/in Nichtleben (80–100 %)']))).toBe(false);
    expect(DRAFT_RULES.quoteNotTheResult(draft, withOpenings(['Underwriter Motor (m/w/d)']))).toBe(true);
  });

  it('every draft is signed with the referrer’s name when the profile has one', () => {
    const profile = ProfileSchema.parse({ name: 'Marco Ruiz', teamArea: 'Retail store operations: 14 stores' });
    const got = triage(
      "Hi Marco, I'm applying for the Store Manager role. I manage a 30-person apparel store, and after I rebuilt our weekend staffing plan, sales per labour hour rose 14%. Would you refer me?",
      profile,
    );
    expect(draftProblems(got, 'Marco Ruiz')).toEqual([]);
    expect(got.drafts?.yes).toContain('("after I rebuilt our weekend staffing plan, sales per labour hour rose 14%")');
    expect(
      draftProblems({ ...got, drafts: { yes: '', one_pager: '', ...got.drafts, no: 'Hi there, no.' } }, 'Marco Ruiz'),
    ).toEqual(['unsigned']);
  });
});
