/**
 * Phrase lists: the vocabulary behind every signal, written one phrase per line so a phrasing fix
 * is a one-line diff. A line is a small regular expression:
 *
 * - `(a|b)` groups never capture (they compile to `(?:a|b)`), so a line reads as plain words;
 * - a line starting with `#` is a note to the reader, not a phrase;
 * - blank lines are ignored.
 *
 * Lines are joined into one alternation and compiled once, when the module loads. A line may not
 * nest unbounded quantifiers: each pattern runs on one sentence at a time and stays linear.
 */

/** Plain `(` becomes `(?:`; escapes and character classes are left alone. */
function nonCapturing(line: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '\\') {
      out += ch + (line[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    out += ch === '(' && line[i + 1] !== '?' ? '(?:' : ch;
  }
  return out;
}

/** The phrases of a list, in order, as regular expression sources. */
export function phraseLines(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map(nonCapturing);
}

/** Whether a phrase has a `|` outside its groups and classes: then it is no single alternative. */
function hasTopLevelBar(line: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A list as one non-capturing alternation: `(?:a|b|c)`. Neighbouring phrases that each start with a
 * word bound share one: `\bx|\by` is written `\b(?:x|y)`, which matches the same at the same places,
 * in the same order, while V8 tests the bound once a position instead of once a phrase (a list of
 * forty such phrases searches twice as fast).
 */
export function alternation(list: string): string {
  const parts: string[] = [];
  let bounded: string[] = [];
  const flush = () => {
    if (bounded.length > 0) parts.push(bounded.length === 1 ? `\\b${bounded[0]}` : `\\b(?:${bounded.join('|')})`);
    bounded = [];
  };
  for (const line of phraseLines(list)) {
    if (line.startsWith('\\b') && !hasTopLevelBar(line)) bounded.push(line.slice(2));
    else {
      flush();
      parts.push(line);
    }
  }
  flush();
  return `(?:${parts.join('|')})`;
}

/** A word list written as `a | b | c` over as many lines as suit the reader (as in areas.ts). */
export function wordAlternation(words: string): string {
  const items = words
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
  return `(?:${items.join('|')})`;
}

export interface PhraseOptions {
  /** Regular expression flags; case-insensitive unless said otherwise. */
  flags?: string;
  /** Require a word boundary after the phrase as well as before it. */
  wholeWord?: boolean;
}

/** Compiles a phrase list into one matcher: a word boundary, then any phrase of the list. */
export function phraseMatcher(list: string, { flags = 'i', wholeWord = false }: PhraseOptions = {}): RegExp {
  return new RegExp(`\\b${alternation(list)}${wholeWord ? '\\b' : ''}`, flags);
}

/** A pattern as data: a regular expression's source and flags, or a phrase list. */
export interface RegexData {
  source: string;
  flags: string;
}
export type PatternData = RegexData | { phrases: string };

/** Compiles a pattern kept as data. */
export function compile(pattern: PatternData): RegExp {
  return 'phrases' in pattern ? phraseMatcher(pattern.phrases) : new RegExp(pattern.source, pattern.flags);
}

/** Text matched as itself inside a pattern built at run time (a name, a title). */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
