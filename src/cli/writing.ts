import type { TriageResult } from '../triage/index.js';
import { BLURBS } from '../triage/lang/blurbs.js';
import { GIVEN_NAME_SHORT } from '../triage/reading/sentences.js';
import { SECOND_PERSON } from '../triage/signals/patterns.js';
import { FORM_OR_ROAD_I, NUMERAL_I } from '../triage/writing/person.js';

/** The sentence splitter's given names written short, capitalised as a name starts: "Ma. Cristina". */
const GIVEN_NAME_DOT = new RegExp(
  String.raw`\b(${[...GIVEN_NAME_SHORT].map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|')})\.(?=\s\p{Lu}\p{Ll})`,
  'gu',
);

/**
 * Dots inside a name end no sentence: their dots go before sentences are counted. Dotted initials ("A.K.
 * Ramaswamy", "R. K. Subramanian", "T. Ferreira"), a given name written short ("Ma. Cristina", "Wm.
 * Okafor"), a firm's suffix before more of the sentence ("SGV & Co. (EY Philippines)"), a title before a
 * name ("St. Agnes") and a dotted short form in lower case before more of the sentence ("the 5 a.m. show").
 */
export const withoutInitialDots = (text: string) =>
  text
    .replace(/(?<![\p{L}.])((?:\p{Lu}\.){2,})(?=\s)/gu, (m) => m.replaceAll('.', ''))
    .replace(/(?<![\p{L}.])(?:\p{Lu}\. )*[A-HJ-Z]\.(?=\s\p{Lu}\p{Ll})/gu, (m) => m.replaceAll('.', ''))
    .replace(GIVEN_NAME_DOT, '$1')
    .replace(/(&\s?Co|\b(?:Inc|Ltd|Corp))\.(?=\s[(\p{Ll}])/gu, '$1')
    // A title or a saint's name before a name ("St. Agnes", "Dr. Liu"); "a.m.", "e.g." before more of the sentence.
    .replace(/\b(St|Mt|Ft|Dr|Mr|Mrs|Ms)\.(?=\s\p{Lu})/gu, '$1')
    .replace(/(?<![\p{L}.])((?:\p{Ll}\.)+\p{Ll})\.(?=\s[\p{Ll}\p{N}])/gu, (m) => m.replaceAll('.', ''));

/** The language a blurb names when it quotes a note in another language ("in Spanish: “…”"). */
const LANGUAGE_NAMES = ['spanish', 'portuguese', 'french', 'german', 'italian', 'hinglish'];

/** The words of the blurb's own sentences in the other working languages (lang/<code>/blurb.ts): German capitalizes its nouns. */
const LOCAL_FRAME_WORDS = Object.values(BLURBS).flatMap(
  (wording) =>
    JSON.stringify(wording)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
);

/** A result quoted after a colon, as the note says it ("so: „…“", "(in Italian: «…»)"): the note's words, not the blurb's. */
const QUOTED_RESULT = /:\s*[«„“”"]\s?[^«»„“”"]*[»“”"]/gu;

/**
 * The blurb's invariants (issue 11): what a hiring channel must never read in a blurb with the
 * referrer's name on it. Each rule returns whether a blurb breaks it; `npm run eval` counts them.
 */
export const BLURB_RULES = {
  /** The blurb is about the candidate, for the channel: it never addresses anyone. */
  secondPerson: (blurb: string) => SECOND_PERSON.test(blurb),
  /** The candidate's own first person, left untranslated ("I led", "my team"). */
  firstPerson: (blurb: string) => {
    // "Public Safety Dispatcher I role": a level in a title, not the candidate speaking.
    const text = blurb
      .replace(QUOTED_RESULT, ': ""')
      .replace(/(?<=\p{Lu}[\p{L}-]* )I(?= (?:role|position|opening|job)\b|[,.(]| \()/gu, 'one')
      // "a Phase I trial": a numeral or a level after its head word, as the retelling keeps it.
      .replace(NUMERAL_I, '$1one')
      // "their I-9", "the I-5": a form's or a road's name.
      .replace(FORM_OR_ROAD_I, 'one');
    return (
      /(?:^|[^\p{L}'’])(?:I|I'm|I've|I'd|I'll|me|my|myself)(?![\p{L}'’])/u.test(text) ||
      // "mine" the pronoun ("a friend of mine"), not the place ("an underground copper mine")
      /\b(?:is|are|was|were|of|than|like|as) mine\b/i.test(text) ||
      /(?:^|[\s(])i(?:\s|'m\b|'ve\b)/.test(text)
    );
  },
  /** The same run of six words twice. */
  repeatedRun: (blurb: string) => {
    const words = blurb.toLowerCase().match(/[\p{L}\p{N}%$'’-]+/gu) ?? [];
    const seen = new Set<string>();
    for (let i = 0; i + 6 <= words.length; i++) {
      const run = words.slice(i, i + 6).join(' ');
      if (seen.has(run)) return true;
      seen.add(run);
    }
    return false;
  },
  /** A label the note used, kept as a lead-in ("The short version:", "Role:"). */
  labelLeadIn: (blurb: string) =>
    /(?:^|[.!?]\s+)(?:the short version|in short|tl;?dr|summary|the exact role is|role|background|result|about me)\s*[:-]/i.test(
      blurb,
    ) || /(?:^|[.!?]\s+)(?:[-•*]|(?:[\p{L}-]+\s){0,2}[\p{L}-]+:\s)/u.test(blurb),
  /** At most three sentences and 75 words. */
  tooLong: (blurb: string) =>
    (withoutInitialDots(blurb).match(/[.!?](?:\s|$)/g) ?? []).length > 3 || (blurb.match(/\S+/g) ?? []).length > 75,
} as const;

/** The candidate and the role, when the note gives them, are in the blurb: the channel reads it alone. */
function namesWhoAndWhat(blurb: string, candidate: Partial<TriageResult['candidate']> | undefined): boolean {
  const first = candidate?.name?.split(/\s+/)[0];
  const role = candidate?.targetRole;
  return (!first || blurb.includes(first)) && (!role || blurb.toLowerCase().includes(role.toLowerCase()));
}

export type BlurbRule = keyof typeof BLURB_RULES | 'missingNames' | 'untraced';

/** Capitalized words the blurb's own frame uses; every other one is a fact and must come from the note. */
const FRAME_WORDS = new Set([
  'the',
  'their',
  'they',
  'our',
  'fit',
  'role',
  'opening',
  ...LANGUAGE_NAMES,
  ...LOCAL_FRAME_WORDS,
]);

/**
 * The facts in a blurb that neither the note nor the referrer's profile holds: each number, and each
 * capitalized word inside a sentence (a name, a company, a product). Empty when everything traces.
 */
export function untracedFacts(blurb: string, source: string): string[] {
  const text = blurb.replace(/\bhttps?:\/\/\S+/gi, ' ');
  const haystack = source.toLowerCase();
  const numbers = (text.match(/\d[\d,.]*\d|\d/g) ?? []).filter((n) => !haystack.includes(n.toLowerCase()));
  const names = [...text.matchAll(/(?<=[\p{L}\p{N},;:)]\s)[\p{Lu}][\p{L}'’&-]*/gu)]
    .map((m) => m[0].replace(/['’]s$/, ''))
    .filter((w) => !FRAME_WORDS.has(w.toLowerCase()) && !haystack.includes(w.toLowerCase()));
  return [...numbers, ...names];
}

type Checked = Pick<TriageResult, 'blurb'> & { candidate?: Partial<TriageResult['candidate']> };

/** The rules a result's blurb breaks (none when there is no blurb). */
export function blurbProblems(result: Checked, source?: string): BlurbRule[] {
  // Links are the role's, quoted as they are: their letters are not words of the blurb.
  const blurb = result.blurb?.replace(/\bhttps?:\/\/\S+/gi, ' ');
  if (!blurb) return [];
  const broken: BlurbRule[] = (Object.keys(BLURB_RULES) as Array<keyof typeof BLURB_RULES>).filter((rule) =>
    BLURB_RULES[rule](blurb),
  );
  if (source !== undefined && untracedFacts(result.blurb ?? '', source).length > 0) broken.push('untraced');
  return namesWhoAndWhat(result.blurb ?? '', result.candidate) ? broken : [...broken, 'missingNames'];
}

/** How many blurbs break each rule, over a set of results; with each note's source text, facts are traced too. */
export function writingCounts(
  results: readonly Checked[],
  sources?: readonly string[],
): {
  blurbs: number;
  counts: Record<BlurbRule, number>;
} {
  const rules = [...Object.keys(BLURB_RULES), 'missingNames', 'untraced'];
  const counts = Object.fromEntries(rules.map((rule) => [rule, 0])) as Record<BlurbRule, number>;
  results.forEach((result, i) => {
    for (const rule of blurbProblems(result, sources?.[i])) counts[rule]++;
  });
  return { blurbs: results.filter((r) => r.blurb).length, counts };
}
