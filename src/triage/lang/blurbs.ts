/**
 * The blurb's wording in each working language the app writes it in, as data (lang/<code>/blurb.ts).
 * English's blurb is written by writing/blurb.ts. Hinglish has none: a hiring channel in India works
 * in English, and Hinglish is how people chat, not how a team writes to its hiring channel, so a
 * `workingLanguage` of "hi-en" gets the English blurb.
 */
import type { BlurbWording } from './blurb-types.js';
import { BLURB as de } from './de/blurb.js';
import { BLURB as es } from './es/blurb.js';
import { BLURB as fr } from './fr/blurb.js';
import { BLURB as it } from './it/blurb.js';
import { BLURB as pt } from './pt/blurb.js';

export type { BlurbWording } from './blurb-types.js';

export const BLURBS: Readonly<Record<string, BlurbWording>> = { es, pt, fr, de, it };
