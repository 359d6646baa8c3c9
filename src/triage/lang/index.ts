import { en } from './en/index.js';

/** Every language the triage reads, keyed by its code; each holds the same phrase lists as English. */
export const PHRASES = { en } as const;
/** A string literal read as any string: another language's list is not English's text. */
type Widened<T> = T extends string ? string : T;
/** The shape every language fills: English's keys and types, its string literals widened. */
export type Phrases = { [K in keyof typeof en]: Widened<(typeof en)[K]> };
export type LanguageCode = keyof typeof PHRASES;
