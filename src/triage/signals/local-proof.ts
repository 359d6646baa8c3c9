/**
 * The proof point in a note's own language. English notes read findProof alone (detectors.ts, where
 * the structural reader of results is being wired in). A note in another language is read with its
 * language's result phrasing (lang/<code>/proof-phrases.ts) beside English's, in the same order as
 * findProof, until the structural reader takes these phrases too.
 */
import { FIRST_HAND, FOR_WORK, KIN_NAMED, THIRD_PERSON_ASK } from '../lang/en/candidate.js';
import type { Sentence } from '../reading/sentences.js';
import { findProof, type NoteContext } from './detectors.js';
import type { Patterns } from './patterns.js';
import { ABSENT, evidenceFor, present, type Signal } from './signal.js';

/**
 * A note written for someone else ("my wife Meera", "could you refer her", "while I was her manager"): its
 * "she" and "he" are the candidate. A relative named without a name ("Priya on your team is my cousin") is a why-me, not this.
 */
// The names in the first two need their capitals; the third person's ask is read, as whose-ask reads it, in any case ("She's applying").
const FOR_SOMEONE = [
  ...[KIN_NAMED, ...FOR_WORK, ...FIRST_HAND].map((source) => new RegExp(source, 'u')),
  new RegExp(THIRD_PERSON_ASK, 'iu'),
];
const writtenForSomeone = (body: readonly Sentence[]): boolean =>
  body.some((sentence) => FOR_SOMEONE.some((pattern) => pattern.test(sentence.text)));

const PERCENT = /%|percent|por ?ciento|por ?cento|pour ?cent|prozent|per ?cento/i;

function resultIn(text: string, P: Patterns): RegExpExecArray | null {
  if (P.NOT_A_PROOF.test(text) && !PERCENT.test(text)) return null;
  const metric = P.PROOF_METRIC.exec(text);
  if (metric && P.PROOF_IMPACT_VERB.test(text)) return metric;
  const inWords = P.PROOF_IN_WORDS.exec(text);
  if (inWords) return inWords;
  const change = P.PROOF_FROM_TO.exec(text);
  return change && P.PROOF_IMPACT_VERB.test(text) ? change : null;
}

export function findProofIn({ reading, patterns }: NoteContext): Signal {
  // A quoted introduction speaks of the candidate as "he" or "she": their result is the candidate's.
  // Asked lazily: only a listed result needs the answer.
  const thirdPerson = () => reading.intake.introductions.length > 0 || writtenForSomeone(reading.body);
  if (reading.language.code === 'en') {
    const own = findProof(reading.body, thirdPerson);
    return own.present ? own : resumeProof(reading.intake.resume);
  }
  // The note's own phrasing first: English's words inside another language ("process engineer", "a 200 mm fab") are no result.
  // A share that moved ("calati del 40%") beats a measure that only describes ("un fab a 200 mm"), wherever it stands.
  let first: Signal = ABSENT;
  for (const sentence of reading.body) {
    const match = resultIn(sentence.text.replace(/\bhttps?:\/\/\S+/g, ' '), patterns);
    // The share may stand after a count in the same sentence ("a cluster of 420 sites, … from 1.8% to 0.6%").
    const text = sentence.text;
    const share = match && (PERCENT.test(match[0]) || (PERCENT.test(text) && patterns.PROOF_IMPACT_VERB.test(text)));
    if (share) return present(evidenceFor(sentence, match));
    if (match && !first.present) first = present(evidenceFor(sentence, match));
  }
  if (first.present) return first;
  const english = findProof(reading.body, thirdPerson);
  if (english.present) return english;
  for (const sentence of reading.body) {
    const rate = patterns.PROOF_WORK_RATE.exec(sentence.text);
    if (rate) return present(evidenceFor(sentence, rate));
  }
  return ABSENT;
}

/**
 * A result in the résumé pasted under the ask ("Wine revenue up 27% YoY in 2023"): the candidate's own
 * words, read when the note itself holds none. Each line is read alone, without its bullet.
 */
function resumeProof(resume: string | null): Signal {
  if (!resume) return ABSENT;
  const lines = resume
    .split('\n')
    .map((line) => line.replace(/^[-•*▪◦]\s*/, '').trim())
    .filter(Boolean);
  return findProof(lines.map((text, line) => ({ text, start: 0, end: text.length, line })));
}
