import { en } from './en/index.js';
import { es } from './es/index.js';
import { pt } from './pt/index.js';

type Widen<T> = T extends string ? string : T;
/** The phrase lists of a language: the same names as English, each a language's own. */
export type Phrases = { [K in keyof typeof en]: Widen<(typeof en)[K]> };

/**
 * Every language the triage reads, keyed by its code; each holds the same phrase lists as English.
 * A language is registered here, with its replies in lang/replies.ts; intake/language.ts then reads it.
 */
export const PHRASES: { readonly en: Phrases } & Readonly<Record<string, Phrases>> = { en, es, pt };
export type LanguageCode = keyof typeof PHRASES;
