import { describe, expect, it } from 'vitest';
import { evaluateCorpus, totals } from '../../src/cli/evaluate.js';
import { BLIND_BATCHES, loadOwnCorpus } from '../helpers/corpus.js';

/** The quality bar from the triage issue, on requests written for this project (not the shared dev corpus). */
describe('own corpus', () => {
  const corpus = loadOwnCorpus();
  const outcomes = evaluateCorpus(corpus);
  const t = totals(outcomes);

  it('has at least 25 requests across roles and styles', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(25);
  });

  it('makes no severe mistake', () => {
    expect(outcomes.filter((o) => o.severe).map((o) => o.id)).toEqual([]);
  });

  it('gives an acceptable verdict on every request', () => {
    expect(outcomes.filter((o) => !o.acceptable).map((o) => `${o.id}: ${o.got.recommendation}`)).toEqual([]);
  });

  it('gets at least 90% of labelled signals right', () => {
    expect(t.signalsRight / t.signalsJudged).toBeGreaterThanOrEqual(0.9);
  });

  it('gets at least 90% of fit levels right', () => {
    expect(t.fitRight / t.fitJudged).toBeGreaterThanOrEqual(0.9);
  });
});

/** The bar from the fields issue, on every blind batch, after its fixes. */
describe.each(BLIND_BATCHES)('notes in other fields (blind batch %s)', (file) => {
  const corpus = loadOwnCorpus(file);
  const outcomes = evaluateCorpus(corpus);
  const t = totals(outcomes);

  it('has at least 30 notes across at least 4 fields', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.cases.map((c) => c.profile)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives an acceptable verdict on every note, with no severe mistake', () => {
    expect(outcomes.filter((o) => !o.acceptable || o.severe).map((o) => `${o.id}: ${o.got.recommendation}`)).toEqual(
      [],
    );
  });

  it('gets at least 97% of labelled signals and every labelled fit right', () => {
    expect(t.signalsRight / t.signalsJudged).toBeGreaterThanOrEqual(0.97);
    expect(t.fitRight).toBe(t.fitJudged);
  });
});
