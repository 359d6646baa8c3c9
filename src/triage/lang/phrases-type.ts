import type { en } from './en/index.js';

type Widen<T> = T extends string ? string : T;
/** The phrase lists of a language: the same names as English, each a language's own. */
export type Phrases = { [K in keyof typeof en]: Widen<(typeof en)[K]> };
