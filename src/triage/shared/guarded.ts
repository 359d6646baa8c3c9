/**
 * A fast first look for a pattern compiled with both the i and u flags. V8 tests such a pattern's
 * leading word bound (`\b`, or "no letter or digit before") with case folding at every position of
 * the text, which makes the whole search five to twenty times slower than the same pattern without
 * it. Without its leading bound the pattern matches wherever the whole pattern does (and a little
 * more), so it rules most texts out cheaply; only a text it passes is searched with the whole pattern.
 * Answers are the same as the pattern's own, only sooner.
 */

/** The leading bounds dropped from the guard: a word boundary, or no letter (or digit) before. */
const LEADING_BOUND = /^(?:\\b|\(\?<!\[\\p\{L\}(?:\\p\{N\})?\]\))/;

export interface Guarded {
  readonly pattern: RegExp;
  /** False only when the pattern cannot match: then there is no need to search with it. */
  mayMatch(text: string): boolean;
  /** The pattern's own exec, skipped when the guard rules the text out. */
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

export function guarded(pattern: RegExp): Guarded {
  // A guard that fails skips the search, so it must not leave a lastIndex behind: global and sticky
  // patterns are only asked through mayMatch, never exec or test.
  const stateful = pattern.global || pattern.sticky;
  const guard = new RegExp(pattern.source.replace(LEADING_BOUND, ''), pattern.flags.replace(/[gy]/g, ''));
  const mayMatch = (text: string) => guard.test(text);
  return {
    pattern,
    mayMatch,
    exec(text) {
      if (stateful) throw new Error('guarded(): exec on a global or sticky pattern; use mayMatch');
      return mayMatch(text) ? pattern.exec(text) : null;
    },
    test(text) {
      if (stateful) throw new Error('guarded(): test on a global or sticky pattern; use mayMatch');
      return mayMatch(text) && pattern.test(text);
    },
  };
}

/** What a search needs of a pattern: a RegExp is one, and so is a guarded pattern. */
export interface Searchable {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/**
 * A pattern kept as data (other languages' why-me phrasings) guarded when it is the slow kind: i and
 * u flags with a leading bound, and neither global nor sticky. Any other pattern is as fast alone.
 */
export function guardedWhereSlow(pattern: RegExp): Searchable {
  const { flags, source } = pattern;
  const slow = flags.includes('i') && flags.includes('u') && !/[gy]/.test(flags) && LEADING_BOUND.test(source);
  return slow ? guarded(pattern) : pattern;
}
