/**
 * The matchers every signal reads, compiled once at load from a language's phrase data (lang/).
 * Every pattern is bounded (no nested quantifiers, no unbounded wildcards) and runs on one sentence
 * at a time, so the whole triage stays linear in the note's length.
 */
import { PHRASES, type Phrases } from '../lang/index.js';
import { guardedWhereSlow } from '../shared/guarded.js';
import { alternation, compile, type PatternData, phraseMatcher } from '../shared/phrases.js';

type PhraseKey = { [K in keyof Phrases]: Phrases[K] extends string ? K : never }[keyof Phrases];

/**
 * How a note's language reads a key: its own phrases, and English's beside them, since notes in
 * every language carry English titles and phrases ("no pressure at all"). English alone is English.
 */
function reader(L: Phrases, E: Phrases | null) {
  const list = (key: PhraseKey) => (E ? `${L[key]}\n${E[key]}` : L[key]);
  const source = (key: PhraseKey) => (E ? `(?:${L[key]})|(?:${E[key]})` : L[key]);
  const pairs = <T>(key: 'PLACEHOLDER_PATTERNS' | 'ATTACHMENT_KINDS' | 'WHY_ME_PATTERNS', each: (x: never) => T): T[] =>
    [...(L[key] as readonly never[]), ...((E?.[key] ?? []) as readonly never[])].map(each);
  return { list, source, pairs };
}

function signalPatterns(L: Phrases, E: Phrases | null = null) {
  const { list, source, pairs } = reader(L, E);
  const regexPair = ([k, p]: readonly [string, { source: string; flags: string }]) =>
    [k, new RegExp(p.source, p.flags)] as const;
  return {
    REFERRAL_ASK: phraseMatcher(list('REFERRAL_ASK')),
    ADVICE_ASK: phraseMatcher(list('ADVICE_ASK'), { wholeWord: true }),
    FIT_OUTSOURCED: new RegExp(source('FIT_OUTSOURCED'), 'i'),
    ANSWERS_AN_ASK: phraseMatcher(list('ANSWERS_AN_ASK')),
    IMPLIED_ASK: phraseMatcher(list('IMPLIED_ASK')),
    GRACEFUL_EXIT: phraseMatcher(list('GRACEFUL_EXIT')),
    FLATTERY: phraseMatcher(list('FLATTERY')),
    PRESSURE: phraseMatcher(list('PRESSURE')),
    FOLLOW_UP: phraseMatcher(list('FOLLOW_UP')),
    // Their groups are read by number (the count after a contact verb), so each language keeps its own.
    CONTACT_VERB: new RegExp(L.CONTACT_VERB, 'gi'),
    QUANTIFIER: new RegExp(L.QUANTIFIER, 'gi'),
    REPEATED_BUMP: new RegExp(source('REPEATED_BUMP'), 'i'),
    ORDINAL_MESSAGE: new RegExp(L.ORDINAL_MESSAGE, 'i'),
    PLACEHOLDER_PATTERNS: pairs('PLACEHOLDER_PATTERNS', regexPair),
    ON_BEHALF: phraseMatcher(list('ON_BEHALF')),
    NOT_A_REFERRAL: phraseMatcher(list('NOT_A_REFERRAL')),
    SERVICE_ASK: phraseMatcher(list('SERVICE_ASK')),
    JOB_TALK: phraseMatcher(list('JOB_TALK'), { wholeWord: true }),
    BROADCAST: new RegExp(alternation(list('BROADCAST')), 'i'),
    // Spanish, Portuguese and French phrasings are i+u patterns that lead with \b: guarded (shared/guarded.ts).
    WHY_ME_PATTERNS: pairs('WHY_ME_PATTERNS', (data: PatternData) => guardedWhereSlow(compile(data))),
    PROOF_IMPACT_VERB: phraseMatcher(list('PROOF_IMPACT_VERB'), { wholeWord: true }),
    PROOF_METRIC: new RegExp(alternation(list('PROOF_METRIC')), 'i'),
    PROOF_IN_WORDS: new RegExp(alternation(list('PROOF_IN_WORDS')), 'i'),
    PROOF_WORK_RATE: new RegExp(source('PROOF_WORK_RATE'), 'i'),
    PROOF_FROM_TO: new RegExp(source('PROOF_FROM_TO'), 'i'),
    NOT_A_PROOF: phraseMatcher(list('NOT_A_PROOF')),
    BACKGROUND: phraseMatcher(list('BACKGROUND'), { flags: '' }),
    ASPIRATION: new RegExp(alternation(list('ASPIRATION')), 'gi'),
    MEETING_PLACE: new RegExp(source('MEETING_PLACE'), 'gi'),
    SECOND_PERSON: new RegExp(source('SECOND_PERSON'), 'i'),
    FIRST_PERSON: new RegExp(source('FIRST_PERSON'), 'i'),
    SELF_NAME: new RegExp(L.SELF_NAME, 'u'),
    ATTACHMENT_KINDS: pairs('ATTACHMENT_KINDS', regexPair),
    ATTACHED: phraseMatcher(list('ATTACHED'), { wholeWord: true }),
    RESUME_HEADER: new RegExp(source('RESUME_HEADER'), 'i'),
    GREETING_PREFIX: new RegExp(source('GREETING_PREFIX'), 'iu'),
  };
}

export type Patterns = ReturnType<typeof signalPatterns>;

const ENGLISH: Patterns = signalPatterns(PHRASES.en);
const BY_LANGUAGE = new Map<string, Patterns>([['en', ENGLISH]]);

/**
 * The matchers for a note's language, compiled once, on first use: its own phrases with English's
 * beside them. English, and a language without phrase data of its own (Hinglish for now), read English.
 */
export function patternsFor(code: string): Patterns {
  let patterns = BY_LANGUAGE.get(code);
  if (!patterns) {
    const own = (PHRASES as Record<string, Phrases | undefined>)[code];
    patterns = own ? signalPatterns(own, PHRASES.en) : ENGLISH;
    BY_LANGUAGE.set(code, patterns);
  }
  return patterns;
}

export const {
  REFERRAL_ASK,
  ADVICE_ASK,
  FIT_OUTSOURCED,
  ANSWERS_AN_ASK,
  IMPLIED_ASK,
  GRACEFUL_EXIT,
  FLATTERY,
  PRESSURE,
  FOLLOW_UP,
  CONTACT_VERB,
  QUANTIFIER,
  REPEATED_BUMP,
  ORDINAL_MESSAGE,
  PLACEHOLDER_PATTERNS,
  ON_BEHALF,
  NOT_A_REFERRAL,
  SERVICE_ASK,
  JOB_TALK,
  BROADCAST,
  WHY_ME_PATTERNS,
  PROOF_IMPACT_VERB,
  PROOF_METRIC,
  PROOF_IN_WORDS,
  PROOF_WORK_RATE,
  PROOF_FROM_TO,
  NOT_A_PROOF,
  BACKGROUND,
  ASPIRATION,
  MEETING_PLACE,
  SECOND_PERSON,
  SELF_NAME,
  ATTACHMENT_KINDS,
  ATTACHED,
  RESUME_HEADER,
  GREETING_PREFIX,
} = ENGLISH;
