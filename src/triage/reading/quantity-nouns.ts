/**
 * The words after a number that say what it counts: a duration unit ("10 minutes", "26h") or a count's
 * noun ("40 stores"). Read by the quantity rules (quantities.ts).
 */
import type { Language } from './language.js';
import { wordValue } from './number-grammar.js';
import { adjacent } from './tokens.js';
import type { Core, Token } from './types.js';

/** "10 minutes", "a 15-minute call", "26h": a duration unit after a number. */
export function durationAfter(tokens: readonly Token[], j: number, value: number, lang: Language): Core | null {
  const dash = tokens[j]?.t === '-' ? 1 : 0;
  const unit = tokens[j + dash];
  if (unit?.kind !== 'word') return null;
  const hours =
    lang.durations.get(unit.t) ?? (tokens[j - 1]?.kind === 'num' ? lang.shortDurations.get(unit.t) : undefined);
  if (hours === undefined) return null;
  if (unit.t.length === 1 && !adjacent(tokens[j - 1], unit)) return null;
  const name = lang.durationNames.get(hours) ?? unit.t;
  return { kind: 'duration', value, unit: name, hours: value * hours, next: j + dash + 1 };
}

/** A count's noun: up to two words after the number that are neither function words nor numbers. */
export function nounAfter(tokens: readonly Token[], j: number, lang: Language): { noun: string; next: number } | null {
  const words: string[] = [];
  let k = j;
  while (words.length < 2) {
    const token = tokens[k];
    if (token?.kind !== 'word' || lang.notCountNoun.has(token.t) || wordValue(token.t, lang) !== undefined) break;
    if (words.length > 0 && /(?:ed|ly)$/.test(token.t)) break;
    words.push(token.t);
    k++;
  }
  return words.length ? { noun: words.join(' '), next: k } : null;
}
