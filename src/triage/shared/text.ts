/** Text helpers every stage may use: clauses of a sentence, lists and articles in plain English. */

export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !/^I\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function withoutEndPunctuation(text: string): string {
  return text.replace(/[\s.!?;:,]+$/, '');
}

/**
 * The note's words without its links, as a reply or a blurb quotes them. A link in brackets goes with
 * its brackets: one left open would hold the rest of the sentence as one clause.
 */
export function withoutLinks(text: string): string {
  return text.replace(/\s*\(\s*https?:\/\/[^\s)]+\s*\)/gi, '').replace(/\bhttps?:\/\/\S+\s*/gi, '');
}

/** "a" or "an" before a word, by its first sound as spelled ("an occupational therapy role"). */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

export function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Whether a matched term names work rather than the doing of it: a lone past form ("designed",
 * "audited") is a verb of the note, not a thing to list as what they work on ("-eed" words are nouns).
 */
export const namesWork = (term: string) => !/^\p{L}{3,}(?<!e)ed$/iu.test(term);

/** Where a sentence breaks into clauses: a comma, semicolon or colon outside parentheses, before a space. */
function clauseBreaks(sentence: string): (i: number) => boolean {
  // Clause breaks inside parentheses do not count: "(140 components, adopted by 12 teams)" stays whole.
  const depth: number[] = [];
  let d = 0;
  for (const ch of sentence) {
    if (ch === '(') d++;
    depth.push(d);
    if (ch === ')') d = Math.max(0, d - 1);
  }
  return (i: number) => {
    const ch = sentence[i];
    if (ch !== ',' && ch !== ';' && ch !== ':') return false;
    const next = sentence[i + 1];
    // The character tests run on every character, so the whitespace test runs only after a break mark.
    return (depth[i] ?? 0) === 0 && (next === undefined || /\s/.test(next));
  };
}

/** The clauses of a sentence, in order, as written. */
export function clausesOf(sentence: string): string[] {
  const isBreak = clauseBreaks(sentence);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!isBreak(i)) continue;
    out.push(sentence.slice(start, i).trim());
    start = i + 1;
  }
  out.push(sentence.slice(start).trim());
  return out.filter(Boolean);
}

/** The clause of a sentence that carries a match: "last quarter I led a launch that cut … by 28%". */
export function clauseAround(sentence: string, needle: string): string {
  const at = sentence.indexOf(needle);
  if (at === -1) return withoutEndPunctuation(sentence);
  const isBreak = clauseBreaks(sentence);
  let start = at;
  while (start > 0 && !isBreak(start - 1)) start--;
  let end = at + needle.length;
  while (end < sentence.length && !isBreak(end)) end++;
  const clause = sentence.slice(start, end).trim();
  return withoutEndPunctuation(clause.replace(/^(?:and|but|so|then)\s+/i, ''));
}

/** The first number in a piece of evidence ("28%", "140"), which names the clause worth quoting. */
export function metricIn(text: string): string {
  return /\d[\d,.]*\s?(?:%|percent|x\b)?/.exec(text)?.[0] ?? text;
}

/** The first item at or after `from` that passes `test`, without copying the rest of the list for each look. */
export function findFrom<T>(items: readonly T[], from: number, test: (item: T) => unknown): T | undefined {
  for (let k = Math.max(0, from); k < items.length; k++) if (test(items[k] as T)) return items[k];
  return undefined;
}

const filledCache = new WeakMap<readonly string[], readonly number[]>();
/** The first two lines with text, found once per list of lines: asked of every line, a scan each time grows with the square. */
export function firstFilled(lines: readonly string[]): readonly number[] {
  let filled = filledCache.get(lines);
  if (!filled) {
    const found: number[] = [];
    for (let k = 0; k < lines.length && found.length < 2; k++) if (lines[k]?.trim()) found.push(k);
    filled = found;
    filledCache.set(lines, filled);
  }
  return filled;
}

/** A portal's label and the quote mark that open the candidate's words on their line ('Message from Tom: "'): not their words. */
const QUOTED_UNDER_LABEL = /^(?:[^"“]{0,40}:\s*)?["“]/u;
export const withoutQuoteLabel = (text: string) => text.replace(QUOTED_UNDER_LABEL, '');
