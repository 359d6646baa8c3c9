import { LIST as ENGLISH } from '../lang/en/disciplines.js';
import { ENGLISH_ONLY, FIT_VOCABULARY, type FitLanguages } from '../lang/fit-vocabulary.js';
import { jobHead } from '../reading/job-nouns.js';
import { plainTitle } from '../reading/local-titles.js';
import { boundedCache } from '../shared/bounded-cache.js';
import { alternation } from '../shared/phrases.js';

/**
 * The second axis of fit: the discipline, beside the domain. A role in the referrer's domain but in
 * another discipline (an Android role asked of a backend growth lead, a data analyst role asked of a
 * warehouse operations lead) is not in their area, unless their team area names that discipline.
 * Only phrases that name a discipline count: "support tooling" is a domain, "customer support" a discipline.
 * Another language's names are read only where it is in play (fit/languages.ts): each set of
 * languages has its own matchers, built once.
 */

import type { Discipline } from '../lang/types.js';

export type { Discipline };

/** The matchers of one set of languages: English's names of each discipline, with theirs after them. */
interface Vocabulary {
  matchers: Array<{ discipline: Discipline; pattern: RegExp }>;
  any: RegExp;
  groups: Array<{ members: Vocabulary['matchers']; any: RegExp }>;
  /** Without the global flag: `test` on the scanning patterns would leave a lastIndex that makes the next scan skip a match. */
  matcherOf: Map<string, RegExp>;
  selfNamed: RegExp[];
}

/**
 * The matchers in groups of ten, each group with one pattern for all its phrases: a text that names
 * a discipline names one or two, so most groups are passed over with one test instead of ten scans.
 */
const GROUP_SIZE = 10;

function buildVocabulary(langs: FitLanguages): Vocabulary {
  const local = langs.flatMap((code) => FIT_VOCABULARY[code] ?? []);
  const list: Array<[Discipline, string]> = ENGLISH.map(([discipline, phrases]) => [
    discipline,
    [phrases, ...local.map((v) => v.DISCIPLINES[discipline.id]).filter(Boolean)].join(' | '),
  ]);
  const pattern = (phrases: string[], flags: string) => new RegExp(`\\b${alternation(phrases.join('\n'))}\\b`, flags);
  const matchers = list.map(([discipline, phrases]) => ({ discipline, pattern: pattern(phrases.split(' | '), 'gi') }));
  const groups = Array.from({ length: Math.ceil(list.length / GROUP_SIZE) }, (_, g) => ({
    members: matchers.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE),
    any: pattern(
      list.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE).flatMap(([, p]) => p.split(' | ')),
      'i',
    ),
  }));
  return {
    matchers,
    any: pattern(
      list.flatMap(([, phrases]) => phrases.split(' | ')),
      'i',
    ),
    groups,
    matcherOf: new Map(matchers.map((m) => [m.discipline.id, new RegExp(m.pattern.source, 'i')])),
    selfNamed: [SELF_NAMED, ...local.map((v) => new RegExp(v.SELF_NAMED, 'giu'))],
  };
}

const vocabularies = new Map<string, Vocabulary>();

function vocabulary(langs: FitLanguages): Vocabulary {
  const key = langs.join(',');
  let found = vocabularies.get(key);
  if (!found) {
    found = buildVocabulary(langs);
    vocabularies.set(key, found);
  }
  return found;
}

/** A cache key: the text alone for English, which is nearly every call. */
const keyOf = (text: string, langs: FitLanguages) => (langs.length === 1 ? text : `${langs.join(',')}\n${text}`);

interface Hit {
  discipline: Discipline;
  start: number;
  end: number;
}

const remembered = boundedCache<Hit[]>(1000);

/** The disciplines a text names; a phrase inside a longer one ("engineering" in "mechanical engineering") yields to it. */
export function disciplinesIn(text: string, langs: FitLanguages = ENGLISH_ONLY): Discipline[] {
  return [...new Map(hitsIn(text, langs).map((h) => [h.discipline.id, h.discipline])).values()];
}

function hitsIn(text: string, langs: FitLanguages): Hit[] {
  return remembered(keyOf(text, langs), () => scan(text, vocabulary(langs)));
}

function scan(text: string, vocab: Vocabulary): Hit[] {
  if (!vocab.any.test(text)) return [];
  const hits: Hit[] = [];
  const matchers = vocab.groups.flatMap((group) => (group.any.test(text) ? group.members : []));
  for (const { discipline, pattern } of matchers) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      hits.push({ discipline, start, end: start + m[0].length });
    }
  }
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

/** Whether a text names a discipline, alone or inside a longer phrase ("ICU nurse" names nursing). */
function names(id: string, text: string, langs: FitLanguages): boolean {
  return vocabulary(langs).matcherOf.get(id)?.test(text) ?? false;
}

/**
 * The role's discipline: the most specific one its title names. A specialty counts only with its
 * discipline ("Registered Nurse, Labor & Delivery"); without it, it names the place, not the job
 * ("Labor and Delivery Unit Clerk").
 */
export function roleDiscipline(title: string, langs: FitLanguages = ENGLISH_ONLY): Discipline | null {
  return rememberedRoles(keyOf(title, langs), () => readRoleDiscipline(plainTitle(title, langs), langs));
}

/** A note asks for its role's discipline from several checks, and an opening's comes back with every note. */
const rememberedRoles = boundedCache<Discipline | null>(1000);

