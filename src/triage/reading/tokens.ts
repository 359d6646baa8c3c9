/** Tokens of a sentence, with figures read by the language's decimal and grouping marks. */

import { escapeRegex } from '../shared/phrases.js';
import type { Language } from './language.js';
import type { Token } from './types.js';

/**
 * Letters by block rather than \p{L}: the same words for the scripts a note is written in, and a
 * pattern without the u flag runs about twice as fast. General punctuation, arrows and currency
 * signs (U+2000–U+20FF, U+2190–U+21FF) stay out, so "—" and "→" are marks, not letters.
 */
const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF21-\uFF3A\uFF41-\uFF5A`;
const WORD = `[${LETTER}][${LETTER}\\d\\u0300-\\u036F'’]*(?:-[${LETTER}][${LETTER}\\d\\u0300-\\u036F'’]*)*`;
const SYMBOL = String.raw`→|->|=>|⟶|[%$€£¥₹#~+/;:—–()\-.,!?&]`;

interface Grammar {
  readonly pattern: RegExp;
  readonly group: string;
  readonly decimal: string;
}

const grammars = new WeakMap<Language, Grammar>();

/** The token pattern for a language, built once: "1,200.5" in English, "1.200,5" where the marks swap. */
function grammarOf(lang: Language): Grammar {
  const known = grammars.get(lang);
  if (known) return known;
  const g = escapeRegex(lang.marks.group);
  const d = escapeRegex(lang.marks.decimal);
  const figure = String.raw`\d{1,3}(?:${g}\d{3})+(?:${d}\d+)?|\d+(?:${d}\d+)?`;
  const pattern = new RegExp(`(${figure})|(${WORD})|(${SYMBOL})`, 'g');
  const grammar = { pattern, group: lang.marks.group, decimal: lang.marks.decimal };
  grammars.set(lang, grammar);
  return grammar;
}

function figureValue(text: string, grammar: Grammar): number {
  return Number(text.split(grammar.group).join('').replace(grammar.decimal, '.'));
}

export function tokenize(text: string, lang: Language): Token[] {
  const grammar = grammarOf(lang);
  const tokens: Token[] = [];
  grammar.pattern.lastIndex = 0;
  for (let m = grammar.pattern.exec(text); m; m = grammar.pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) tokens.push({ t: m[1], kind: 'num', start, end, n: figureValue(m[1], grammar) });
    else if (m[2] !== undefined) tokens.push({ t: m[2].toLowerCase().replace(/’/g, "'"), kind: 'word', start, end });
    else tokens.push({ t: m[0], kind: 'sym', start, end });
  }
  return tokens;
}

/** Whether token b follows token a with no space between ("40k", "26h", "2nd"). */
export const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
