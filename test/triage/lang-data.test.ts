/**
 * The phrase data of French, German, Italian and Hinglish, compiled the way the stages compile
 * English (signals/patterns.ts, reading/reading.ts, intake/normalize.ts, fit/disciplines.ts), each
 * key against phrasings that must match and one near miss that must not: a Duckling-style table per
 * language, in lang-data/.
 */

import { describe, expect, it } from 'vitest';
import { LIST as DE_LIST } from '../../src/triage/lang/de/disciplines.js';
import { de } from '../../src/triage/lang/de/index.js';
import { LIST as EN_LIST } from '../../src/triage/lang/en/disciplines.js';
import { en } from '../../src/triage/lang/en/index.js';
import { LIST as FR_LIST } from '../../src/triage/lang/fr/disciplines.js';
import { fr } from '../../src/triage/lang/fr/index.js';
import { LIST as HI_EN_LIST } from '../../src/triage/lang/hi-en/disciplines.js';
import { hiEn } from '../../src/triage/lang/hi-en/index.js';
import type { Phrases } from '../../src/triage/lang/index.js';
import { LIST as IT_LIST } from '../../src/triage/lang/it/disciplines.js';
import { it as italian } from '../../src/triage/lang/it/index.js';
import { ENGLISH_ONLY } from '../../src/triage/lang/phrases-type.js';
import type { Discipline } from '../../src/triage/lang/types.js';
import { alternation, compile, phraseMatcher, type RegexData } from '../../src/triage/shared/phrases.js';
import { DE } from './lang-data/de.js';
import { FR } from './lang-data/fr.js';
import { HI_EN } from './lang-data/hi-en.js';
import { IT } from './lang-data/it.js';
import type { LanguageTable } from './lang-data/table.js';

type Key = keyof Phrases;
type Test = (text: string) => boolean;

const re = (source: string, flags: string): Test => {
  const pattern = new RegExp(source, flags.replace('g', ''));
  return (text) => pattern.test(text);
};
const phrases =
  (wholeWord = false) =>
  (list: string): Test => {
    const pattern = phraseMatcher(list, { wholeWord });
    return (text) => pattern.test(text);
  };
const pairs = (list: ReadonlyArray<readonly [string, RegexData]>, checkNeeds: boolean): Test => {
  const compiled = list.map(([needs, p]) => [needs, new RegExp(p.source, p.flags)] as const);
  return (text) => compiled.some(([needs, p]) => (!checkNeeds || text.includes(needs)) && p.test(text));
};

/** How each key is compiled where the stages read it. */
const COMPILE = {
  REFERRAL_ASK: phrases(),
  ADVICE_ASK: phrases(true),
  FIT_OUTSOURCED: (s: string) => re(s, 'i'),
  ANSWERS_AN_ASK: phrases(),
  IMPLIED_ASK: phrases(),
  GRACEFUL_EXIT: phrases(),
  PRAISE: (s: string) => re(s, 'i'),
  FLATTERY: phrases(),
  PRESSURE: phrases(),
  CONTACTED: (s: string) => re(s, 'i'),
  FOLLOW_UP: phrases(),
  CONTACT_VERB: (s: string) => re(s, 'gi'),
  QUANTIFIER: (s: string) => re(s, 'gi'),
  REPEATED_BUMP: (s: string) => re(s, 'i'),
  ORDINAL_MESSAGE: (s: string) => re(s, 'i'),
  PLACEHOLDER_PATTERNS: (l: ReadonlyArray<readonly [string, RegexData]>) => pairs(l, true),
  ON_BEHALF: phrases(),
  NOT_A_REFERRAL: phrases(),
  SERVICE_ASK: phrases(),
  JOB_TALK: (s: string) => re(`\\b${alternation(s)}\\b`, 'i'),
  BROADCAST: (s: string) => re(alternation(s), 'i'),
  REFERRER_WORK: (s: string) => re(s, 'i'),
  REFERRER_WORK_NAMED: (s: string) => re(s, 'i'),
  REFERRER_DID: (s: string) => re(s, 'i'),
  SEEN_WORK: (s: string) => re(s, 'i'),
  WHY_ME_PATTERNS: (l: Phrases['WHY_ME_PATTERNS']) => {
    const compiled = l.map(compile);
    return (text: string) => compiled.some((p) => p.test(text));
  },
  PROOF_IMPACT_VERB: phrases(true),
  METRIC_UNIT: (s: string) => re(s, 'i'),
  COUNTED: (s: string) => re(s, 'i'),
  PROOF_METRIC: (s: string) => re(alternation(s), 'i'),
  QUANTITY: (s: string) => re(s, 'i'),
  PROOF_IN_WORDS: (s: string) => re(alternation(s), 'i'),
  PROOF_WORK_RATE: (s: string) => re(s, 'i'),
  PROOF_FROM_TO: (s: string) => re(s, 'i'),
  NOT_A_PROOF: phrases(),
  BACKGROUND: (s: string) => re(`\\b${alternation(s)}`, ''),
  ASPIRATION: (s: string) => re(alternation(s), 'gi'),
  MEETING_PLACE: (s: string) => re(s, 'gi'),
  SECOND_PERSON: (s: string) => re(s, 'i'),
  FIRST_PERSON: (s: string) => re(s, 'i'),
  SELF_NAME: (s: string) => re(s, 'u'),
  ATTACHMENT_KINDS: (l: ReadonlyArray<readonly [string, RegexData]>) => pairs(l, false),
  ATTACHED: phrases(true),
  RESUME_HEADER: (s: string) => re(s, 'i'),
  GREETING: (s: string) => re(s, 'iu'),
  GREETING_PREFIX: (s: string) => re(s, 'iu'),
  SIGN_OFF: (s: string) => re(s, 'iu'),
  INTRODUCTION: phrases(),
} satisfies { [K in Key]: (data: Phrases[K]) => Test };

