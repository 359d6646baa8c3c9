/**
 * Whether words read as a person's name: one to four words of a name in any script, each in the
 * note, none a closing, a credential, a title, screen text or a placeholder. The name as a person
 * reads it: no post-nominals ("Dana Whitfield, RN, BSN"), no title ("Dr. Lena Vogt"), no closing.
 */
import { CLOSINGS, NOT_NAME_WORDS } from '../lang/en/intake.js';
import { phraseLines } from '../shared/phrases.js';
import * as P from '../signals/patterns.js';

const NEVER = new Set(NOT_NAME_WORDS.split(/\s+/).filter(Boolean));
const CLOSING = new RegExp(`^(?:${phraseLines(CLOSINGS).join('|')})$`, 'i');
const TITLE = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev|capt|sgt|lt|col)\.?\s+/i;
/** A name word: capitalized where the script has case (Ana, O'Neil, Jean-Luc, McKay), or a word of a caseless script. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’.-]*(?:[\p{Lu}][\p{Ll}\p{M}'’-]*)*|\p{Lu}{2,}|[\p{Lo}][\p{L}\p{M}]*)$/u;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];

function bare(raw: string): string {
  return (
    raw
      // "李娜 (Nina) Li", "Robert (Bob) Smith": the name in parentheses is the one they go by.
      .replace(/^\S+ \(([\p{Lu}][\p{L}\p{M}'’-]+)\)(?= \S)/u, '$1')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^[-–—~*>\s]+/, '')
      .split(/\s[|·•–—-]\s|,|\s{2,}/)[0]
      ?.replace(TITLE, '')
      .replace(/[.!:;]+$/, '')
      .trim() ?? ''
  );
}

/** A closing word or phrase ("Warm regards", "Cheers mate"). */
export const isClosing = (text: string) => CLOSING.test(text.trim().replace(/[,.!]+$/, ''));

/** A post-nominal or suffix written after a name: in capitals ("PE", "RN") or "Jr.", "Sr.", "Esq.". */
const isCredential = (word: string) =>
  NEVER.has(word.toLowerCase().replace(/\./g, '')) &&
  (/^\p{Lu}[\p{Lu}.-]+$/u.test(word) || /^(?:Jr|Sr|Esq)\.?$/.test(word));

export function asName(raw: string | null | undefined, note: string): string | null {
  if (!raw) return null;
  const words = bare(raw).split(/\s+/).filter(Boolean);
  if (CLOSING.test(words.join(' '))) return null;
  // Trailing credentials written without a comma ("Omar Haddad PE", "Sam Lee Jr.") go.
  while (words.length > 1 && isCredential(words[words.length - 1] ?? '')) words.pop();
  const name = words.join(' ');
  if (!name || name.length > 60 || words.length > 4) return null;
  if (P.PLACEHOLDER_PATTERNS.some(([, p]) => p.test(name)) || /[[\]{}<>@#%\d_/]/.test(name)) return null;
  if (!words.every((w) => NAME_WORD.test(w) && !NEVER.has(w.toLowerCase().replace(/\./g, '')))) return null;
  // Two capitals alone are initials, not a name (credentials like "RN", "CPA" are never-name words); nor is an initial ("K.").
  if (words.length === 1 && /^\p{Lu}{2}$/u.test(name)) return null;
  if (words.every((w) => /^\p{Lu}\.?$/u.test(w))) return null;
  const inNote = new Set(wordsOf(note));
  if (!wordsOf(name).every((w) => inNote.has(w))) return null;
  return name;
}
