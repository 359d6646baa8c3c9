/**
 * The fit vocabulary of each language the triage reads, beside English's: the names of disciplines
 * (lang/<code>/disciplines.ts), area words, job nouns, title markers, self-naming and admitted gaps
 * (lang/<code>/fit-words.ts). Fit reads a language's words only where that language is in play, the
 * note's or the team area's (fit/languages.ts): applied everywhere, French "commercial" made an English
 * "Commercial printing" team a sales team. English's own are in lang/en and reading/; they are always read.
 */
import { DISCIPLINE_NAMES as de } from './de/disciplines.js';
import { FIT_WORDS as deWords } from './de/fit-words.js';
import { DISCIPLINE_NAMES as es } from './es/disciplines.js';
import { FIT_WORDS as esWords } from './es/fit-words.js';
import { DISCIPLINE_NAMES as fr } from './fr/disciplines.js';
import { FIT_WORDS as frWords } from './fr/fit-words.js';
import { DISCIPLINE_NAMES as hiEn } from './hi-en/disciplines.js';
import { FIT_WORDS as hiEnWords } from './hi-en/fit-words.js';
import { DISCIPLINE_NAMES as it } from './it/disciplines.js';
import { FIT_WORDS as itWords } from './it/fit-words.js';
import { DISCIPLINE_NAMES as pt } from './pt/disciplines.js';
import { FIT_WORDS as ptWords } from './pt/fit-words.js';
import type { FitWords } from './types.js';

export interface FitVocabulary extends FitWords {
  /** The names of each discipline, by English's id, written "a | b | c". */
  DISCIPLINES: Readonly<Record<string, string>>;
}

export const FIT_VOCABULARY: Readonly<Record<string, FitVocabulary>> = {
  es: { DISCIPLINES: es, ...esWords },
  pt: { DISCIPLINES: pt, ...ptWords },
  fr: { DISCIPLINES: fr, ...frWords },
  de: { DISCIPLINES: de, ...deWords },
  it: { DISCIPLINES: it, ...itWords },
  'hi-en': { DISCIPLINES: hiEn, ...hiEnWords },
};

/** The languages in play that have fit vocabulary of their own, English first and always. */
export type FitLanguages = readonly string[];
export const ENGLISH_ONLY: FitLanguages = ['en'];
