/** Word-level helpers shared by the area matcher and the role finder. */

/** A word of the text and where it stands. */
export interface WordSpan {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

export interface Token extends WordSpan {
  /** Lower-cased, lightly stemmed form used for matching. */
  stem: string;
}

const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

/** Words repeat across notes ("the", "role", "team"); a bounded cache saves stemming them again. */
export function stem(word: string): string {
  let stemmed = STEM_CACHE.get(word);
  if (stemmed === undefined) {
    if (STEM_CACHE.size >= STEM_CACHE_SIZE) STEM_CACHE.clear();
    stemmed = stemOf(word);
    STEM_CACHE.set(word, stemmed);
  }
  return stemmed;
}

/**
 * A light stemmer: enough that "tools", "tooling" and "tool" meet, and "pricing" meets "price".
 * Both sides of every comparison go through it, so consistency matters more than linguistics.
 */
function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The words of a text with their positions (offset added), as written. */
export function wordSpans(text: string, offset = 0): WordSpan[] {
  const spans: WordSpan[] = [];
  // exec in a loop allocates less than matchAll; the pattern is module-level, so its lastIndex is reset first.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = offset + match.index;
    spans.push({ word: match[0], start, end: start + match[0].length });
  }
  return spans;
}

/** The words of a text with their stems, for matching vocabulary. */
export function tokenize(text: string, offset = 0): Token[] {
  // One pass, as wordSpans reads them: no list of spans built only to be copied.
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const start = offset + match.index;
    tokens.push({ stem: stem(word), word, start, end: start + word.length });
  }
  return tokens;
}

export function stems(text: string): string[] {
  return tokenize(text).map((t) => t.stem);
}

/** Word lists are written as one spaced string so the tables stay compact. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
