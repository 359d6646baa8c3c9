import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A name withheld (issue 22): the candidate's own note that gives no name anywhere and is signed with
 * initials alone cannot be referred as it stands. A yes becomes a one-pager that asks for the full name;
 * never a no for this alone. Notes written for these tests, in several apps and fields.
 */

const referrer = referrerNamed('Noor');
const clinic = referrer('Outpatient physical therapy: orthopedic and sports rehab clinicians', 'Physical Therapist');
const bakery = referrer('Commercial bakery production: mixing, shaping, ovens and packing lines', 'Oven Line Lead');
const school = referrer('High school science department: biology, chemistry and physics teachers', 'Chemistry Teacher');
const asksName = (draft: string | undefined) => /your full name/.test(draft ?? '');

const mailedPT = (signOff: string) =>
  [
    'From: wt.rehab.runs@mail.example.net',
    'Subject: Physical Therapist opening',
    '',
    'Noor,',
    '',
    'I heard your talk on return-to-run protocols at the state PT conference. I am applying for your Physical Therapist opening. At my current clinic I rebuilt our ACL program and cut average time to return to sport from 11 months to 8.',
    '',
    'Would you be willing to refer me? No worries if the timing is wrong.',
    '',
    signOff,
  ].join('\n');

describe('a complete ask signed with initials alone', () => {
  it('an email paste from a bare address, signed "– W.T.": a one-pager that asks for the full name', () => {
    const result = triage(mailedPT('– W.T.'), clinic);
    expect(result.candidate.name).toBeNull();
    expect(result.recommendation).toBe('one_pager');
    expect(asksName(result.drafts?.one_pager)).toBe(true);
    expect(result.drafts?.one_pager).toMatch(/initials/);
    expect(result.reasons.join(' ')).toMatch(/no name to put on a referral/);
  });

  it('the same note signed under a closing ("Thanks," over "J."), typed as a plain message', () => {
    const result = triage(
      [
        'Hi Noor, we met at the regional bakers guild meetup last spring. I want to apply for the Oven Line Lead role on your floor.',
        'On my current line I retimed the proofing schedule and brought scrap down from 6% of loaves to 2%.',
        'Could you refer me? Totally fine if not.',
        '',
        'Thanks,',
        'J.',
      ].join('\n'),
      bakery,
    );
    expect(result.recommendation).toBe('one_pager');
    expect(asksName(result.drafts?.one_pager)).toBe(true);
  });

  it('capitals after a dash ("-MK") and initials after an inline closing ("Best, D.L.") sign too', () => {
    const body =
      'Hi Noor, your department ran the science fair I judged in March. I am applying for the Chemistry Teacher opening. My AP Chemistry pass rate went from 48% to 71% in two years. Could you refer me? If not, no hard feelings.';
    for (const text of [`${body}\n-MK`, `${body} Best, D.L.`]) {
      const result = triage(text, school);
      expect(result.recommendation, text.slice(-12)).toBe('one_pager');
      expect(asksName(result.drafts?.one_pager)).toBe(true);
    }
  });

  it('a pasted chat whose message ends "- J." above the app\'s own lines: the name is asked for', () => {
    const result = triage(
      [
        'bakeshop_j — Yesterday at 9:02 PM',
        'hey Noor! we met at the regional bakers guild meetup. applying for the Oven Line Lead role on your floor. i cut scrap on my line from 6% of loaves to 2%. could you refer me? totally fine if not',
        '- J.',
        '👍 2',
      ].join('\n'),
      bakery,
    );
    expect(result.recommendation).not.toBe('yes');
    expect(asksName(result.drafts?.one_pager)).toBe(true);
  });

  it('a one-pager it already was stays one, and asks for the name beside the missing result; never a no', () => {
    const result = triage(
      'Hi Noor, I heard your talk at the state PT conference. I am applying for the Physical Therapist opening; I have six years in sports rehab. Would you refer me? No worries if not.\n— R.A.',
      clinic,
    );
    expect(result.recommendation).toBe('one_pager');
    expect(result.drafts?.one_pager).toMatch(/concrete result/);
    expect(asksName(result.drafts?.one_pager)).toBe(true);
  });

  it('a one-pager sent back still without a name says the name is still missing', () => {
    const result = triage(
      'Here is the one-pager you asked for: six years in sports rehab, ACL program lead, 40 patients a week.\n— W.T.',
      clinic,
      { previous: mailedPT('– W.T.') },
    );
    expect(result.recommendation).not.toBe('yes');
    expect(result.onePager?.stillMissing).toContain('their full name');
  });
});

describe('notes that keep their verdict', () => {
  it('a note whose writer names themselves, signed with initials, stays a yes', () => {
    const result = triage(
      mailedPT('— W.T.').replace('I heard your talk', "I'm Wendell Torres; I heard your talk"),
      clinic,
    );
    expect(result.candidate.name).toBe('Wendell Torres');
    expect(result.recommendation).toBe('yes');
    expect(asksName(result.drafts?.one_pager)).toBe(false);
  });

  it('a header with the name, signed with its initials, stays a yes', () => {
    const result = triage(
      mailedPT('— W.T.').replace(/^From: .*$/m, 'From: Wendell Torres <wt.rehab.runs@mail.example.net>'),
      clinic,
    );
    expect(result.recommendation).toBe('yes');
  });

  it('the Slack author passed in is a name: the initials-signed note stays a yes', () => {
    const result = triage(mailedPT('– W.T.'), clinic, { authorName: 'Wendell Torres' });
    expect(result.recommendation).toBe('yes');
    expect(asksName(result.drafts?.one_pager)).toBe(false);
  });

  it('an unnamed note typed in Slack with no sign-off at all stays a yes', () => {
    const result = triage(
      'Hey <@U07BAKE11> saw your post in <#C03BREAD|bakery-jobs> about the *Oven Line Lead* role. I retimed proofing on my line and brought scrap from 6% of loaves to 2%. Would you be up for referring me? No stress if not!',
      bakery,
    );
    expect(result.recommendation).toBe('yes');
    expect(asksName(result.drafts?.one_pager)).toBe(false);
  });

  it('an acronym alone on the last line ("TIA") is no signature', () => {
    const result = triage(mailedPT('TIA'), clinic);
    expect(result.recommendation).toBe('yes');
  });

  it('a no stays a no, for its own reason', () => {
    const result = triage('Hey Noor, can you refer me for anything at your clinic? Thanks\n— W.', clinic);
    expect(result.recommendation).toBe('no');
    expect(result.reasons.join(' ')).not.toMatch(/no name to put on a referral/);
  });
});

describe("in the note's own language", () => {
  it('a Spanish note signed with initials is asked for its full name in Spanish', () => {
    const result = triage(
      [
        'Hola Noor, te escuché en el congreso estatal de fisioterapia. Quiero postularme al puesto de Physical Therapist en tu clínica.',
        'En mi clínica actual reduje el tiempo medio de vuelta al deporte tras una rotura de LCA de 11 a 8 meses.',
        '¿Me recomendarías? Si no puedes, lo entiendo perfectamente.',
        '',
        '— J.M.R.',
      ].join('\n'),
      clinic,
    );
    expect(result.recommendation).not.toBe('yes');
    expect(result.drafts?.one_pager).toMatch(/nombre completo/);
  });
});
