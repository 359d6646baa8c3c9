/**
 * What an app prints around a person's name and a message (issue 22), by what it is rather than by the
 * app: a time, a date, a day, an address, a handle, a phone, a connection's degree, pronouns, a count,
 * separators and the header words of lang/en/intake.ts. Read at the ends of a line (header-line.ts) or
 * as the whole of one (screen-line.ts). How a time, a date and a day look is clock.ts's.
 */
import { HEADER_WORDS } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { DATE, DAY, SHORT_DATE_TIME, TIME } from './clock.js';

/** How long ago: "2h", "5 mins ago", "(2 days ago)"; a duration ("90 hrs", "(8h)") is no stamp. */
const AGO = String.raw`\(?\d{1,3}\s?(?:s|m|h|d|w|mo|y|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\)?|(?<!\()\d{1,2}[mhdw](?!\))|ago`;
const ADDRESS = String.raw`<?(?:mailto:)?[^\s@<>()[\]]{1,64}@[^\s@<>()[\]]{1,200}\.[a-z]{2,}>?|\[mailto:[^\]\s]{1,200}\]`;
const HANDLE = String.raw`@[\p{L}\p{N}_.]{2,30}`;
const PHONE = String.raw`\+?\(?\d[\d\s().-]{6,18}\d`;
const DEGREE = String.raw`(?:1st|2nd|3rd\+?)(?: degree(?: connection)?)?`;
const PRONOUNS = String.raw`\(?(?:she|he|they|ze|xe)\/(?:her|him|them|hers|his|theirs|they|zir)\)?`;
const COUNT = String.raw`\d{1,7}`;
const WORDS = alternation(HEADER_WORDS);

/** Each kind of furniture, tried in this order: the longer shapes before the numbers they hold. */
const KINDS = {
  address: ADDRESS,
  handle: HANDLE,
  date: `(?:${SHORT_DATE_TIME}|${DATE})`,
  time: TIME,
  day: DAY,
  ago: AGO,
  degree: DEGREE,
  pronouns: PRONOUNS,
  phone: PHONE,
  count: COUNT,
  word: WORDS,
} as const;
export type FurnitureKind = keyof typeof KINDS | 'arrow' | 'colon' | 'separator' | 'tag';

/** A word-like piece stands alone: "at" is furniture, the "At" of "Attila" is not. */
const piece = (source: string) => String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`;
const PIECES = Object.entries(KINDS).map(([kind, source]) => [kind as FurnitureKind, piece(source)] as const);
const SEPARATORS = String.raw`[·•|,;:\-–—\[\]<>‹›~✓✔☆▾*"]+`;
/** Discord's tag on the name itself: "Kaveh Rostami#4821". */
const TAG = String.raw`#\d{4}`;

/** What a person did ("wrote", "sent") follows their name: before a name it is a sentence's verb ("- Wrote PRDs"). */
const LEADING_PIECES = PIECES.map(([kind, p]) => (kind === 'word' ? piece('at|on|via') : p));
const LEADING = new RegExp(`^\\s*(?:(${LEADING_PIECES.join(')|(')})|(${TAG})|(${SEPARATORS}))`, 'iu');
const TRAILING = new RegExp(`(?:(${PIECES.map(([, p]) => p).join(')|(')})|(${TAG})|(${SEPARATORS}))\\s*$`, 'iu');

/** Which kind a match of LEADING or TRAILING was, from the group that took it. */
function kindOf(match: RegExpExecArray, at: 'start' | 'end'): FurnitureKind {
  const k = match.slice(1).findIndex((g) => g !== undefined);
  if (k < PIECES.length) return PIECES[k]?.[0] ?? 'separator';
  if (k === PIECES.length) return 'tag';
  const seps = match[0].trim();
  if (at === 'start' && /^[<‹]/.test(seps)) return 'arrow';
  return at === 'end' && seps === ':' ? 'colon' : 'separator';
}

/** A line without the furniture at its ends: what is left in the middle, and the kinds taken off. */
export function withoutFurniture(line: string): { middle: string; kinds: Set<FurnitureKind> } {
  let middle = line.trim();
  const kinds = new Set<FurnitureKind>();
  // Bounded: a line of furniture has a few dozen pieces at most.
  for (let guard = 0; middle && guard < 40; guard++) {
    const start = LEADING.exec(middle);
    if (start?.[0]) {
      kinds.add(kindOf(start, 'start'));
      middle = middle.slice(start[0].length).trim();
      continue;
    }
    const end = TRAILING.exec(middle);
    if (!end?.[0]) break;
    kinds.add(kindOf(end, 'end'));
    middle = middle.slice(0, end.index).trim();
  }
  return { middle, kinds };
}

const ANYWHERE = new RegExp(`${PIECES.map(([, p]) => p).join('|')}|${SEPARATORS}`, 'giu');

/** The words of a line that are no furniture, wherever they stand: "Joined March 2019 · 312 Followers" leaves "Joined March Followers"… */
export const wordsBesideFurniture = (line: string) => line.replace(ANYWHERE, ' ').split(/\s+/).filter(Boolean);

/** A line that is furniture and nothing else: "2:32 PM · Mar 15, 2025", "@farrukh_t", "✓✓". */
export const onlyFurniture = (line: string) => line.trim().length > 0 && withoutFurniture(line).middle === '';

/** What marks a line as an app's: a stamp, a status or header word, a handle, the back arrow. */
export const STAMP_KINDS: ReadonlySet<FurnitureKind> = new Set([
  'time',
  'date',
  'day',
  'ago',
  'word',
  'handle',
  'arrow',
  'tag',
  'degree',
]);

/** A line of furniture that an app stamps: "Sat 15 Mar 2025 14:32", "@farrukh_t", not an address or a phone alone. */
export function stampLine(line: string): boolean {
  const { middle, kinds } = withoutFurniture(line);
  return middle === '' && [...kinds].some((k) => STAMP_KINDS.has(k));
}
