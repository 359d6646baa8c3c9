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

/** A chat's mark over a message passed on ("Forwarded", "↪ Forwarded"), alone or after a stamp and label. */
const CHAT_FORWARD = /^(?:.{0,40}\d[^:\n]{0,60}: )?[\s\u200e↪➦→]*forwarded(?: many times)?\s*$/im;
/**
 * Someone's whole message pasted in quotes on its own lines, greeted to someone: "\"Hello Pieter, I am a
 * steeplejack … Thanks, Callum\"". A chat's sender who pastes it carries it, as under a "Forwarded" mark.
 */
const QUOTED_MESSAGE = /^\s*["“](?:hi|hey|hello|dear)\b[^"“”]{60,}["”]\s*$/imu;

/** Whether a chat passes on a message: under the app's "Forwarded" mark, or pasted whole in quotes. */
export const carriesMessage = (plain: string): boolean => CHAT_FORWARD.test(plain) || QUOTED_MESSAGE.test(plain);
