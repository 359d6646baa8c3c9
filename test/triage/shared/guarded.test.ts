import { describe, expect, it } from 'vitest';
import { triage } from '../../../src/triage/index.js';
import { STATED_GAP_ABOUT, STATED_GAP_ADMITTED } from '../../../src/triage/lang/en/candidate.js';
import { guarded } from '../../../src/triage/shared/guarded.js';
import { profile } from '../../helpers/notes.js';

const priya = profile('Platform & internal tools: developer platform, internal tooling, CI/CD, APIs', [
  { title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' },
]);

/** The guard is only a shortcut: every answer must be the pattern's own. */
describe('a guarded pattern answers as the pattern itself', () => {
  const sentences = [
    "I haven't led a team yet, only projects so far.",
    'I would rather than not say.',
    'Rather than wait, I applied to the Platform role.',
    'I’d need more time in clinical research, but not much.',
    'Ich habe keine direkte Erfahrung im Vertrieb.',
    'No stated gap in this one.',
    '',
    'xrather than nothing',
  ];

  it.each([STATED_GAP_ABOUT, STATED_GAP_ADMITTED])('%s', (source) => {
    const pattern = new RegExp(source, 'iu');
    const guard = guarded(pattern);
    for (const text of sentences) {
      expect(guard.exec(text)?.[0] ?? null).toBe(pattern.exec(text)?.[0] ?? null);
      expect(guard.test(text)).toBe(pattern.test(text));
    }
  });

  it('keeps the leading bound of the whole pattern: a word inside another word is no match', () => {
    const guard = guarded(/\bmeet (\p{Lu}\p{L}+)/iu);
    expect(guard.mayMatch('Summeet Kaur')).toBe(true);
    expect(guard.exec('Summeet Kaur')).toBeNull();
    expect(guard.exec('Please meet Dana')?.[1]).toBe('Dana');
  });

  it('drops a "no letter before" look-behind from the guard only', () => {
    const guard = guarded(/(?<![\p{L}\p{N}])senior[\s,–—-]+pm(?![\p{L}\p{N}])/iu);
    expect(guard.test('the Senior PM, Developer Platform role')).toBe(true);
    expect(guard.test('a nonsenior pm role')).toBe(false);
  });

  it('is never asked to exec a global pattern, whose lastIndex a skipped search would not reset', () => {
    const guard = guarded(/\bmeet (\p{Lu}\p{L}+)/giu);
    expect(guard.mayMatch('meet Dana')).toBe(true);
    expect(() => guard.exec('meet Dana')).toThrow(/global or sticky/);
  });
});

describe('the paths the guards speed up read notes as before', () => {
  it('an unsigned note that opens with an introduction names the person introduced', () => {
    const result = triage(
      "Sam, meet Rosa Diaz, who ran our tutoring program. I'm applying for the Site Supervisor role. I cut no-shows by 30%. Would you refer me? Fine if not.",
      profile('Warehouse operations'),
    );
    expect(result.candidate.name).toBe('Rosa Diaz');
  });

  it('a gap the candidate states about the role keeps the fit partial', () => {
    const result = triage(
      "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I've built workflow tools for engineers for three years, all internal tools so far. Would you refer me?",
      priya,
    );
    expect(result.fit.level).not.toBe('strong');
  });

  it('"used to … now" reads as a result', () => {
    const theirs = triage(
      'Hi Priya, I run the release train at Acme. Deploys used to take a full day; now they take about ten minutes. Would you refer me to the Senior PM, Developer Platform role?',
      priya,
    );
    expect(theirs.signals.proofPoint.present).toBe(true);
  });
});
