/**
 * The names of each discipline in every language the triage reads, beside English's: a team area or
 * a role title in Spanish ("Desarrollador Frontend Sr.") names the same discipline as in English.
 */

import { LIST as de } from './de/disciplines.js';
import { DISCIPLINE_NAMES as es } from './es/disciplines.js';
import { LIST as fr } from './fr/disciplines.js';
import { LIST as hiEn } from './hi-en/disciplines.js';
import { LIST as it } from './it/disciplines.js';
import { DISCIPLINE_NAMES as pt } from './pt/disciplines.js';
import type { Discipline } from './types.js';

/** A language's discipline list (as English's) read as names by discipline id. */
const byId = (list: ReadonlyArray<readonly [Discipline, string]>): Record<string, string> =>
  Object.fromEntries(list.map(([discipline, names]) => [discipline.id, names]));

export const DISCIPLINE_NAMES: ReadonlyArray<Readonly<Record<string, string>>> = [
  es,
  pt,
  ...[fr, de, it, hiEn].map(byId),
];
