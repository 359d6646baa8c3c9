/**
 * A social profile's display-name line at a paste's top (issue 22), whatever the app: "Rosa Quintero ·
 * Telegram", "Kiara | dental student 🦷 | 12.4k followers", "Ines · 3,120 followers". The name before the
 * first separator is the contact's, what follows it the app's (a tagline, a count, the app's name). A
 * name of one word counts only where the line is a profile's beyond doubt: a follower count or a handle
 * beside it, or a handle alone on the line above it ("kiara.flosses").
 */
import { PROFILE_ACCOUNT_KINDS, PROFILE_COUNT_NOUNS } from '../lang/en/intake.js';
import { nameShaped } from './header-line.js';

const words = (data: string) => data.split(/\s+/).filter(Boolean).join('|');
/** A profile's count: "12.4k followers", "8,420 followers", "1.2M subscribers", "96 posts". */
const COUNT = new RegExp(`^\\d[\\d.,]{0,9}\\s?[km]?\\+?\\s(?:${words(PROFILE_COUNT_NOUNS)})$`, 'iu');
/** A part that says the account is no person's, the whole part: "Business", "Official store". */
const ACCOUNT_KIND = new RegExp(`^(?:official )?(?:${words(PROFILE_ACCOUNT_KINDS)})$`, 'iu');
/** A handle beside the name: "@kiara.flosses". */
const AT_HANDLE = /^@[\p{L}\p{N}_.]{2,30}$/u;
/** A handle alone on its line ("rosa.q_87"): a profile's, nobody writes it over their own note. */
export const HANDLE = /^(?=[a-z0-9_.]*[_.\d])[a-z][a-z0-9_.]{2,31}$/;
/** The separators an app prints between a display name and what follows it. */
const SEPARATED = /\s[·•|]\s/;

/** The display name, brackets and emoji off: "Rosa Quintero (Ро́за) ✨" reads "Rosa Quintero". */
const displayName = (head: string) =>
  head
    .replace(/\([^)]*\)/g, '')
    .replace(/\p{S}|\uFE0F|\u200D/gu, '')
    .trim();

/**
 * The contact's name on a profile's display-name line, or null; `above` is the filled line over it. A
 * full name before a middle dot is one as it stands; a street number keeps an address ("1418 Elm Row ·
 * Reno") from reading as one.
 */
export function profileName(line: string, above = ''): string | null {
  const [head, ...rest] = line.trim().split(SEPARATED);
  if (!head || rest.length === 0) return null;
  const name = displayName(head);
  if (!nameShaped(name) || rest.some((part) => ACCOUNT_KIND.test(part.trim()))) return null;
  if (/\s/.test(name) && /^\s[·•]/.test(line.trim().slice(head.length))) return name;
  const profiled = rest.some((part) => COUNT.test(part.trim()) || AT_HANDLE.test(part.trim()));
  return profiled || HANDLE.test(above.trim()) ? name : null;
}
