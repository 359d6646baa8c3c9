/**
 * A fast first look for a case-sensitive pattern: the longest run of plain characters every match
 * must hold (" here" in "…Name here\b", " from " in "…Name from the … here"). A text without it
 * cannot match, and includes() says so far sooner than the pattern's own search.
 */
import type { Searchable } from './guarded.js';

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})/;

/** The end of the group or class that starts at i: its closing bracket's index. */
function closing(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (inClass) {
      if (ch === ']') inClass = false;
      if (ch === ']' && depth === 0) return j;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return j;
  }
  return source.length;
}

/** The longest run of plain characters at the top of the pattern, or '' when it has none or a top-level `|`. */
export function needleOf(source: string): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '|') return '';
    if (QUANTIFIER.test(source.slice(i, i + 12))) {
      // The last character is optional or repeated: it leaves the run.
      run = run.slice(0, -1);
      end();
      i += (QUANTIFIER.exec(source.slice(i, i + 12))?.[0].length ?? 1) - 1;
      if (source[i + 1] === '?') i++;
    } else if (ch === '(' || ch === '[') {
      end();
      i = closing(source, i);
    } else if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // A character written by its code (\x41, \u00e9, \cJ) or a named back-reference: no needle is read.
      if ('xuck'.includes(next)) return '';
      if (/[A-Za-z0-9]/.test(next)) {
        end();
        if ((next === 'p' || next === 'P') && source[i + 2] === '{') i = source.indexOf('}', i);
        else i++;
      } else {
        run += next;
        i++;
      }
    } else if (ch === '.' || ch === '^' || ch === '$') end();
    else run += ch;
  }
  end();
  return best;
}

/**
 * The pattern behind its needle, when it has one of three characters or more; the pattern itself
 * otherwise. Only for patterns read as written (no i flag, no v flag's nested classes) and without
 * a lastIndex to keep (neither global nor sticky).
 */
export function withNeedle(pattern: RegExp): Searchable {
  const needle = /[ivgy]/.test(pattern.flags) ? '' : needleOf(pattern.source);
  if (needle.length < 3) return pattern;
  return {
    exec: (text) => (text.includes(needle) ? pattern.exec(text) : null),
    test: (text) => text.includes(needle) && pattern.test(text),
  };
}

/** Sources compiled with the flags, each behind its needle: most notes lack the words every match holds. */
export const needled = (sources: readonly string[], flags = 'u'): Searchable[] =>
  sources.map((source) => withNeedle(new RegExp(source, flags)));
