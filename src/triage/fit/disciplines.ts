import { DISCIPLINE_NAMES } from '../lang/discipline-names.js';
import { LIST as ENGLISH } from '../lang/en/disciplines.js';
import { jobHead } from '../reading/job-nouns.js';
import { boundedCache } from '../shared/bounded-cache.js';
import { alternation } from '../shared/phrases.js';

/**
 * The second axis of fit: the discipline, beside the domain. A role in the referrer's domain but in
 * another discipline (an Android role asked of a backend growth lead, a data analyst role asked of a
 * warehouse operations lead) is not in their area, unless their team area names that discipline.
 * Only phrases that name a discipline count: "support tooling" is a domain, "customer support" a discipline.
 */

import type { Discipline } from '../lang/types.js';

export type { Discipline };

/** English's names of each discipline, with the other languages' after them. */
const LIST: Array<[Discipline, string]> = ENGLISH.map(([discipline, phrases]) => [
  discipline,
  [phrases, ...DISCIPLINE_NAMES.map((names) => names[discipline.id]).filter(Boolean)].join(' | '),
]);

const MATCHERS = LIST.map(([discipline, phrases]) => ({
  discipline,
  pattern: new RegExp(`\\b${alternation(phrases.split(' | ').join('\n'))}\\b`, 'gi'),
}));

/** Any discipline phrase at all: most sentences name none, and one test settles that. */
const ANY_DISCIPLINE = new RegExp(
  `\\b${alternation(LIST.flatMap(([, phrases]) => phrases.split(' | ')).join('\n'))}\\b`,
  'i',
);

/**
 * The matchers in groups of ten, each group with one pattern for all its phrases: a text that names
 * a discipline names one or two, so most groups are passed over with one test instead of ten scans.
 */
const GROUP_SIZE = 10;
const GROUPS = Array.from({ length: Math.ceil(LIST.length / GROUP_SIZE) }, (_, g) => {
  const members = MATCHERS.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE);
  const phrases = LIST.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE).flatMap(([, p]) => p.split(' | '));
  return { members, any: new RegExp(`\\b${alternation(phrases.join('\n'))}\\b`, 'i') };
});

interface Hit {
  discipline: Discipline;
  start: number;
  end: number;
}

const remembered = boundedCache<Hit[]>(1000);

/** The disciplines a text names; a phrase inside a longer one ("engineering" in "mechanical engineering") yields to it. */
export function disciplinesIn(text: string): Discipline[] {
  return [...new Map(hitsIn(text).map((h) => [h.discipline.id, h.discipline])).values()];
}

function hitsIn(text: string): Hit[] {
  return remembered(text, () => scan(text));
}

function scan(text: string): Hit[] {
  if (!ANY_DISCIPLINE.test(text)) return [];
  const hits: Hit[] = [];
  const matchers = GROUPS.flatMap((group) => (group.any.test(text) ? group.members : []));
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

/** Without the global flag: `test` on the scanning patterns would leave a lastIndex that makes the next scan skip a match. */
const MATCHER_OF = new Map(MATCHERS.map((m) => [m.discipline.id, new RegExp(m.pattern.source, 'i')]));

/** Whether a text names a discipline, alone or inside a longer phrase ("ICU nurse" names nursing). */
function names(id: string, text: string): boolean {
  return MATCHER_OF.get(id)?.test(text) ?? false;
}

/**
 * The role's discipline: the most specific one its title names. A specialty counts only with its
 * discipline ("Registered Nurse, Labor & Delivery"); without it, it names the place, not the job
 * ("Labor and Delivery Unit Clerk").
 */
export function roleDiscipline(title: string): Discipline | null {
  return rememberedRoles(title, () => readRoleDiscipline(title));
}

/** A note asks for its role's discipline from several checks, and an opening's comes back with every note. */
const rememberedRoles = boundedCache<Discipline | null>(1000);

function readRoleDiscipline(title: string): Discipline | null {
  const found = disciplinesIn(title);
  const specialty = found.find((d) => d.specialtyOf && names(d.specialtyOf, title));
  if (specialty) return specialty;
  const plain = hitsIn(title).filter((h) => !h.discipline.specialtyOf);
  const held = heldDiscipline(title, plain);
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
function heldDiscipline(title: string, hits: Hit[]): Discipline | null {
  // "Brand Designer role on the marketing team": the job is named before the word "role".
  const lead = (title.split(',')[0] ?? '').split(/\s+(?:role|position|opening|job)\b/i)[0] ?? '';
  const head = jobHead(title);
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
export function teamDisciplines(teamArea: string): Discipline[] {
  return rememberedTeams(teamArea, () => readTeamDisciplines(teamArea));
}

const rememberedTeams = boundedCache<Discipline[]>(256);

function readTeamDisciplines(teamArea: string): Discipline[] {
  const name = teamArea.includes(':') ? (teamArea.split(':')[0] ?? '') : '';
  const named = disciplinesIn(name);
  const listed = disciplinesIn(withoutAudience(teamArea));
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

/** How a candidate names their own discipline: "I'm a data analyst", "I work as a charge nurse". */
const SELF_NAMED =
  /\bI(?:'m| am|'ve been| have been| work as| worked as)(?: currently| now)? (?:an? |the )?((?:[\w&-]+ ){0,4}[\w&-]+)/gi;

/** The disciplines the candidate says they are in, from their own words about themselves; the generic "engineer" says too little. */
export function selfNamedDisciplines(text: string): Discipline[] {
  const found = new Map<string, Discipline>();
  for (const m of text.matchAll(SELF_NAMED)) {
    for (const d of disciplinesIn(m[1] ?? '')) if (d.id !== 'software') found.set(d.id, d);
  }
  return [...found.values()];
}
