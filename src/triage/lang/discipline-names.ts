/**
 * The names of each discipline in every language the triage reads, beside English's: a team area or
 * a role title in Spanish ("Desarrollador Frontend Sr.") names the same discipline as in English.
 */
import { DISCIPLINE_NAMES as es } from './es/disciplines.js';
import { DISCIPLINE_NAMES as pt } from './pt/disciplines.js';

export const DISCIPLINE_NAMES: ReadonlyArray<Readonly<Record<string, string>>> = [es, pt];
