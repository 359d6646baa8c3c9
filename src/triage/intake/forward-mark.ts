/**
 * A chat's mark over a message passed on, naming who passed it (issue 22): "Kasia forwarded a message"
 * is screen text, and its name is the sender's, who writes to the referrer whoever wrote the message.
 */
import { FORWARD_MARKS } from '../lang/en/intake.js';
import { alternation, escapeRegex } from '../shared/phrases.js';

const MARK = new RegExp(
  `^(\\p{Lu}[\\p{L}\\p{M}'’-]+(?: \\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}) ${alternation(FORWARD_MARKS)}$`,
  'u',
);

/** The lines without the forward's mark, and its sender: in full where the thread labels them so ("Kasia Zielińska:"). */
export function forwardMark(lines: readonly string[]): { lines: string[]; sender: string | null } {
  const at = lines.findIndex((l) => MARK.test(l.trim()));
  const given = at < 0 ? undefined : MARK.exec(lines[at]?.trim() ?? '')?.[1];
  if (!given) return { lines: [...lines], sender: null };
  const full = new RegExp(`^(${escapeRegex(given)}(?: \\p{Lu}[\\p{L}\\p{M}'’-]+){1,2}):?(?:\\s|$)`, 'u');
  const fuller = given.includes(' ') ? null : lines.map((l) => full.exec(l.trim())?.[1]).find(Boolean);
  return { lines: lines.filter((_, i) => i !== at), sender: fuller ?? given };
}
