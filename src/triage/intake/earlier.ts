/**
 * The writer's own earlier message in the quoted history: a bump above the note it chases, or an
 * answer to the referrer's questions above the ask it completes. That message is the writer's own
 * words, read with the new one (reading/join.ts); a message by anyone else stays context.
 */
import { QUOTED_HISTORY } from '../lang/quoted-history.js';
import { MAIL_FIELD, SUBJECT } from './mail.js';

/**
 * Where a quoted message starts, and whose it is: "On Thu, … Kenji Morimoto <…> wrote:", "From: Kenji
 * Morimoto", or a mail client's header in another language ("Em qua., … Tiago Ferreira <…> escreveu:").
 */
const QUOTE_START = new RegExp(
  [String.raw`^(?:on .{1,200} wrote:|from:\s?.{1,200})$`, ...Object.values(QUOTED_HISTORY)].join('|'),
  'iu',
);

/** A name's words in a quote header: the header names the writer when it holds their surname. */
const surname = (name: string) => name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';

/**
 * The earliest quoted message whose header names the sender, its wrapped lines joined into
 * paragraphs; null when the history holds none of theirs.
 */
export function earlierOwnMessage(quoted: readonly string[], sender: string | null): string | null {
  const own = sender ? surname(sender) : '';
  if (own.length < 2) return null;
  const messages: { mine: boolean; lines: string[] }[] = [];
  for (const raw of quoted) {
    const line = raw.replace(/^(?:\s*>)+\s?/, '').trim();
    if (QUOTE_START.test(line)) {
      messages.push({ mine: line.toLowerCase().includes(own), lines: [] });
      continue;
    }
    if (MAIL_FIELD.test(line) || SUBJECT.test(line)) continue;
    messages.at(-1)?.lines.push(line);
  }
  const mine = messages.filter((m) => m.mine && m.lines.some(Boolean)).at(-1);
  if (!mine) return null;
  return mine.lines
    .join('\n')
    .replace(/([^\n])\n(?=[^\n])/g, '$1 ')
    .trim();
}

/** The full name the note is signed with on its last line ("Tiago Ferreira"), for a note whose mail headers are gone. */
export function signedName(text: string): string | null {
  const last = text.trimEnd().split('\n').at(-1)?.trim() ?? '';
  return /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u.test(last) ? last : null;
}
