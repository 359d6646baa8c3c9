import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../src/cli/draft-writing.js';
import { evaluateCorpus } from '../../src/cli/evaluate.js';
import { blurbProblems } from '../../src/cli/writing.js';
import { BLIND_BATCHES, loadOwnCorpus } from '../helpers/corpus.js';

/** The writing invariants (issue 11), with zero exceptions, on every note of every fixture file. */
describe.each(['own-corpus.json', ...BLIND_BATCHES])('blurbs and drafts in %s', (file) => {
  const corpus = loadOwnCorpus(file);
  const outcomes = evaluateCorpus(corpus);

  it('every blurb keeps every invariant, and its facts trace to the note or the profile', () => {
    const broken = outcomes.flatMap((o, i) => {
      const c = corpus.cases[i];
      const profile = c?.profile ? corpus.profiles[c.profile] : undefined;
      const source = [c?.text, c?.previous, c?.author, JSON.stringify(profile ?? {})].join('\n');
      return blurbProblems(o.got, source).map((rule) => `${o.id}: ${rule}`);
    });
    expect(broken).toEqual([]);
  });

  it('every draft asks only for what is missing, quotes only the result, and is signed', () => {
    const broken = outcomes.flatMap((o, i) => {
      const c = corpus.cases[i];
      const name = c?.profile ? (corpus.profiles[c.profile]?.name ?? null) : null;
      return draftProblems(o.got, name).map((rule) => `${o.id}: ${rule}`);
    });
    expect(broken).toEqual([]);
  });
});
