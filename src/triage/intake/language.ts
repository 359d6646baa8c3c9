/**
 * Which language a note is written in, and whether the triage reads it. franc-min (its trigram data
 * ships with the package, nothing is fetched) names the language; function words, as data, settle
 * the common case without it: a note that is plainly English is English, which keeps the triage fast.
 * Hinglish (romanized Hindi among English) is told by its Hindi function words in Latin script, which
 * franc reads as English. A note with an English role title, link and signature is read in its main
 * language, since those are few of its words.
 */
import { francAll } from 'franc-min';
import { FUNCTION_WORDS, HINGLISH_WORDS, LANGUAGE_NAMES, NAMES_BY_CODE } from '../lang/detection.js';
import { PHRASES } from '../lang/index.js';

export interface NoteLanguage {
  /** ISO 639-1 where there is one ("es"), "hi-en" for Hinglish, franc's ISO 639-3 code otherwise. */
  code: string;
  /** The triage reads it: signals, fit, replies. Otherwise no verdict is given. */
  supported: boolean;
}

/** The first part of a note says its language; the rest would only cost time. */
const SAMPLE_CHARS = 1200;
// Links and e-mail addresses say nothing of the language. Bounded parts: an unbounded \S+@\S+ backtracks
// through every "@" of a long run of markup.
const URL = /\bhttps?:\/\/\S+|[^\s@]{1,64}@[^\s@]{1,253}\.\S+/g;
const WORD = /\p{L}+/gu;

/** Whether a lower-cased word has a letter of a–z or à–ɏ: a code-unit loop, not a regex test per word. */
export function hasLatinLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x24f)) return true;
  }
  return false;
}

/**
 * Each function word with the languages it belongs to ("de" is Spanish, Portuguese and French) and
 * whether it is a Hinglish word: one lookup a word.
 */
interface WordClues {
  codes: string[];
  hinglish: boolean;
}
const CLUES = new Map<string, WordClues>();
const cluesOf = (word: string): WordClues => {
  const known = CLUES.get(word);
  if (known) return known;
  const clues: WordClues = { codes: [], hinglish: false };
  CLUES.set(word, clues);
  return clues;
};
for (const [code, words] of Object.entries(FUNCTION_WORDS))
  for (const word of new Set(words.split(' '))) cluesOf(word).codes.push(code);
for (const word of HINGLISH_WORDS.split(' ')) cluesOf(word).hinglish = true;

/** English is read without a library; Hinglish reads with the English phrases until it has its own. */
const ALWAYS_READ = new Set(['en', 'hi-en']);

export function isSupported(code: string): boolean {
  return ALWAYS_READ.has(code) || code in PHRASES;
}

/** The languages the triage reads, by name, for the line a note in another language gets. */
export function readLanguageNames(): string[] {
  return [...new Set([...Object.keys(PHRASES), 'hi-en'])].map((code) => NAMES_BY_CODE[code] ?? code);
}

export function languageName(code: string): string {
  return NAMES_BY_CODE[code] ?? code;
}

const ENGLISH: NoteLanguage = { code: 'en', supported: true };

function of(code: string): NoteLanguage {
  return code === 'en' ? ENGLISH : { code, supported: isSupported(code) };
}

interface Counts {
  words: number;
  latin: number;
  hinglish: number;
  hits: Record<string, number>;
}

const CODES = Object.keys(FUNCTION_WORDS);

function countWords(sample: string): Counts {
  const counts: Counts = { words: 0, latin: 0, hinglish: 0, hits: {} };
  for (const code of CODES) counts.hits[code] = 0;
  // exec in a loop rather than matchAll, which copies the pattern each call; lastIndex is reset first.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    const word = match[0].toLowerCase();
    counts.words++;
    if (!hasLatinLetter(word)) continue;
    counts.latin++;
    const clues = CLUES.get(word);
    if (!clues) continue;
    if (clues.hinglish) counts.hinglish++;
    for (const code of clues.codes) counts.hits[code] = (counts.hits[code] ?? 0) + 1;
  }
  return counts;
}

/** The language, among those with function words, whose words are most of the note's. */
function leader(hits: Record<string, number>): [string, number] {
  let best: [string, number] = ['en', hits.en ?? 0];
  for (const [code, n] of Object.entries(hits)) if (n > best[1]) best = [code, n];
  return best;
}

function isHinglish(counts: Counts): boolean {
  return counts.hinglish >= 4 && counts.hinglish * 6 >= counts.latin;
}

function englishOrHinglish(counts: Counts): NoteLanguage {
  return isHinglish(counts) ? of('hi-en') : ENGLISH;
}

export function detectLanguage(text: string): NoteLanguage {
  const head = text.slice(0, SAMPLE_CHARS);
  // Most notes hold neither a link nor an address: one includes() each spares the search.
  const sample = head.includes('http') || head.includes('@') ? head.replace(URL, ' ') : head;
  const counts = countWords(sample);
  if (counts.words < 4) return ENGLISH;
  const english = counts.hits.en ?? 0;
  const [lead, leadHits] = leader(counts.hits);
  const latinNote = counts.latin * 2 > counts.words;
  if (latinNote && isHinglish(counts)) return of('hi-en');
  // Plainly English: most function words are English ones. No library call.
  if (latinNote && lead === 'en' && english * 5 >= counts.latin) return englishOrHinglish(counts);
  const [top] = francAll(sample);
  const named = top && top[0] !== 'und' ? LANGUAGE_NAMES[top[0]] : undefined;
  const code = named?.[0] ?? top?.[0] ?? 'und';
  if (!latinNote) return code === 'und' || code === 'en' ? ENGLISH : of(code);
  if (code === 'en' || code === 'und') return englishOrHinglish(counts);
  // A Latin-script note: a language is only claimed against English with its own function words behind it.
  if (code === lead && leadHits >= 3) return of(code);
  if (!(code in FUNCTION_WORDS) && english * 12 < counts.latin && counts.latin >= 15) return of(code);
  return lead !== 'en' && leadHits >= 3 && leadHits > english * 2 ? of(lead) : englishOrHinglish(counts);
}
