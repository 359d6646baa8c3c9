/**
 * The product areas' words in the languages in play: English's (areas.ts) and, beside them, those of
 * the note's language and the team area's (lang/<code>/fit-words.ts), so "pasarela de pagos" and
 * "Zahlungsarten" name payments. One matcher per set of languages, built once.
 */
import type { FitLanguages } from '../lang/fit-vocabulary.js';
import { FIT_VOCABULARY } from '../lang/fit-vocabulary.js';
import { stems } from '../shared/words.js';
import { AREA_MATCHER, areaTerms, type Term, TermMatcher } from './areas.js';

export interface AreaWords {
  terms: Term[];
  matcher: TermMatcher;
}

const ENGLISH: AreaWords = { terms: areaTerms(), matcher: AREA_MATCHER };
const built = new Map<string, AreaWords>([['en', ENGLISH]]);

export function areaWords(langs: FitLanguages): AreaWords {
  const key = langs.join(',');
  let found = built.get(key);
  if (!found) {
    const local = langs.flatMap((code) =>
      Object.entries(FIT_VOCABULARY[code]?.AREAS ?? {}).flatMap(([area, phrases]) =>
        phrases
          .split('|')
          .map((p) => p.trim())
          .map((phrase) => ({ phrase, stems: stems(phrase), area })),
      ),
    );
    const terms = [...ENGLISH.terms, ...local];
    found = { terms, matcher: new TermMatcher(terms) };
    built.set(key, found);
  }
  return found;
}
