/**
 * Whether words read as a person's name: one to four words of a name in any script, each in the
 * note, none a closing, a credential, a title, screen text or a placeholder. The name as a person
 * reads it: no post-nominals ("Dana Whitfield, RN, BSN"), no title ("Dr. Lena Vogt"), no closing.
 */
import { CLOSINGS_ELSEWHERE } from '../lang/closings-elsewhere.js';
import { CLOSINGS, FUNCTION_WORDS } from '../lang/en/intake.js';
import { NEVER_NAME as NEVER, nameWords, NAME_PARTICLE as PARTICLE } from '../shared/name-words.js';
import { escapeRegex, phraseLines, wordAlternation } from '../shared/phrases.js';
import * as P from '../signals/patterns.js';
import { rankOff } from './ranked-names.js';

/** A pronoun or a function word opening a sentence ("She", "Given"): no word of a name. */
const FUNCTION = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
const CLOSING = new RegExp(`^(?:${phraseLines(CLOSINGS).join('|')})$`, 'i');
const CLOSING_ELSEWHERE = new RegExp(`^${wordAlternation(CLOSINGS_ELSEWHERE)}$`, 'iu');
const closes = (words: string[]) => {
  const text = words.join(' ').replace(/[,.!:;]+$/, '');
  return CLOSING.test(text) || CLOSING_ELSEWHERE.test(text);
};

/**
 * A closing run into the name on one line ("Cheers Tomás Lindqvist", "Mvh Kari Nilsen", "Best regards Ana"):
 * the closing goes, as it is never part of a name; the words after it are the name.
 */
function withoutClosing(words: string[]): string[] {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) if (closes(words.slice(0, n))) return words.slice(n);
  return words;
}
const TITLE =
  /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev|capt|sgt|lt|col|uncle|aunt|auntie|aunty|grandma|grandpa|cousin|pastor|reverend|deacon|rabbi|imam|coach|chef|eng|engr)\.?\s+/i;
/**
 * A title written the way it is in German, Austrian, Italian and French signatures: "DI Magdalena Hofer", "Dott.ssa Neri", "Me Berthoud".
 * So is "Md." or "Mohd." before a South Asian or Malay name ("Md. Rafiqul Islam"): its owner goes by the names after it.
 */
const LOCAL_TITLE =
  /^(?:DI|Dipl\.-Ing\.(?: \(FH\))?|FH|Mag\.|Ing\.|Dott\.(?:ssa)?|Avv\.|Me|Md\.?|Mohd\.?|Muhd\.?)\s+(?=\p{Lu})/u;
/** A word of a caseless script (Han, Hangul, Arabic…) and one of a script with case (Latin, Cyrillic, Greek). */
const CASELESS = /^[\p{Lo}][\p{L}\p{M}]*$/u;
const CASED = /\p{Lu}/u;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];

