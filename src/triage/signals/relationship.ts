import type { Reading } from '../reading/reading.js';
import { phraseMatcher } from '../shared/phrases.js';

/**
 * Who the candidate is to the referrer, as the note shows it. It sets the warmth of a reply, never
 * the evidence a yes needs: a friend without a result still gets asked for one, only more warmly.
 */
export type Relationship = 'friend' | 'formerColleague' | 'fellowAlum' | 'mutualContact' | 'stranger';

const OPENING_SENTENCES = 3;

/** Strongest first: a friend who was also a colleague is written to as a friend. */
const SIGNS: ReadonlyArray<readonly [Relationship, RegExp, RegExp?]> = [
  [
    'friend',
    phraseMatcher(`
      (old|good|dear) friend
      long time no (see|talk|speak)
      (it'?s )?been (ages|too long)
      we (did|took|survived|went through) [^.!?]{0,40} together
      (our|the) (college|school|uni|university|bootcamp|culinary school|nursing school|grad school) days
    `),
  ],
  [
    'formerColleague',
    phraseMatcher(`
      (worked|overlapped|sat) (with|next to|beside|under|alongside) you
      (I was|when I was) on your (team|unit|ward|crew|desk|shift)
      you were my (\\w+ ){0,2}(manager|lead|boss|supervisor|mentor|preceptor|teammate)
      (covered|worked|picked up) (your|\\w+ ){0,2}(shifts?|clinic|sprints?)
      our time together
    `),
    // A name needs its capital: "It's Dana from Cloudcore" is someone the referrer knows.
    /\b[Ii]t'?s [A-Z][a-z]+ from\b/,
  ],
  [
    'fellowAlum',
    phraseMatcher(`
      fellow (alum|alumn\\w*|graduate|grad)
      (we both|both of us) (went to|studied at|graduated from|did)
      same (school|program|programme|class|cohort|bootcamp|university|college)
      (alum|alumn\\w*) (network|group|directory|association)
    `),
  ],
  [
    'mutualContact',
    phraseMatcher(`
      (friend|colleague|teammate|manager) of yours
      mutual (friend|connection|contact|colleague)
      (introduc\\w+|connect\\w*) (us|the two of us|you two)
      looping you in
      (suggested|recommended|told me) (I|that I|me to) (write|reach out|contact|ask|get in touch|talk)
      knows? you from
      [a-z]+ from your (team|unit|ward|group|department)
    `),
    // someone named sent them, or the paste quotes the introduction itself ("Denise, meet Shayla")
    /\b(?!You\b|I\b)[A-Z][a-z]+ (?:suggested|recommended|mentioned|said|told me|pointed me|introduced)\b|\b[A-Z][a-z]+, meet [A-Z][a-z]+\b/,
  ],
  // "We worked together" after a named contact is the candidate and that contact, so it reads last.
  ['formerColleague', phraseMatcher('we (worked|overlapped|were) (together|on the same team)')],
];

/**
 * Read from the opening sentences and the sentence that says why this referrer: a relationship is
 * stated up front ("It's Dana from Cloudcore"), and reading the whole note costs more than it finds.
 */
export function readRelationship(reading: Reading, whyMe: string | null): Relationship {
  const opening = reading.body.slice(0, OPENING_SENTENCES).map((s) => s.text);
  const text = [...opening, ...(whyMe && !opening.includes(whyMe) ? [whyMe] : [])].join(' ');
  return SIGNS.find(([, words, named]) => words.test(text) || named?.test(text))?.[0] ?? 'stranger';
}
