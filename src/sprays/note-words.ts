import { normalizeRequest } from '../triage/index.js';
import { alternation } from '../triage/shared/phrases.js';

/**
 * The note's words as the spray check compares them: the note after the triage's cleanup (Slack
 * markup, screen text, headers, quoted history and signatures gone), without the greeting and the
 * referrer's name, which are what a sender swaps between copies. The one call into the triage's
 * cleanup is here, so a richer intake replaces it in one place.
 */

/** A greeting at the very start, with up to four words after it ("Hi Ana,", "Dear Dr. Ana Silva —"). */
const GREETING = new RegExp(
  `^\\s*${alternation(`
  hi|hii+|hello|hey|heya|dear|greetings|good\\s+(morning|afternoon|evening|day)
  hola|buenos\\s+d[ií]as|buenas(\\s+tardes)?
  bonjour|salut
  hallo|guten\\s+(tag|morgen)|liebe[rs]?
  ciao|buongiorno
  ol[aá]|oi
  namaste|namaskar
`)}\\b[^\\n,.!:;—–-]{0,40}[,.!:;—–-]*`,
  'iu',
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** A raw Slack id left in the text (a mention the markup could not name). */
const SLACK_ID = /^[uw](?=[a-z0-9]*\d)[a-z0-9]{6,}$/;

function nameTokens(names: readonly (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    for (const part of (name ?? '').toLowerCase().match(WORD) ?? []) if (part.length >= 2) out.add(part);
  }
  return out;
}

export function noteWords(rawText: string, referrerNames: readonly (string | null | undefined)[] = []): string[] {
  const text = normalizeRequest(rawText).text.replace(GREETING, ' ');
  const drop = nameTokens(referrerNames);
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => !drop.has(w) && !SLACK_ID.test(w));
}

/** A role as a key: lower case, words only, so "Senior PM, Platform" and "senior pm platform" agree. */
export function roleKey(role: string | null | undefined): string {
  return (role ?? '').toLowerCase().match(WORD)?.join(' ') ?? '';
}
