import type { TriageResult } from '../triage/index.js';
import { patternsFor } from '../triage/signals/patterns.js';
import { structuralResult } from '../triage/signals/proof.js';
import type { CorpusCase } from './corpus.js';
import { withoutInitialDots } from './writing.js';

/**
 * The checks of who is who and of what a yes blurb claims (issue 22), on every case that carries the
 * labels `candidateName`, `writerName` and `result` (contracts.md). Each returns whether a result breaks
 * it; `npm run eval` counts them beside the writing invariants, and any break fails the run.
 */
type Checked = Pick<TriageResult, 'recommendation' | 'candidate' | 'drafts' | 'blurb'> & {
  writer?: string | null;
  language?: TriageResult['language'];
};

const wordsOf = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];

/**
 * A name read is right when it is part of the labelled name ("Dana" for "Dana Whitfield"), or the
 * label is part of it: "Ken Nakamura" read from a Teams label "Nakamura, Ken" where the label says "Ken".
 */
export function namePartOf(got: string | null | undefined, label: string): boolean {
  if (!got) return false;
  const [want, have] = [wordsOf(label), wordsOf(got)];
  const within = (part: string[], whole: string[]) => part.length > 0 && part.every((w) => whole.includes(w));
  return within(have, want) || within(want, have);
}

/** Each word of a name appears in the note. */
function inNote(name: string, note: string): boolean {
  const words = new Set(wordsOf(note));
  return wordsOf(name).every((w) => words.has(w));
}

/** Who a draft greets: the word after "Hi"/"Hey"/"Hello" at its start; "there" greets no one. */
export function greeted(draft: string): string | null {
  const who = /^(?:Hi|Hey|Hello|Dear)\s+([^,\n]{1,60}),/u.exec(draft)?.[1]?.trim();
  return !who || who === 'there' ? null : who;
}

/** The labelled result is in the blurb: all its numbers when it has any, else most of its longer words. */
export function holdsLabelledResult(blurb: string, result: string): boolean {
  const numbers = result.match(/\d[\d,.]*\d|\d/g) ?? [];
  if (numbers.length > 0) return numbers.every((n) => blurb.includes(n));
  const words = wordsOf(result).filter((w) => w.length > 3);
  const have = new Set(wordsOf(blurb));
  return words.length === 0 || words.filter((w) => have.has(w)).length / words.length >= 0.6;
}

/** Words that point at a result the sentence does not hold. */
const POINTS_AT_RESULT = /\bthe result above\b|\bbacks it with a concrete result\b|\bthat result\b/i;
/**
 * A result in a blurb: a number, or a result the triage's own patterns read (in words, from-to, time
 * saved), in English or in the note's language, since a blurb quotes a result as the note wrote it.
 */
const holdsAResult = (text: string, language = 'en') => {
  const P = patternsFor(language);
  return (
    /\d/.test(text) ||
    structuralResult(text) !== null ||
    [P.PROOF_IN_WORDS, P.PROOF_FROM_TO, P.PROOF_METRIC].some((p) => p.test(text))
  );
};

/**
 * Sentences and clauses (split at end marks, semicolons, colons and dashes) with their words. The
 * role's title is one name, however it is punctuated ("Desarrollador Backend Sr. (Java) – Pagos").
 */
const clauses = (blurb: string, role: string | null = null) =>
  withoutInitialDots(role ? blurb.split(role).join('the role') : blurb)
    .replace(/\bhttps?:\/\/\S+/gi, 'link')
    .replace(/\([^)]*\)/g, '')
    .split(/(?<=[.!?])\s+|[;:]\s+|\s+[—–]\s+/)
    .map((c) => c.trim())
    .filter(Boolean);

/** Words after which a capital I is a numeral or a level ("Phase I", "Level I"), never the pronoun. */
const NUMERAL_I = /\b(\p{Lu}[\p{L}-]+) I\b/gu;

function pronounedNumeral(blurb: string, note: string): boolean {
  for (const m of note.matchAll(NUMERAL_I)) {
    const head = m[1] as string;
    const before = note.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    // A sentence start ("Today I") or a name before "and I" is the pronoun's place; an article before the head is not.
    if (!/\b(?:a|an|the|our|my|their|of|for|in)\s+$/i.test(before)) continue;
    if (new RegExp(`\\b${head} they\\b`).test(blurb)) return true;
  }
  return false;
}

export const PEOPLE_RULES = [
  'wrongName',
  'nameNotInNote',
  'wrongWriter',
  'greetsSomeoneElse',
  'blurbWithoutName',
  'blurbWithoutResult',
  'pointsAtMissingResult',
  'fragment',
  'numeralAsThey',
] as const;
export type PeopleRule = (typeof PEOPLE_RULES)[number];

/** The rules a result breaks against its case's labels; a case without the labels is not judged. */
export function peopleProblems(c: CorpusCase, got: Checked): PeopleRule[] {
  const { expect: want } = c;
  if (want.candidateName === undefined) return [];
  const broken: PeopleRule[] = [];
  const name = got.candidate.name;
  const label = want.candidateName;
  if (label !== null && !namePartOf(name, label)) broken.push('wrongName');
  if (label === null && name && !inNote(name, `${c.text}\n${c.author ?? ''}`)) broken.push('nameNotInNote');
  const writer = want.writerName ?? null;
  if (writer ? !namePartOf(got.writer, writer) : Boolean(got.writer)) broken.push('wrongWriter');
  const allowed = [label, writer].filter((n): n is string => Boolean(n));
  for (const draft of Object.values(got.drafts ?? {})) {
    const who = greeted(draft);
    if (who && !allowed.some((n) => namePartOf(who, n))) broken.push('greetsSomeoneElse');
  }
  if (got.recommendation !== 'yes' || !got.blurb) return broken;
  return [...broken, ...blurbProblems(got, label, want.result ?? null, c.text)];
}

function blurbProblems(got: Checked, label: string | null, result: string | null, note: string): PeopleRule[] {
  const blurb = got.blurb ?? '';
  const parts = clauses(blurb, got.candidate.targetRole);
  const broken: PeopleRule[] = [];
  if (label && !wordsOf(label).some((w) => wordsOf(blurb).includes(w))) broken.push('blurbWithoutName');
  if (result && !holdsLabelledResult(blurb, result)) broken.push('blurbWithoutResult');
  const language = got.language?.code;
  if (parts.some((c) => POINTS_AT_RESULT.test(c)) && !holdsAResult(blurb.replace(/https?:\S+/g, ''), language))
    broken.push('pointsAtMissingResult');
  if (parts.some((c) => (c.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4)) broken.push('fragment');
  if (pronounedNumeral(blurb, note)) broken.push('numeralAsThey');
  return broken;
}

/** How many cases break each rule, and how many cases were judged for names and how many named right. */
export function peopleCounts(pairs: ReadonlyArray<{ c: CorpusCase; got: Checked }>): {
  judged: number;
  namesRight: number;
  counts: Record<PeopleRule, number>;
} {
  const counts = Object.fromEntries(PEOPLE_RULES.map((r) => [r, 0])) as Record<PeopleRule, number>;
  let judged = 0;
  let namesRight = 0;
  for (const { c, got } of pairs) {
    if (c.expect.candidateName === undefined) continue;
    judged++;
    const broken = peopleProblems(c, got);
    if (!broken.some((r) => r === 'wrongName' || r === 'nameNotInNote' || r === 'wrongWriter')) namesRight++;
    for (const rule of new Set(broken)) counts[rule]++;
  }
  return { judged, namesRight, counts };
}
