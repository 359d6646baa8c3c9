/** How each language names a posting in a note, as data (lang/<code>/roles.ts); English reads reading/roles.ts. */

import * as de from './de/roles.js';
import * as es from './es/roles.js';
import * as fr from './fr/roles.js';
import * as it from './it/roles.js';
import * as pt from './pt/roles.js';

export interface RoleIntro {
  ROLE_INTRO: string;
  ROLE_END: string;
}

export const ROLE_INTROS: Readonly<Record<string, RoleIntro>> = { es, pt, fr, de, it };
