import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { hiEn } from './hi-en/index.js';
import { it } from './it/index.js';
import type { Phrases } from './phrases-type.js';
import { pt } from './pt/index.js';

export type { Phrases } from './phrases-type.js';

/**
 * Every language the triage reads, keyed by its code; each holds the same phrase lists as English.
 * A language is registered here, with its replies in lang/replies.ts; intake/language.ts then reads it.
 */
export const PHRASES: { readonly en: Phrases } & Readonly<Record<string, Phrases>> = {
  en,
  es,
  pt,
  fr,
  de,
  it,
  'hi-en': hiEn,
};
export type LanguageCode = keyof typeof PHRASES;
