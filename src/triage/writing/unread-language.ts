/**
 * A note in a language the triage does not read: no verdict and no reply, only an honest line that
 * says which language it is and which the app reads. The note is kept, so the referrer can still
 * answer it by hand.
 */
import { languageName, readLanguageNames } from '../intake/language.js';
import type { Reading } from '../reading/reading.js';

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The language of the note, as a person names it ("Japanese"), or a plain phrase when it has no name here. */
export function noteLanguageName(code: string): string {
  const name = languageName(code);
  return name === code ? `a language it does not read (${code})` : name;
}

export function unreadLanguageReasons(reading: Reading): string[] {
  const name = noteLanguageName(reading.language.code);
  return [
    `This note is in ${name}; the triage reads ${list(readLanguageNames())}, so it gives no verdict. The note is kept: read it and answer by hand.`,
  ];
}
