/**
 * A gap the candidate states about the role's own work ("I have not yet designed a transit
 * station", asked of a Transit Stations role) or the team's ("I have never worked on card
 * transactions", to a card-payment fraud team): the fit is partial however many words overlap, since
 * the note itself says the overlap is in name only.
 */
import { STATED_GAP, STATED_GAP_ABOUT, STATED_GAP_ADMITTED, STATED_OUTSIDE } from '../lang/en/candidate.js';
import { FIT_VOCABULARY } from '../lang/fit-vocabulary.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';
import { guarded } from '../shared/guarded.js';

// Guarded: each is asked of every sentence of the body (shared/guarded.ts).
/** "I have never worked on…" names work the candidate lacks; "rather than…" only contrasts, so it counts against the role's words alone. */
const NEVER_DONE = guarded(new RegExp(STATED_GAP, 'i'));
const CONTRAST = guarded(new RegExp(STATED_GAP_ABOUT, 'iu'));
const ADMITTED = guarded(new RegExp(STATED_GAP_ADMITTED, 'iu'));
const OUTSIDE = guarded(new RegExp(STATED_OUTSIDE, 'iu'));
/** A gap admitted in the note's own language, beside English's ("sin experiencia directa", "Quereinstieg"). */
const LOCAL_ADMITTED = new Map(
  Object.entries(FIT_VOCABULARY).map(([code, v]) => [code, guarded(new RegExp(v.STATED_GAP_ADMITTED, 'iu'))] as const),
);
/** A gap about some work, in the note's own language ("je n'ai jamais travaillé sur…"). */
const LOCAL_GAP = new Map(
  Object.entries(FIT_VOCABULARY).map(([code, v]) => [code, guarded(new RegExp(v.STATED_GAP, 'iu'))] as const),
);
const stemsOf = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:es|s)$/, '')));
/** A deed's root ("managed", "operating"): the job that does it shares it ("Manager", "Operator"); null for other words. */
const deedRoot = (word: string) => (/(?:ed|ing)$/.test(word) ? word.replace(/(?:ed|ing)$/, '') : null);
const doerRoot = (word: string) => word.replace(/(?:er|or)$/, '');
/**
 * A stem of the gap is a word of the role, the start of one ("micro" of "Microbiology"), shares its long root
 * ("stenographer" of "Stenographic"), or is the deed the role's job does ("never managed a clinic" of "Clinic Manager").
 */
const touches = (gap: Set<string>, role: Set<string>) =>
  [...gap].some((g) => {
    const deed = deedRoot(g);
    return (
      role.has(g) ||
      (deed !== null && deed.length >= 5 && [...role].some((r) => r !== doerRoot(r) && doerRoot(r) === deed)) ||
      (g.length >= 5 && [...role].some((r) => r.startsWith(g) || (g.length >= 8 && r.slice(0, 8) === g.slice(0, 8))))
    );
  });

/** The gap itself, before what the writer sets against it: "I haven't worked in a shipyard" of "…, but I grew up on boats". */
export const gapClause = (gap: string) => gap.split(/,? (?:but|though|although)\b|, yet\b|;| - | – /i)[0] ?? gap;

/** The gap's words, when the note states one about a word of the role or of the team's area; null otherwise. */
export function statedGap(
  reading: Reading,
  role: RoleMention | null,
  teamWork: (text: string) => boolean = () => false,
): string | null {
  if (!role) return null;
  const roleStems = stemsOf(role.evidence);
  const code = reading.language.code;
  const local = LOCAL_ADMITTED.get(code);
  const neverDone = [NEVER_DONE, ...[LOCAL_GAP.get(code)].filter((g) => g !== undefined)];
  for (const sentence of reading.body) {
    const admitted = ADMITTED.exec(sentence.text)?.[0] ?? local?.exec(sentence.text)?.[0];
    if (admitted) return admitted;
    for (const pattern of neverDone) {
      const said = pattern.exec(sentence.text)?.[0];
      const gap = said === undefined ? undefined : gapClause(said).trim();
      if (gap && (touches(stemsOf(gap), roleStems) || teamWork(gap))) return gap;
    }
    const contrast = CONTRAST.exec(sentence.text)?.[0];
    if (contrast && touches(stemsOf(contrast), roleStems)) return contrast;
  }
  return null;
}

/** The candidate's own words that the role is not in the referrer's area ("I know you are in X and not Y"), or null. */
export function saidOutsideArea(reading: Reading): string | null {
  for (const sentence of reading.body) {
    const said = OUTSIDE.exec(sentence.text)?.[0];
    if (said) return said;
  }
  return null;
}