/** A one-word name, then two or three name words in brackets that start with its letter. */
const BRACKETED_FULL = /^(\p{Lu}[\p{L}\p{M}'’-]+) \((\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2})\)$/u;

function bare(raw: string): string {
  // "박지훈 (Jihoon Park)": the name written in a caseless script, then in Latin letters; the Latin is the one read out.
  const twice = /^[\p{Lo}\s]+\(((?:\p{Lu}[\p{L}\p{M}'’.-]*\s?){1,4})\)\s*$/u.exec(raw.trim());
  if (twice?.[1]) return twice[1].trim();
  // "Teo (Teodor Ilie)": the name they go by, then their full name in brackets; the full name is the one to use.
  const inFull = BRACKETED_FULL.exec(raw.trim());
  if (inFull?.[1] && inFull[2]?.charAt(0) === inFull[1].charAt(0)) return inFull[2];
  return (
    raw
      // A contact saved with an emoji ("Jess 🌸"): the emoji is no part of the name.
      .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, '')
      // "李娜 (Nina) Li", "Robert (Bob) Smith": the name in parentheses is the one they go by.
      .replace(/^\S+ \(([\p{Lu}][\p{L}\p{M}'’-]+)\)(?= \S)/u, '$1')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^[-–—~*>\s]+/, '')
      .split(/\s[|·•–—-]\s|,|\s{2,}/)[0]
      ?.replace(TITLE, '')
      .replace(LOCAL_TITLE, '')
      .replace(/[.!:;]+$/, '')
      .trim() ?? ''
  );
}

/** A closing word or phrase ("Warm regards", "Cheers mate"). */
export const isClosing = (text: string) => CLOSING.test(text.trim().replace(/[,.!]+$/, ''));

/** A post-nominal or suffix written after a name: in capitals ("PE", "RN") or "Jr.", "Sr.", "Esq.". */
const isCredential = (word: string) =>
  NEVER.has(word.toLowerCase().replace(/\./g, '')) &&
  (/^\p{Lu}[\p{Lu}.-]+$/u.test(word) || /^(?:Jr|Sr|Esq)\.?$/.test(word));

/** A post-nominal of a body's letters, 2 to 6 capitals or two capitals then a mix ("MRICS", "FCCA", "CEng", "MInstP"). */
const POST_NOMINAL = /^\p{Lu}{2}[\p{Lu}\p{Ll}]{0,5}$/u;

/**
 * Post-nominals no list knows ("Rhodri Vaughan MRICS IHBC") go from after a name in its own case, two
 * words of it left; a word the note writes elsewhere in lower case ("GARZA" beside "Garza") is a surname.
 */
function withoutPostNominals(words: string[], note: string): void {
  let end = words.length;
  while (end > 2 && POST_NOMINAL.test(words[end - 1] ?? '')) end--;
  const name = words.slice(0, end);
  if (end === words.length || !name.every((w) => /\p{Ll}/u.test(w))) return;
  const elsewhere = (w: string) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu').exec(note.replaceAll(w, ''));
  if (words.slice(end).some((w) => elsewhere(w))) return;
  words.splice(end);
}

/** "王芳 Fang Wang": a name written in two scripts is read in the one with case, as a reply greets it. */
function oneScript(words: string[]): string[] {
  const cased = words.filter((w) => CASED.test(w));
  return cased.length > 0 && cased.length < words.length && words.every((w) => CASED.test(w) || CASELESS.test(w))
    ? cased
    : words;
}

const NICKNAME = /^(\S+) ["“]([\p{Lu}][\p{L}\p{M}'’-]+)["”] (?=\S)/u;

/**
 * 'Tyrone "Ty" Whitaker': the name they go by when the note writes it so ("Ty Whitaker, we were…"),
 * else the given name without the quoted one.
 */
function nicknamed(raw: string, note: string): string {
  const m = NICKNAME.exec(raw.trim());
  if (!m) return raw;
  const rest = raw.trim().slice(m[0].length);
  const surname = rest.split(/[\s,]/)[0] ?? '';
  return note.includes(`${m[2]} ${surname}`) ? `${m[2]} ${rest}` : `${m[1]} ${rest}`;
}

/**
 * The note's words, once per note: who-is-who asks of many candidate names against the same note.
 * "Ines's husband": a name written only in the possessive is in the note.
 */
let lastNote: { note: string; words: Set<string> } | null = null;
function noteWords(note: string): Set<string> {
  if (lastNote?.note !== note) {
    const words = new Set(wordsOf(note));
    for (const w of words) if (w.endsWith("'s") || w.endsWith('’s')) words.add(w.slice(0, -2));
    lastNote = { note, words };
  }
  return lastNote.words;
}

/** A note typed in capitals ("PLEASE REFER ME … - DEAN") signs its name in capitals too. */
const shouted = (note: string) => {
  const letters = note.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && (note.match(/\p{Lu}/gu) ?? []).length * 2 > letters.length;
};

/**
 * The names already read against the note being read: who-is-who asks about the same words from
 * several sources (the sign-off, the signature, the header), so each is read once. Who-is-who starts
 * it afresh for each note, so nothing carries over from one triage to the next.
 */
const readNames = new Map<string, string | null>();
let namesReadIn: string | null = null;

export function startReadingNames(): void {
  namesReadIn = null;
}

export function asName(raw: string | null | undefined, note: string): string | null {
  if (!raw) return null;
  if (note !== namesReadIn) {
    readNames.clear();
    namesReadIn = note;
  }
  const seen = readNames.get(raw);
  if (seen !== undefined || readNames.has(raw)) return seen ?? null;
  const name = readName(raw, note);
  readNames.set(raw, name);
  return name;
}

/**
 * "WASHINGTON, TYRELL J.", "NGUYEN, Thi Lan": a surname in capitals, a comma, then the given names, as
 * registers and service records write a name; turned round to how a person reads it. Not "SMITH, RN":
 * after the comma come name words and initials, none a post-nominal.
 */
function turnedRound(raw: string): string {
  const m = /^(\p{Lu}[\p{Lu}'’-]+),\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\.?){0,2})\.?$/u.exec(
    raw.trim(),
  );
  if (!m?.[1] || !m[2]) return raw;
  const given = m[2].split(/\s+/);
  return nameWords(given) && !given.some((w) => isCredential(w)) ? `${m[2]} ${m[1]}` : raw;
}

function readName(raw: string, note: string): string | null {
  // A title goes before the nickname is read: 'Dr. Robert "Bob" Smith'.
  const untitled = turnedRound(rankOff(raw.trim()).replace(TITLE, '').replace(LOCAL_TITLE, ''));
  const words = withoutClosing(oneScript(bare(nicknamed(untitled, note)).split(/\s+/).filter(Boolean)));
  if (closes(words)) return null;
  // Trailing credentials written without a comma ("Omar Haddad PE", "Sam Lee Jr.") go.
  while (words.length > 1 && isCredential(words[words.length - 1] ?? '')) words.pop();
  withoutPostNominals(words, note);
  const name = words.join(' ');
  if (!name || name.length > 60 || words.length - words.filter((w) => PARTICLE.test(w)).length > 4) return null;
  if (P.PLACEHOLDER_PATTERNS.some(([, p]) => p.test(name)) || /[[\]{}<>@#%\d_/]/.test(name)) return null;
  if (!nameWords(words) || words.some((w) => FUNCTION.has(w.toLowerCase()))) return null;
  // Two to four capitals alone are initials or an acronym ("SRE here"), not a name (credentials like "RN", "CPA" are never-name words); nor is an initial ("K.").
  if (words.length === 1 && /^\p{Lu}{2}$/u.test(name)) return null;
  if (words.length === 1 && /^\p{Lu}{3,4}$/u.test(name) && !shouted(note)) return null;
  // Initials alone ("K.", "R.K.T.", "J. D.") stand for a name without giving it.
  if (words.every((w) => /^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(w))) return null;
  // "St Brigid's choir", "Saint Luke's": a saint's name names a church, a school or a street, not someone the note is about.
  if (words.length > 1 && /^(?:St\.?|Saint)$/u.test(words[0] ?? '')) return null;
  const inNote = noteWords(note);
  if (!wordsOf(name).every((w) => inNote.has(w))) return null;
  return inItsCase(name, note);
}

/**
 * A name in capitals ("DEAN", "RAFAEL SOUZA") as the note writes it elsewhere ("Rafael Souza"), else
 * with a capital to each word: a reply greets "Dean", not "DEAN".
 */
export function inItsCase(name: string, note: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  const escaped = escapeRegex(name);
  const seen = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu');
  const mixed = [...note.matchAll(seen)].map((m) => m[0]).find((m) => /\p{Ll}/u.test(m));
  // "O'CONNELL" is "O'Connell": a one-letter prefix before an apostrophe takes the capital after it too.
  const capitalized = name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return (
    mixed ?? capitalized.replace(/(?<![\p{L}])(\p{Lu}['’])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
  );
}

/**
 * Two given names of the same person: equal, or one the short form of the other ("Seun" for
 * "Oluwaseun", "Dan" for "Daniel"), three letters or more at its start or its end.
 */
export function sameGivenName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short.length >= 3 && (long.startsWith(short) || long.endsWith(short)));
}

/**
 * "Ananya K" as a mail header shortens her, "Ananya Krishnamurthy" as the note writes her: a name whose
 * surname is an initial, in full where the note writes the same given name with a surname of that letter.
 */
export function withSurnameSpelled(name: string | null, note: string): string | null {
  const m = name ? /^(\p{Lu}[\p{L}\p{M}'’-]+) (\p{Lu})\.?$/u.exec(name) : null;
  if (!m) return name;
  const full = new RegExp(`(?<![\\p{L}])${m[1]} ${m[2]}[\\p{Ll}\\p{M}'’-]{2,}(?![\\p{L}])`, 'u').exec(note)?.[0];
  return asName(full, note) ?? name;
}
