/**
 * A gap the candidate states about the role's own work ("I have not yet designed a transit
 * station", asked of a Transit Stations role): the fit is partial however many words overlap, since
 * the note itself says the overlap is in name only.
 */
import { STATED_GAP, STATED_GAP_ABOUT, STATED_GAP_ADMITTED } from '../lang/en/candidate.js';
import { FIT_VOCABULARY } from '../lang/fit-vocabulary.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';
import { guarded } from '../shared/guarded.js';

// Guarded: each is asked of every sentence of the body (shared/guarded.ts).
const GAP = [guarded(new RegExp(STATED_GAP, 'i')), guarded(new RegExp(STATED_GAP_ABOUT, 'iu'))];
const ADMITTED = guarded(new RegExp(STATED_GAP_ADMITTED, 'iu'));
/** A gap admitted in the note's own language, beside English's ("sin experiencia directa", "Quereinstieg"). */
const LOCAL_ADMITTED = new Map(
  Object.entries(FIT_VOCABULARY).map(([code, v]) => [code, guarded(new RegExp(v.STATED_GAP_ADMITTED, 'iu'))] as const),
);
const stemsOf = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:es|s)$/, '')));
/** A stem of the gap is a word of the role, or the start of one ("micro" of "Microbiology"). */
const touches = (gap: Set<string>, role: Set<string>) =>
  [...gap].some((g) => role.has(g) || (g.length >= 5 && [...role].some((r) => r.startsWith(g))));

/** The gap's words, when the note states one about a word of the role; null otherwise. */
export function statedGap(reading: Reading, role: RoleMention | null): string | null {
  if (!role) return null;
  const roleStems = stemsOf(role.evidence);
  const local = LOCAL_ADMITTED.get(reading.language.code);
  for (const sentence of reading.body) {
    const admitted = ADMITTED.exec(sentence.text)?.[0] ?? local?.exec(sentence.text)?.[0];
    if (admitted) return admitted;
    for (const pattern of GAP) {
      const gap = pattern.exec(sentence.text)?.[0];
      if (gap && touches(stemsOf(gap), roleStems)) return gap;
    }
  }
  return null;
}
