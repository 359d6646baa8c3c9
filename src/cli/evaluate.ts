import { triage } from '../triage/index.js';
import { type CaseOutcome, type Corpus, scoreCase, totals } from './corpus.js';

export function evaluateCorpus(corpus: Corpus): CaseOutcome[] {
  return corpus.cases.map((c) => {
    const profile = c.profile ? (corpus.profiles[c.profile] ?? null) : null;
    return scoreCase(c, triage(c.text, profile, { authorName: c.author ?? null, previous: c.previous ?? null }));
  });
}

export { totals };
