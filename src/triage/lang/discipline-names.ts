/**
 * The names of each discipline in every language the triage reads, beside English's: a team area or
 * a role title in Spanish ("Desarrollador Frontend Sr.") names the same discipline as in English.
 * French, German and Italian lists exist (lang/<code>/disciplines.ts) but are not read yet: they are
 * applied to every note, and French "commercial" made an English "Commercial printing" team a sales
 * team. They join once names are read only for a team area or note in their language.
 */
import { DISCIPLINE_NAMES as es } from './es/disciplines.js';
import { DISCIPLINE_NAMES as pt } from './pt/disciplines.js';

export const DISCIPLINE_NAMES: ReadonlyArray<Readonly<Record<string, string>>> = [es, pt];
