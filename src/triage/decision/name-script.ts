/**
 * A name written twice, in two scripts, on lines side by side ("Dr. Hamid Rostami, MD" over "حمید رستمی",
 * "Wenjie Zhou" under "周文杰"): the form in the note's own script is the name, as a reply in the note's
 * language greets them (issue 22: a name may be written in any script).
 */
import { asName } from './names.js';

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Devanagari',
  'Thai',
  'Armenian',
  'Georgian',
  'Bengali',
  'Tamil',
] as const;
const TESTS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** The script of a text's first letter, or null when it has none of those listed. */
export function scriptOf(text: string): string | null {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter ? (TESTS.find(([, test]) => test.test(letter))?.[0] ?? null) : null;
}

/** The script most of a text's letters are written in (its first 2,000 characters). */
export function mainScript(text: string): string | null {
  const counts = new Map<string, number>();
  for (const letter of text.slice(0, 2000).match(/\p{L}/gu) ?? []) {
    const script = scriptOf(letter);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The name read from `lines[at]`, or, when it is in another script than the note's, the name on the
 * line just above or below it in the note's script: the same person's name written twice.
 */
export function inNoteScript(name: string, lines: readonly string[], at: number, note: string, text: string): string {
  const own = mainScript(text);
  if (!own || scriptOf(name) === own) return name;
  for (const line of [lines[at - 1], lines[at + 1]]) {
    const beside = line ? asName(line, note) : null;
    if (beside && scriptOf(beside) === own) return beside;
  }
  return name;
}
