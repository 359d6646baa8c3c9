/** A sentence of the normalized request with its position, so evidence can point back into the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the line the sentence sits on; greetings and sign-offs are told apart by lines. */
  line: number;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sr',
  'jr',
  'st',
  'approx',
  'incl',
  'no',
  'a.m',
  'p.m',
  // inside job titles: "Community Assoc. Mgr.", "Asst. Coach"
  'assoc',
  'asst',
  'dept',
]);
const MAX_SENTENCE = 600;
/** A given name written short before the rest of the name: "Ma. Cristina" (María), "Wm. Okafor", "Jno. Reyes". */
export const GIVEN_NAME_SHORT = new Set(['ma', 'wm', 'chas', 'geo', 'thos', 'jas', 'jno', 'jos', 'fco', 'fdo']);

/** Whether the period at dotIndex ends an abbreviation ("Dr.", "e.g."), not a sentence; "120 ms." is a unit. */
export function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && i > dotIndex - 8 && /[a-z.]/i.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dotIndex).toLowerCase();
  if (word === 'ms' && /\d\s?$/.test(text.slice(Math.max(0, i - 1), i + 1))) return false;
  // An initial ("Willie B. said…") is a name, not an end; the pronoun "I" is not one.
  const initial =
    dotIndex - i === 2 &&
    /[A-HJ-Z]/.test(text[dotIndex - 1] ?? '') &&
    /(?:^|\s)\p{Lu}[\p{L}'-]*\s$/u.test(text.slice(Math.max(0, i - 30), i + 1));
  // Dotted initials before a name ("A.K. Ramaswamy", "J.R. Ortiz") are the name's, not an end; "P.S." still ends.
  const initials =
    /^(?:[a-z]\.)+[a-z]$/.test(word) &&
    !/^(?:p\.)+s$|^n\.b$/.test(word) &&
    /^[A-Z.]+$/.test(text.slice(i + 1, dotIndex)) &&
    /^\s(?:\p{Lu})?\p{Ll}/u.test(text.slice(dotIndex + 1, dotIndex + 4));
  // Spaced initials before a name ("R. K. Subramanian"): each has another beside it.
  const spaced =
    dotIndex - i === 2 &&
    /\p{Lu}/u.test(text[dotIndex - 1] ?? '') &&
    (/^\s\p{Lu}\.\s/u.test(text.slice(dotIndex + 1, dotIndex + 5)) ||
      (/(?:^|\s)\p{Lu}\.\s$/u.test(text.slice(Math.max(0, i - 3), i + 1)) &&
        /^\s\p{Lu}\p{Ll}/u.test(text.slice(dotIndex + 1, dotIndex + 4))));
  // A dotted degree or abbreviation before a word in lower case ("our M.Ed. students", "a Ph.D. program"): mid-sentence.
  const dotted = /\p{L}\.\p{L}/u.test(word) && /^\s\p{Ll}/u.test(text.slice(dotIndex + 1, dotIndex + 3));
  const givenName =
    GIVEN_NAME_SHORT.has(word) &&
    /^\p{Lu}/u.test(text.slice(i + 1)) &&
    /^\s\p{Lu}\p{Ll}/u.test(text.slice(dotIndex + 1, dotIndex + 4));
  // A firm's suffix mid-sentence: "at SGV & Co. (EY Philippines) in audit", "Acme Inc. for two years".
  const firm =
    /^(?:co|inc|ltd|corp)$/.test(word) &&
    (/&\s?$/.test(text.slice(Math.max(0, i - 1), i + 1)) ||
      /^\s[(\p{Ll}]/u.test(text.slice(dotIndex + 1, dotIndex + 3)));
  return (
    initial ||
    initials ||
    spaced ||
    dotted ||
    givenName ||
    firm ||
    inShortAside(text, dotIndex) ||
    ABBREVIATIONS.has(word)
  );
}

/**
 * A period in a short aside that closes soon after it ("(ref. 4471)", "(cf. Table 2)", "(approx. 30 min)"):
 * an abbreviation's dot, since a sentence does not end inside a parenthesis it has not closed.
 */
function inShortAside(text: string, dotIndex: number): boolean {
  return (
    /\([^()\n]{1,12}$/.test(text.slice(Math.max(0, dotIndex - 12), dotIndex)) &&
    /^ [^.!?()\n]{1,30}\)/.test(text.slice(dotIndex + 1, dotIndex + 34))
  );
}

/**
 * Splits on line breaks and on sentence punctuation followed by a space. Runs in one pass; an
 * unpunctuated wall of text is cut every MAX_SENTENCE characters so no later step sees a huge "sentence".
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let line = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e, line });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      line++;
      continue;
    }
    const next = text[i + 1];
    if ((ch === '.' || ch === '!' || ch === '?') && (next === ' ' || next === undefined)) {
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
      push(i + 1);
      start = i + 1;
      continue;
    }
    if (i - start >= MAX_SENTENCE && ch === ' ') {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return sentences;
}

const COUNTED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words in the text ("new-hire" and "don't" are one each). */
export function countWords(text: string): number {
  // exec in a loop: match() would build an array of every word only to read its length.
  let count = 0;
  COUNTED_WORD.lastIndex = 0;
  while (COUNTED_WORD.exec(text)) count++;
  return count;
}

/** Whether the text has at least `n` words; stops counting there. */
export function hasWords(text: string, n: number): boolean {
  COUNTED_WORD.lastIndex = 0;
  for (let count = 0; count < n; count++) if (!COUNTED_WORD.exec(text)) return false;
  return true;
}
