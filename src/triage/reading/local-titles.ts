/**
 * Role titles in the other languages the triage reads, for fit: what a title adds that is not the
 * job (gender, level, contract: "(m/w/d)", "(H/F)", "Engenheira(o)", "Sr.", "Pleno", "CDI") comes
 * off, and the job noun is found where those languages put it, first ("Chef de projet", "Ingegnere
 * gestionale") or at the end of a compound ("Softwareentwickler"). Read only for the languages in play.
 */
import { FIT_VOCABULARY, type FitLanguages } from '../lang/fit-vocabulary.js';
import { boundedCache } from '../shared/bounded-cache.js';

const MARKERS = new Map(
  Object.entries(FIT_VOCABULARY).map(([code, v]) => [code, new RegExp(v.TITLE_MARKERS, 'giu')] as const),
);

/** Each language's job nouns, lower case, to the English noun they name. */
const NOUNS = new Map(
  Object.entries(FIT_VOCABULARY).map(([code, v]) => {
    const nouns = new Map<string, string>();
    for (const [english, local] of Object.entries(v.JOB_NOUNS)) for (const w of local.split(' ')) nouns.set(w, english);
    return [code, nouns] as const;
  }),
);

const rememberedPlain = boundedCache<string>(1000);

/** The title without the gender, level and contract markers of the languages in play; English titles are left as they are. */
export function plainTitle(title: string, langs: FitLanguages): string {
  if (langs.length === 1) return title;
  return rememberedPlain(`${langs.join(',')}\n${title}`, () => {
    let plain = title;
    for (const code of langs) {
      const markers = MARKERS.get(code);
      if (markers) plain = plain.replace(markers, ' ');
    }
    return plain
      .replace(/\(\s*\)/g, ' ')
      .replace(/\s{2,}/g, ' ')
      .trim();
  });
}

/** The English job noun a word of the languages in play names ("desarrolladora" → developer), or null. */
export function englishJobNoun(word: string, langs: FitLanguages): string | null {
  const lower = word.toLowerCase();
  for (const code of langs) {
    const nouns = NOUNS.get(code);
    if (!nouns) continue;
    const exact = nouns.get(lower);
    if (exact) return exact;
    // A German compound ends in its job noun: "Softwareentwickler", "Prozessingenieur".
    if (code === 'de') {
      for (const [noun, english] of nouns) if (noun.length >= 6 && lower.endsWith(noun)) return english;
    }
  }
  return null;
}

/** The job noun of a title in a language in play, as written: the first word of its lead that is one. */
export function localJobHead(title: string, langs: FitLanguages): string | null {
  if (langs.length === 1) return null;
  const lead = plainTitle(title, langs).split(/\s[–—-]\s|[,(|]/)[0] ?? '';
  return lead.split(/[\s/]+/).find((w) => englishJobNoun(w.replace(/[.:;]$/, ''), langs) !== null) ?? null;
}
