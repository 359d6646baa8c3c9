import type { FitWords } from '../types.js';

/**
 * Hinglish fit vocabulary (see lang/fit-vocabulary.ts). Hinglish names areas and jobs in English, which
 * is always read; what it adds are the romanized Hindi words around them ("bhugtan" for payments,
 * "main CA hoon", "direct experience nahi hai"). Titles carry English markers only.
 */
export const FIT_WORDS: FitWords = {
  AREAS: {
    payments: 'bhugtan | upi',
    marketplaces: 'quick commerce | quick-commerce | kirana',
    health: 'swasthya | aspatal | marij',
    education: 'shiksha | padhai | coaching',
    security: 'dhokhadhadi | suraksha',
  },
  JOB_NOUNS: { engineer: 'sde sdet', developer: 'coder' },
  TITLE_MARKERS: String.raw`(?<![\p{L}])(?:wale|wala|wali) role(?![\p{L}])`,
  SELF_NAMED: String.raw`(?<![\p{L}])(?:main|mai)(?: abhi)? ((?:[\p{L}&-]+ ){0,3}[\p{L}&-]+) (?:hoon|hun|tha|thi)(?![\p{L}])`,
  STATED_GAP_ADMITTED: String.raw`(?<![\p{L}])(?:(?:[\p{L}&-]+ )?ka (?:direct |koi |zyada )?experience nahi(?:n)? hai|mein (?:shift|switch) karna chah(?:ta|ti) (?:hoon|hun))(?![\p{L}])`,
  STATED_GAP: String.raw`(?<![\p{L}])(?:[^.!?;]{0,60} pe (?:kabhi|abhi tak) kaam nahi(?:n)? kiya|(?:kabhi|abhi tak) [^.!?;]{0,60} (?:pe|par|mein) kaam nahi(?:n)? kiya)`,
};
