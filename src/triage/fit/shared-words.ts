/**
 * Whether a role or a background shares a word with the team area (issue 22): the same stem, or the
 * same word with another ending ("Registrar" and "registration", "Archivist" and "archives").
 */
import { boundedCache } from '../shared/bounded-cache.js';
import { stems } from '../shared/words.js';

/** Two stems of one word: equal, or alike in their first six letters and in three quarters of the shorter. */
export function kin(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6) return false;
  let same = 0;
  while (same < shorter && a[same] === b[same]) same++;
  return same >= 6 && same * 4 >= shorter * 3;
}

/** Whether any word of the text is of one stem with a word of the team area's. */
export function touchesArea(text: string, words: ReadonlySet<string>): boolean {
  return stems(text).some((s) => words.has(s) || [...words].some((w) => kin(s, w)));
}

const served = boundedCache<ReadonlySet<string>>(64);

/** The team area's words of five letters or more, whom it serves among them ("clinics for inherited cardiac conditions"). */
export function servedWords(teamArea: string): ReadonlySet<string> {
  return served(teamArea, () => new Set(stems(teamArea).filter((s) => s.length >= 5)));
}
