import { en } from './en/index.js';

/** Every language the triage reads, keyed by its code; each holds the same phrase lists as English. */
export const PHRASES = { en } as const;
export type Phrases = typeof en;
export type LanguageCode = keyof typeof PHRASES;
