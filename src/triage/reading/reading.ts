import type { Intake } from '../intake/intake.js';
import { normalizeRequest } from '../intake/normalize.js';
import { PHRASES } from '../lang/index.js';
import { findRoles, type RoleMention } from './roles.js';
import { countWords, hasWords, type Sentence, splitSentences } from './sentences.js';

const GREETING = new RegExp(PHRASES.en.GREETING, 'iu');
const SIGN_OFF = new RegExp(PHRASES.en.SIGN_OFF, 'iu');

/** The request as the rest of the triage sees it: text, sentences, the body without greeting and sign-off. */
export interface Reading {
  text: string;
  urls: string[];
  sentences: Sentence[];
  /** Sentences of the body: no greeting line, no sign-off block. */
  body: Sentence[];
  /** The lines after a sign-off ("Best,\nAmara Okafor"), where a name may be. */
  signOffLines: string[];
  roles: RoleMention[];
  /** Words in the body, URLs left out. */
  bodyWords: number;
  paragraphs: number;
  /** What the intake set apart from the note, and its clues to who is who. */
  intake: Intake;
}

function signOffStart(lines: string[]): number {
  for (let i = Math.max(0, lines.length - 4); i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (SIGN_OFF.test(line) && line.length <= 40) return i;
  }
  const last = (lines[lines.length - 1] ?? '').trim();
  // A bare name on the last line ("Ravi") is a sign-off too.
  if (lines.length > 1 && /^[-–—~]?\s?[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'.-]+){0,2}$/u.test(last))
    return lines.length - 1;
  return lines.length;
}

export function readRequest(raw: string, openRoleTitles: readonly string[] = []): Reading {
  const intake = normalizeRequest(raw);
  const { text, urls } = intake;
  const sentences = splitSentences(text);
  const lines = text.split('\n');
  const signOffLine = signOffStart(lines);
  const signOffLines = lines
    .slice(signOffLine)
    .map((l) => l.trim())
    .filter(Boolean);
  const body = sentences.filter(
    (s) => s.line < signOffLine && !(s.line === 0 && GREETING.test(s.text) && s.text.length <= 40),
  );
  const bodyText = body
    .map((s) => (s.text.includes('://') ? s.text.replace(/\bhttps?:\/\/\S+/g, '') : s.text))
    .join(' ');
  return {
    text,
    urls,
    sentences,
    body,
    signOffLines,
    roles: findRoles(body, openRoleTitles),
    bodyWords: countWords(bodyText),
    paragraphs: text.split(/\n\s*\n/).filter((p) => hasWords(p, 12)).length,
    intake,
  };
}