function matcherFor(data: Phrases, key: Key): Test {
  return (COMPILE[key] as (d: unknown) => Test)(data[key]);
}

/** A discipline list compiled as fit/disciplines.ts compiles English's: one matcher per discipline. */
function disciplineMatchers(list: Array<[Discipline, string]>): Map<string, RegExp> {
  return new Map(
    list.map(([discipline, p]) => [discipline.id, new RegExp(`\\b${alternation(p.split(' | ').join('\n'))}\\b`, 'i')]),
  );
}

const LANGUAGES: Array<{
  code: string;
  data: Phrases & { QUOTED_HEADER?: string };
  list: Array<[Discipline, string]>;
  table: LanguageTable;
}> = [
  { code: 'fr', data: fr, list: FR_LIST, table: FR },
  { code: 'de', data: de, list: DE_LIST, table: DE },
  { code: 'it', data: italian, list: IT_LIST, table: IT },
  { code: 'hi-en', data: hiEn, list: HI_EN_LIST, table: HI_EN },
];

const KEYS = Object.keys(en).filter((k) => !(ENGLISH_ONLY as readonly string[]).includes(k)) as Key[];

describe.each(LANGUAGES)('phrase data: $code', ({ data, list, table }) => {
  it('has every key English has, and a table row for each', () => {
    expect(Object.keys(data)).toEqual(expect.arrayContaining(KEYS));
    expect(Object.keys(table.keys)).toEqual(expect.arrayContaining(KEYS));
  });

  it.each(KEYS)('%s matches its phrasings and not its near miss', (key) => {
    const test = matcherFor(data, key);
    const row = table.keys[key];
    expect(row.match.length).toBeGreaterThanOrEqual(2);
    for (const text of row.match) expect({ text, matched: test(text) }).toEqual({ text, matched: true });
    expect({ text: row.miss, matched: test(row.miss) }).toEqual({ text: row.miss, matched: false });
  });

  it('reads the header of quoted mail', () => {
    const header = new RegExp(data.QUOTED_HEADER ?? '(?!)', 'i');
    for (const line of table.quotedHeader.match)
      expect({ line, matched: header.test(line) }).toEqual({ line, matched: true });
    expect(header.test(table.quotedHeader.miss)).toBe(false);
  });

  it('names at least 40 of English’s disciplines, by the same ids', () => {
    const ids = new Set(EN_LIST.map(([d]) => d.id));
    expect(list.length).toBeGreaterThanOrEqual(40);
    for (const [d] of list) expect(ids.has(d.id)).toBe(true);
    expect(new Set(list.map(([d]) => d.id)).size).toBe(list.length);
    // every group fit builds compiles, as the one pattern of all phrases does
    expect(
      () => new RegExp(`\\b${alternation(list.flatMap(([, p]) => p.split(' | ')).join('\n'))}\\b`, 'i'),
    ).not.toThrow();
  });

  it.each(table.disciplines.match)('reads "%s" as %s', (title, id) => {
    expect(disciplineMatchers(list).get(id)?.test(title)).toBe(true);
  });

  it('reads no discipline in its near miss', () => {
    const matchers = [...disciplineMatchers(list).values()];
    expect(matchers.filter((m) => m.test(table.disciplines.miss))).toEqual([]);
  });
});
