/**
 * The languages whose fit vocabulary a triage reads: English always, the note's language, and the
 * language of the referrer's own words (team area and opening titles), which may differ from the
 * note's: a German note to a Spanish team. The team area's language is its profile's
 * `workingLanguage` and what detection reads in the area and titles; a short area with too few
 * function words for the detector is told by them alone, when they are another language's and none
 * is English. A language is read only where it is in play, so French "commercial" never makes an
 * English "Commercial printing" team a sales team.
 */
import { detectLanguage } from '../intake/language.js';
import { FUNCTION_WORDS } from '../lang/detection.js';
import { ENGLISH_ONLY, FIT_VOCABULARY, type FitLanguages } from '../lang/fit-vocabulary.js';
import { boundedCache } from '../shared/bounded-cache.js';
import type { Profile } from '../shared/profile.js';

const FUNCTION_SETS = Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words.split(' '))] as const);

/** The language of a few words the detector calls English: the one whose function words are most of them, if not English's. */
function byFunctionWords(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = FUNCTION_SETS.map(([code, set]) => [code, words.filter((w) => set.has(w)).length] as const);
  const english = hits.find(([code]) => code === 'en')?.[1] ?? 0;
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!best || english > 0 || best[1] < 2 || (second && second[1] === best[1])) return null;
  return best[0];
}

/** The language the referrer's own words are written in, when fit has vocabulary for it. */
export function areaLanguage(text: string): string | null {
  const detected = detectLanguage(text).code;
  const code = detected === 'en' ? byFunctionWords(text) : detected;
  return code && code in FIT_VOCABULARY ? code : null;
}

const rememberedAreas = boundedCache<readonly string[]>(256);

function profileLanguages(profile: Profile): readonly string[] {
  const text = [profile.teamArea, ...profile.openRoles.map((r) => r.title)].join('. ');
  const key = `${profile.workingLanguage ?? ''}\n${text}`;
  return rememberedAreas(key, () =>
    [profile.workingLanguage ?? null, areaLanguage(text)].filter((c): c is string => !!c && c in FIT_VOCABULARY),
  );
}

const known = new Map<string, FitLanguages>([['en', ENGLISH_ONLY]]);

/** English, then the note's language and the area's, each once, in a fixed order: one list object per set. */
export function languagesInPlay(noteCode: string, profile: Profile | null): FitLanguages {
  const codes = new Set(['en']);
  if (noteCode in FIT_VOCABULARY) codes.add(noteCode);
  if (profile) for (const code of profileLanguages(profile)) codes.add(code);
  const ordered = ['en', ...Object.keys(FIT_VOCABULARY).filter((c) => codes.has(c))];
  const key = ordered.join(',');
  let list = known.get(key);
  if (!list) {
    list = ordered;
    known.set(key, list);
  }
  return list;
}
