/** The team area's own words: the phrases it names, and the content words a note must share to touch it. */
import { stems, tokenize, wordSet } from '../shared/words.js';
import { withoutAudience } from './disciplines.js';

/** Words in a team area that name no area of their own ("engineering", "products"). */
const GENERIC_TEAM_WORDS = wordSet(
  'product products team teams engineering engineer management manager pm work area org group feature ' +
    'features stuff things squad pillar the our my all other core general various misc etc',
);

const FILLER = new Set(stems('with from that this their across over into each'));

export function ownPhrases(teamArea: string): string[] {
  return teamArea
    .split(/[:;()]|,(?!\d)|\s+&\s+|\s+and\s+|\s+\+\s+|\n/i)
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .filter((w, i, all) => !(GENERIC_TEAM_WORDS.has(w.toLowerCase()) && (i === 0 || i === all.length - 1)))
        .join(' '),
    )
    .filter((p) => p.length >= 2 && !GENERIC_TEAM_WORDS.has(p.toLowerCase()));
}

/** The area's content words, stemmed, without whom it serves, generic team words, filler or the language's glue. */
export function areaWordStems(teamArea: string, glue: ReadonlySet<string>): Set<string> {
  return new Set(
    tokenize(withoutAudience(teamArea))
      .filter((t) => t.word.length >= 4 && !GENERIC_TEAM_WORDS.has(t.word.toLowerCase()) && !FILLER.has(t.stem))
      .filter((t) => !glue.has(t.word.toLowerCase()))
      .map((t) => t.stem),
  );
}
