/**
 * A screen line (issue 22): what an app prints that nobody wrote — "Seen", "Start a new message",
 * "2:32 PM · Mar 15, 2025", "Joined March 2019 · 312 Followers", "2 guests · 1 yes · 1 awaiting".
 * Short, no sentence, made only of furniture and interface words. Dropped from the note's text, never
 * taken as a name.
 */
import { BUTTON_WORDS, PRESENCE_STATUSES, SCREEN_WORDS } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { onlyFurniture, wordsBesideFurniture } from './furniture.js';

const INTERFACE = new Set(SCREEN_WORDS.split(/\s+/).filter(Boolean));
/** Words that join interface words ("Start a new message"), never a screen line on their own. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'to']);
const MAX_WORDS = 8;
/** A chat app's presence alone on its line ("Available", "Do not disturb"), with its dot or emoji if copied. */
const PRESENCE = new RegExp(`^[\\s●•○◐🟢🟡🔴⚪⛔]*${alternation(PRESENCE_STATUSES)}\\s*$`, 'iu');

/** Whether the text is a chat app's presence alone ("Available", "● Busy"). */
export const isPresence = (text: string): boolean => PRESENCE.test(text.trim());
/** A month's name beside a year or a day ("Joined March 2019"): the date's, not a word of the line. */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A row of reactions under a message, each an emoji and its count ("👍 3   🎉 1"): what readers clicked, not said. */
const REACTIONS = /^(?:(?:\p{Extended_Pictographic}\uFE0F?){1,3}\s?\d{1,4}\s*){1,8}$/u;
/** A channel's name ("#job-chat") in a compose box's placeholder ("Message #job-chat"), as a handle is in "Message @dana". */
const CHANNEL = /(?<![\p{L}\p{N}])#[\p{L}\p{N}_-]{2,40}/gu;

/**
 * Whether a line is an app's, not the writer's: furniture and interface words, no sentence. A caller
 * that has read the line's furniture already passes whether it is furniture alone.
 */
export function isScreenLine(line: string, furnitureOnly?: boolean): boolean {
  if (line.length > 200 && line.trim().length > 83) return false;
  // A compose box's placeholder trails off: "Message...", "Write a reply…".
  const trimmed = line.trim().replace(/(?<=\p{L})(?:\.{3}|…)$/u, '');
  if (!trimmed || trimmed.length > 80) return false;
  // A sentence ends on its punctuation; a closing ("Love,") on its comma.
  if (/[.!?,]$/.test(trimmed)) return false;
  if (furnitureOnly ?? onlyFurniture(trimmed)) return true;
  if (PRESENCE.test(trimmed) || REACTIONS.test(trimmed)) return true;
  const words = wordsBesideFurniture(trimmed.replace(CHANNEL, ' '))
    .map((w) => w.replace(/^[(]+|[?!.)]+$/g, '').toLowerCase())
    // A tab's "+" (add a tab) is a button with no word: it neither makes nor breaks the line.
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !MONTH.test(w));
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return words.every((w) => INTERFACE.has(w)) && words.some((w) => !FILLER.has(w));
}

/**
 * A row of short labels between separators, as an app prints its buttons ("Refer Ana   |   Not now",
 * "Accept · Delete · Block") and a signature its title ("Partnerships | Lumen"): no sentence, so no one's ask.
 */
export function labelRow(line: string): boolean {
  const parts = line
    .trim()
    .split(/\s+[|·•]\s+|\s{3,}/)
    .filter(Boolean);
  const label = (part: string) => part.split(/\s+/).length <= 3 && /^[\p{Lu}\d]/u.test(part) && !/[.!?,:;"]/.test(part);
  return parts.length >= 2 && parts.every(label);
}

const BUTTON_WORD = new Set(BUTTON_WORDS.split(/\s+/).filter(Boolean));
/** Buttons in brackets, as a mail prints them: "[ Refer Ana ]   [ Not now ]". */
const BRACKETED = /^(?:\[[^[\]\n]{1,40}\]\s*)+$/;
/**
 * A button's label: a few words, no sentence, starting on what buttons start with ("Ask for more info").
 * In brackets a label may be longer and hold a comma ("[ Not sure, remind me later ]"): the brackets mark it.
 * `anyWord`: the label's shape alone, whatever word it starts on. A dash between its parts ("Not sure – ask
 * for more info") is no word of it.
 */
const buttonLabel = (label: string, bracketed = false, anyWord = false) => {
  const words = label
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const first = words[0]?.toLowerCase() ?? '';
  const marks = bracketed ? /[.!?:;"]|,$/ : /[.!?,:;"]/;
  return (
    words.length <= (bracketed ? 6 : 4) &&
    (anyWord || BUTTON_WORD.has(first)) &&
    /^\p{Lu}/u.test(label.trim()) &&
    !marks.test(label.trim())
  );
};

/**
 * Labels in brackets, each a button's shape: a row of buttons when each starts on a button's word, or two
 * do beside one that does not ("[ Refer Ana ]  [ Decline ]  [ I don't know this person ]").
 */
function bracketedButtons(row: string): boolean {
  const labels = row.split(/[[\]]/).filter((p) => p.trim());
  const worded = labels.filter((p) => buttonLabel(p, true)).length;
  const shaped = labels.every((p) => buttonLabel(p, true, true));
  return shaped && (worded === labels.length || (worded >= 2 && worded === labels.length - 1));
}

/**
 * A notice's row of buttons (issue 22): labels in brackets, or two or more between separators or wide
 * spaces ("Refer  ·  Decline  ·  Ask for more info"), each starting on a button's word. A title row
 * ("Guest Relations Officer · Shipboard") has none; the row is screen text, read before spaces are tidied.
 */
export function buttonRow(line: string): boolean {
  const trimmed = line.trim();
  if (BRACKETED.test(trimmed)) return bracketedButtons(trimmed);
  const parts = trimmed.split(/\s+[|·•]\s+|\s{3,}/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => buttonLabel(p));
}
