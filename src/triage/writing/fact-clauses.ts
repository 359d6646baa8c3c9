/**
 * The note's sentences as the blurb may retell them (issue 22): the clauses that say what the candidate
 * did, without the note's address to the reader, its greeting, its labels and its ask.
 */
import { withoutEndPunctuation, withoutLinks } from '../shared/text.js';
import * as Result from './result-clause.js';

/** A label the note put before its point ("The short version:", "Result:") is the note's framing, not the blurb's. */
const LABEL_LEAD_IN =
  /^(?:[-•*]\s*)?(?:(?:the short version|in short|tl;?dr|summary|about me|background|results?|highlights?|proof)\s*[:\-–—]|(?:[\p{L}-]+\s){0,2}[\p{L}-]+:)\s*/iu;

/** A sentence opened by the name of the one it speaks to ("Dolores — Femi and I worked…"): the name is the note's address. */
const ADDRESSED = /^\p{Lu}[\p{L}'’-]+\s+[—–]\s+(?=\S)/u;

/** A greeting the note's first sentence opens on ("Good morning Dr. Imre, I…"): said to the reader, never to the channel. */
const GREETING = /^(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening))(?:\s[^,!?\n]{0,40})?,\s+(?=\S)/i;

/** A quotation opened and never closed: the sentence was cut out of a quoted message, whose closing mark came later. */
const UNCLOSED_QUOTE = /^["“](?=[^"“”]*$)/;

/**
 * A sentence whose subject is the reader and which says nothing of the candidate ("You qualify for a
 * $900 bonus if they are hired"): a portal's or a writer's word to the referrer, never the candidate's fact.
 */
const ABOUT_THE_READER = (text: string) =>
  /^you\b/i.test(text) && !/(?<![\w-])(?:I|I'm|I've|me|my|we|our|she|he|her|his)(?![\w-])/.test(text);

/** Links belong to the role sentence; a clause of the note may start with one it pasted, or with a label. */
export const clauseText = (text: string | null) => {
  if (!text) return null;
  const fact = factClauses(
    withoutLinks(text)
      .replace(/^[-•*]\s*/, '')
      .replace(UNCLOSED_QUOTE, '')
      .replace(GREETING, '')
      .replace(ADDRESSED, '')
      .replace(LABEL_LEAD_IN, '')
      .trim()
      .replace(/^.*$/s, Result.withoutLeadIn),
  );
  return fact && !ABOUT_THE_READER(fact) ? fact : null;
};

/**
 * Where a sentence splits into clauses: "…, and …", "; ", ": ", " — ", around an aside to the reader
 * ("…, you might remember"), one the sentence ends on ("…, maybe you saw it") too.
 */
const CLAUSE_BREAK =
  /(?<=[;:])\s+|\s+[—–]\s+|,\s+(?=(?:and|but|so|while|where)\b)|,\s+(?=(?:as |if )?you\b)|,\s+(?=(?:[A-Za-z']+\s){1,2}you\b[^,;]{0,30}$)|(?<=^[Aa]s you (?:[\w']+ ){0,2}[\w']+,)\s+/;
const ASK_THEN_REASON = /^[^,]{0,80}?\b(?:applying|apply)\b[^,]{0,80}?\b(?:because|since|as)\s+/i;
/** A clause that asks, or speaks to the reader: the note's, never the channel's. */
const NOT_A_FACT = /(?<![\w-])(?:you|your|yours|applying|apply|refer|referral)(?![\w-])/i;

/**
 * A result the candidate got on the reader's own plant or team ("your plant kW/ton went from 0.92 to
 * 0.68") is a fact, not an address: told to the hiring channel, the reader's "your" is "the".
 */
const readersResult = (clause: string) =>
  /\byour\b/i.test(clause) &&
  !/(?<![\w-])(?:you|yours|applying|apply|refer|referral)(?![\w-])/i.test(clause) &&
  Result.readsAsResult(clause);

/**
 * A clause that opens on what the reader did and goes on to the result ("you recalibrated it and our scrap
 * fell from 12% to 3%"): the blurb addresses no one, so it keeps the result and drops the reader's part.
 */
const READER_THEN = /^you\b[^,;]{0,80}?\s+and\s+(?=\S)/i;
function withoutTheReadersPart(clause: string): string {
  if (!READER_THEN.test(clause)) return clause;
  const rest = clause.replace(READER_THEN, '');
  return !NOT_A_FACT.test(rest) && Result.readsAsResult(rest) ? rest : clause;
}

/**
 * The clauses of a sentence that say what the candidate did, without the ones that address the
 * referrer or make the ask: "You'll find that's me: I'm applying for X, and on our last launch I cut
 * Y" keeps "on our last launch I cut Y". The sentence itself when every clause is of one kind.
 */
function factClauses(sentence: string): string {
  const clauses = sentence.split(CLAUSE_BREAK).map((c) => c.trim().replace(/^(?:and|but|so)\s+/i, ''));
  if (clauses.length < 2) return sentence;
  // "I'm applying because on our last launch I cut…": the reason is a fact, the ask before it is not.
  const kept = clauses
    .map((c) => withoutTheReadersPart(c.replace(ASK_THEN_REASON, '')))
    .map((c) => (readersResult(c) ? c.replace(/\byour\b/gi, 'the') : c))
    .filter((c) => c && !NOT_A_FACT.test(c));
  if (kept.length === 0 || kept.join(' ') === clauses.join(' ')) return sentence;
  const joined = kept.map((c) => withoutEndPunctuation(c)).join(', ');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}
