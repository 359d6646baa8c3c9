import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Profile, readNote, triage } from '../../src/triage/index.js';

const GROWTH: Profile = {
  name: 'Dana',
  teamArea: 'Growth: onboarding, activation, lifecycle messaging, referrals program',
  openRoles: [{ title: 'Senior PM, Activation' }],
};

const FIRST =
  "Hi Dana, I read your post on activation metrics and it is the reason I'm writing to you. I'm applying for the Senior PM, Activation role. I have spent four years on onboarding at a fintech app. Would you be open to referring me? No pressure at all if not.\nMateo";
const RESULT_ONE_PAGER =
  'Hi Dana, here is the one-pager you asked for.\n- Role: Senior PM, Activation, https://jobs.example.com/7731\n- Rebuilt our onboarding checklist: day-7 activation went from 22% to 35% in one quarter\nThanks,\nMateo';
const VAGUE_ONE_PAGER =
  'Hi Dana, thank you for getting back to me. A bit more about me: I am a curious, driven product person who loves onboarding and working with engineers and designers. I would be a great addition to your team.\nMateo';

describe('a one-pager judged with the note it answers', () => {
  it('role and why-me without a result is a one-pager; the one-pager with a result and the link makes it a yes', () => {
    const first = triage(FIRST, GROWTH);
    expect(first.recommendation).toBe('one_pager');
    expect(first.signals.proofPoint.present).toBe(false);

    const answered = triage(RESULT_ONE_PAGER, GROWTH, { previous: FIRST });
    expect(answered.recommendation).toBe('yes');
    // The role and why-me come from the first note, the result and link from the one-pager.
    expect(answered.signals.whyMe.evidence).toContain('your post on activation metrics');
    expect(answered.signals.gracefulExit.present).toBe(true);
    expect(answered.signals.proofPoint.evidence).toContain('from 22% to 35%');
    expect(answered.candidate.roleUrl).toBe('https://jobs.example.com/7731');
    expect(answered.signals.followUp).toMatchObject({ present: false, count: 0 });
    expect(answered.onePager).toEqual({ nowHas: ['a proof point', 'the role link'], stillMissing: [] });
    expect(answered.drafts?.yes).toMatch(/one-pager/);
  });

  it('judged alone, the same one-pager is not a yes: the context is what makes it one', () => {
    expect(triage(RESULT_ONE_PAGER, GROWTH).recommendation).not.toBe('yes');
  });

  it('a one-pager that is still vague is not a yes, and the draft names what is still missing', () => {
    const answered = triage(VAGUE_ONE_PAGER, GROWTH, { previous: FIRST });
    expect(answered.recommendation).toBe('one_pager');
    expect(answered.onePager?.stillMissing).toContain('a proof point');
    expect(answered.drafts?.one_pager).toMatch(/still missing is a concrete result/);
    // It does not start over by asking for a one-pager again.
    expect(answered.drafts?.one_pager).not.toMatch(/one-page summary/);
  });

  it('an unsolicited second message is judged alone and its bump words still count', () => {
    const bump = 'Hi Dana, just bumping my note from last week about the Senior PM, Activation role.\nMateo';
    expect(triage(bump, GROWTH).signals.followUp.present).toBe(true);
    // Even as an answer, a message that only chases is a bump and is not thanked as a one-pager.
    const asAnswer = triage(bump, GROWTH, { previous: FIRST });
    expect(asAnswer.signals.followUp.present).toBe(true);
    expect(asAnswer.drafts?.yes).not.toMatch(/one-pager/);
  });

  it("the first note's own bump words do not make its one-pager a bump", () => {
    const chased = `${FIRST.replace('\nMateo', '')} I messaged you twice before about this.\nMateo`;
    expect(triage(chased, GROWTH).signals.followUp.count).toBe(2);
    expect(triage(RESULT_ONE_PAGER, GROWTH, { previous: chased }).signals.followUp.present).toBe(false);
  });

  it('every piece of evidence is a span of the two notes joined', () => {
    const note = readNote(RESULT_ONE_PAGER, GROWTH, FIRST);
    for (const sentence of note.reading.sentences) {
      expect(note.reading.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    const result = triage(RESULT_ONE_PAGER, GROWTH, { previous: FIRST });
    for (const signal of Object.values(result.signals)) {
      if (signal.evidence) expect(`${FIRST}\n\n${RESULT_ONE_PAGER}`).toContain(signal.evidence);
    }
  });

  it('an empty previous note is the same as none', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '   ', '\n\n', null), (previous) => {
        expect(triage(FIRST, GROWTH, { previous })).toEqual(triage(FIRST, GROWTH));
      }),
    );
  });

  it('never throws, whatever the two notes hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (first, answer) => {
        const result = triage(answer || 'x', GROWTH, { previous: first });
        expect(['yes', 'one_pager', 'no']).toContain(result.recommendation);
      }),
      { numRuns: 200 },
    );
  });
});
