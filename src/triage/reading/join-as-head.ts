import { boundedCache } from '../shared/bounded-cache.js';
import { escapeRegex } from '../shared/phrases.js';
import { ROLE_NOUNS, VAGUE } from './role-words.js';

/**
 * An opening named by its title's head, as the seat the writer would join in: "to join your crew this
 * summer as stringer" for "Tournament Stringer (seasonal)". The head is the last word before the title's
 * bracket, comma or dash, and only one that no other job shares: "as an engineer" or "as lead" names none.
 * Without the words of joining ("I worked as a stringer") it says what someone was, not what they want.
 */
const JOINING = String.raw`\b(?:join|joining|be on|be part of|work (?:with|for|alongside))\b`;
const rememberedHeads = boundedCache<RegExp | null>(1000);
export const joinsAsHead = (title: string) =>
  rememberedHeads(title, () => {
    const job = (title.split(/\s\(|,|\s[–—-]\s/)[0] ?? '').trim().split(/\s+/);
    const head = job[job.length - 1] ?? '';
    const lower = head.toLowerCase();
    if (job.length < 2 || head.length < 4 || ROLE_NOUNS.has(lower) || VAGUE.has(lower)) return null;
    const seat = String.raw`as (?:an? |the |your |one of your )?(${escapeRegex(head)})s?(?![\p{L}\p{N}-])`;
    return new RegExp(String.raw`${JOINING}[^.!?;]{0,60}?\b${seat}`, 'iu');
  });
