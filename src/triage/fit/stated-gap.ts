/**
 * A gap the candidate states about the role's own work ("I have not yet designed a transit
 * station", asked of a Transit Stations role): the fit is partial however many words overlap, since
 * the note itself says the overlap is in name only.
 */
import { STATED_GAP } from '../lang/en/candidate.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';

const GAP = new RegExp(STATED_GAP, 'i');
const stemsOf = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:es|s)$/, '')));

/** The gap's words, when the note states one about a word of the role; null otherwise. */
export function statedGap(reading: Reading, role: RoleMention | null): string | null {
  if (!role) return null;
  const roleStems = stemsOf(role.evidence);
  for (const sentence of reading.body) {
    const gap = GAP.exec(sentence.text)?.[0];
    if (gap && [...stemsOf(gap)].some((s) => roleStems.has(s))) return gap;
  }
  return null;
}