function readRoleDiscipline(title: string, langs: FitLanguages): Discipline | null {
  const found = disciplinesIn(title, langs);
  const specialty = found.find((d) => d.specialtyOf && names(d.specialtyOf, title, langs));
  if (specialty) return specialty;
  const plain = hitsIn(title, langs).filter((h) => !h.discipline.specialtyOf);
  const held = heldDiscipline(title, plain, langs);
  // A named software specialty narrows the generic word: "Engineering Manager, Mobile" is mobile engineering.
  const software = plain.map((h) => h.discipline).filter((d) => d.family === 'software');
  if (software.length > 0 && (!held || held.id === 'software')) {
    return software.find((d) => d.id !== 'software') ?? software[0] ?? null;
  }
  return held ?? plain[0]?.discipline ?? null;
}

/**
 * The discipline of the job noun: the phrase that holds it ("Mobile Accountant" is accounting, done
 * for a mobile team), or that ends just before it ("Sales Representative"). Without a job noun
 * ("Nursing Warehouse Associate"), the last phrase of the title before any comma.
 */
function heldDiscipline(title: string, hits: Hit[], langs: FitLanguages): Discipline | null {
  // "Brand Designer role on the marketing team": the job is named before the word "role".
  const lead = (title.split(',')[0] ?? '').split(/\s+(?:role|position|opening|job)\b/i)[0] ?? '';
  const head = jobHead(title, langs);
  const at = head ? lead.lastIndexOf(head) : -1;
  if (at < 0) {
    const inLead = hits.filter((h) => h.end <= lead.length);
    return inLead.reduce<Hit | null>((last, h) => (!last || h.end > last.end ? h : last), null)?.discipline ?? null;
  }
  const before = hits.filter((h) => h.start <= at);
  return (before.find((h) => h.end > at) ?? before.find((h) => h.end >= at - 1))?.discipline ?? null;
}

/**
 * The team's disciplines. The team's name (before a colon) speaks first: "Recruiting: recruiters for
 * engineering and data roles" is a recruiting team, whatever roles it hires for. A named engineering
 * specialty ("growth engineering (backend)") narrows the generic one.
 */
export function teamDisciplines(teamArea: string, langs: FitLanguages = ENGLISH_ONLY): Discipline[] {
  return rememberedTeams(keyOf(teamArea, langs), () => readTeamDisciplines(teamArea, langs));
}

const rememberedTeams = boundedCache<Discipline[]>(256);

function readTeamDisciplines(teamArea: string, langs: FitLanguages): Discipline[] {
  const name = teamArea.includes(':') ? (teamArea.split(':')[0] ?? '') : '';
  const named = disciplinesIn(name, langs);
  const listed = disciplinesIn(withoutAudience(teamArea), langs);
  // "Interpreting: ASL interpreters" is a sign language team: a specialty its list names narrows the name's discipline.
  const found = (named.length > 0 ? named : listed).flatMap((d) => {
    const narrower = listed.filter((x) => x.specialtyOf === d.id);
    return narrower.length > 0 ? narrower : [d];
  });
  const specific = found.some((d) => d.family === 'software' && d.id !== 'software');
  return specific ? found.filter((d) => d.id !== 'software') : found;
}

/**
 * Whom or what the team works for is not its discipline, nor its work: "safety specialists for our
 * distribution centers", "cellar workers for our estate wines".
 */
export function withoutAudience(teamArea: string): string {
  return teamArea
    .split(/(,(?!\d)|;)/)
    .map((part) => part.split(/\s+(?:for|serving|supporting|used by)\s+/i)[0] ?? '')
    .join('');
}

/** A team that names a discipline covers it; a generic software team covers every engineering specialty. */
export function covers(team: readonly Discipline[], role: Discipline): boolean {
  return team.some(
    (t) =>
      t.id === role.id ||
      t.within === role.id ||
      t.specialtyOf === role.id ||
      role.specialtyOf === t.id ||
      (t.id === 'software' && role.family === 'software') ||
      (role.id === 'software' && t.family === 'software'),
  );
}

/**
 * How a candidate names their own discipline: "I'm a data analyst", "I work as a charge nurse". The
 * shop they work in names it too: "a sales lead at the Eastgate store" sells on a store floor.
 */
const ON_A_FLOOR = String.raw`(?:[\w&-]+ ){0,3}[\w&-]+ (?:at|in) (?:the |our |a )?(?:[\w&'-]+ ){0,2}(?:store|shop|boutique|showroom)\b`;
const SELF_NAMED = new RegExp(
  String.raw`\bI(?:'m| am|'ve been| have been| work as| worked as)(?: currently| now)? (?:an? |the )?(${ON_A_FLOOR}|(?:[\w&-]+ ){0,4}[\w&-]+)`,
  'gi',
);

const STORE_FLOOR = /\b(?:store|shop|boutique|showroom)$/i;

/** The disciplines the candidate says they are in, from their own words about themselves; the generic "engineer" says too little. */
export function selfNamedDisciplines(text: string, langs: FitLanguages = ENGLISH_ONLY): Discipline[] {
  const found = new Map<string, Discipline>();
  for (const pattern of vocabulary(langs).selfNamed) {
    for (const m of text.matchAll(pattern)) {
      // Said of a store floor, the seat is retail work too: "a sales lead at the Eastgate store".
      const seat = STORE_FLOOR.test(m[1] ?? '') ? `${m[1]}; retail store` : (m[1] ?? '');
      for (const d of disciplinesIn(seat, langs)) if (d.id !== 'software') found.set(d.id, d);
    }
  }
  return [...found.values()];
}
