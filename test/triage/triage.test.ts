import { describe, expect, it } from 'vitest';
import { normalizeRequest, ProfileSchema, SIGNAL_NAMES, TriageResultSchema, triage } from '../../src/triage/index.js';
import { loadOwnCorpus } from '../helpers/corpus.js';

const corpus = loadOwnCorpus();
const platform = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, internal tooling, CI/CD, APIs',
  openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
});

const STRONG = `Hi Priya,
I'm applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/4821). For the past three years I've built deploy tooling for engineers, and last quarter I led a launch that cut CI time by 35%. Your talk on internal tools at PlatformCon is why I'm asking you.
Would you be open to referring me? No worries if not.
Best,
Amara Okafor`;

function countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"(])/).filter((s) => s.trim()).length;
}

describe('triage', () => {
  it.each(corpus.cases.map((c) => [c.id, c] as const))('%s matches the TriageResult contract', (_id, c) => {
    const result = triage(c.text, c.profile ? (corpus.profiles[c.profile] ?? null) : null);
    expect(TriageResultSchema.parse(result)).toEqual(result);
    expect(Object.keys(result.signals).sort()).toEqual([...SIGNAL_NAMES].sort());
    const plain = normalizeRequest(c.text).text;
    for (const name of SIGNAL_NAMES) {
      const evidence = result.signals[name].evidence;
      if (evidence !== null) expect(plain).toContain(evidence);
    }
    expect(result.blurb === null).toBe(result.recommendation === 'no');
    if (result.blurb) expect(countSentences(result.blurb)).toBe(3);
  });

  it('recommends yes for a strong, specific, in-area note and explains why', () => {
    const result = triage(STRONG, platform);
    expect(result.recommendation).toBe('yes');
    expect(result.fit.level).toBe('strong');
    expect(result.reasons.join(' ')).toContain('cut CI time by 35%');
    expect(result.candidate).toMatchObject({
      name: 'Amara Okafor',
      targetRole: 'Senior PM, Developer Platform',
      roleUrl: 'https://careers.example.com/jobs/4821',
    });
  });

  it('a kind of role on the referrer’s own team is in their area but earns a one-pager, not a yes', () => {
    const note = STRONG.replace(
      "I'm applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/4821).",
      "I'd love a PM role on your team.",
    );
    const result = triage(note, platform);
    expect(result.signals.roleNamed.evidence).toBe('PM role on your team');
    expect(result.fit.level).toBe('strong');
    expect(result.recommendation).toBe('one_pager');
    expect(result.reasons[0]).toContain('exact opening');
    expect(result.blurb).toContain('on our team');
    expect(result.blurb).not.toMatch(/\byour\b/i);
  });

  it('writes the blurb in the third person, with the role link, in three sentences', () => {
    const blurb = triage(STRONG, platform).blurb ?? '';
    expect(countSentences(blurb)).toBe(3);
    expect(blurb).toContain('Amara Okafor has built deploy tooling');
    expect(blurb).toContain('they led a launch that cut CI time by 35%');
    expect(blurb).toContain('https://careers.example.com/jobs/4821');
    expect(blurb).not.toMatch(/\bI\b|\bmy\b|\bI've\b/);
  });

  it('drafts three short replies in the referrer’s voice, signed with their name', () => {
    const drafts = triage(STRONG, platform).drafts ?? { yes: '', one_pager: '', no: '' };
    for (const draft of Object.values(drafts)) {
      expect(draft.startsWith('Hi Amara,') || draft.startsWith('Hey Amara,')).toBe(true);
      expect(draft.trimEnd().endsWith('Priya')).toBe(true);
      expect(draft.split(/\s+/).length).toBeLessThan(110);
      expect(draft).not.toMatch(/\b(?:guarantee|promise|will get (?:you )?(?:the|an) (?:job|interview))\b/i);
    }
    expect(drafts.yes).toContain('Senior PM, Developer Platform');
    expect(drafts.yes).toMatch(/résumé/);
    expect(drafts.yes).not.toMatch(/role link/);
    expect(drafts.one_pager).toMatch(/one-page summary/);
    expect(drafts.no).toMatch(/not able to refer you/);
  });

  it('the no for an out-of-area role says so instead of arguing', () => {
    const result = triage(
      "Hi Priya, I'm applying for the Senior PM, Ads Measurement role. I shipped attribution that raised advertiser retention 12%. Would you refer me? No worries if not.\nJon",
      platform,
    );
    expect(result.recommendation).toBe('no');
    expect(result.drafts?.no).toMatch(/outside my area \(Platform & internal tools\)/);
  });

  it('the no for a vague note gives one concrete thing to improve', () => {
    const result = triage('hey, could you refer me somewhere? I am open to anything', platform);
    expect(result.recommendation).toBe('no');
    expect(result.drafts?.no).toMatch(/role link/);
  });

  it('varies the wording with the note rather than sending one form letter', () => {
    const texts = corpus.cases.map(
      (c) => triage(c.text, c.profile ? (corpus.profiles[c.profile] ?? null) : null).drafts?.no ?? '',
    );
    const openings = new Set(texts.map((t) => t.split('.')[0]?.replace(/^\w+ \w+,/, '')));
    expect(openings.size).toBeGreaterThan(1);
    expect(new Set(texts).size).toBeGreaterThan(corpus.cases.length / 2);
  });

  it('never takes a placeholder as the candidate’s name', () => {
    const result = triage(
      'Hi [Name], I am targeting platform PM roles. Would you refer me?\nBest, [Your name]',
      platform,
    );
    expect(result.candidate.name).toBeNull();
  });

  it('uses the Slack author’s name when the note has no sign-off', () => {
    const result = triage("I'm applying for the platform PM role and cut CI time 30%. Would you refer me?", platform, {
      authorName: 'Kwame Mensah',
    });
    expect(result.candidate.name).toBe('Kwame Mensah');
  });

  it('no output text can ping a channel', () => {
    const result = triage(
      "<!channel> @here Hi, I'm applying for the platform PM role @everyone. I cut CI time 30% <!here>. Would you refer me? No worries if not.\n@channel",
      platform,
    );
    const outputs = [
      ...Object.values(result.drafts ?? {}),
      result.blurb ?? '',
      result.summary ?? '',
      ...result.reasons,
    ];
    for (const text of outputs) {
      expect(text).not.toMatch(/<!(?:here|channel|everyone)/);
      expect(text).not.toMatch(/@(?:here|channel|everyone)\b/);
    }
  });

  it('handles empty and whitespace-only text without throwing', () => {
    for (const text of ['', '   ', '\n\n\t']) {
      const result = triage(text, platform);
      expect(result.recommendation).toBe('no');
      expect(result.signals.tooShort.present).toBe(true);
      expect(result.signals.noAsk.present).toBe(true);
    }
  });
});
