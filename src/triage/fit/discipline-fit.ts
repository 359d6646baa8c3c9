import type { FitLanguages } from '../lang/fit-vocabulary.js';
import { isGenericJob, jobHead } from '../reading/job-nouns.js';
import { englishJobNoun } from '../reading/local-titles.js';
import type { RoleMention } from '../reading/roles.js';
import type { OpenRole, Profile } from '../shared/profile.js';
import { listOf, withArticle } from '../shared/text.js';
import { stems } from '../shared/words.js';
import { covers, type Discipline, disciplinesIn, roleDiscipline, selfNamedDisciplines } from './disciplines.js';
import type { ReferrerScope } from './fit-types.js';
import { touchesArea } from './shared-words.js';

/**
 * The discipline axis of fit, beside the domain (fit.ts): what a role's discipline says about
 * whether it is in the referrer's area. Each check says why in a clause, or returns null.
 */

/**
 * A named role in a discipline the team area does not name (and none of the referrer's openings is
 * in) is outside their area, however much domain it shares.
 */
export function outsideDiscipline(
  scope: ReferrerScope,
  role: RoleMention | null,
  openRole: OpenRole | null,
): string | null {
  if (!role || openRole || role.ownTeam) return null;
  const wanted = roleDiscipline(role.evidence, scope.languages);
  if (!wanted || scope.openingDisciplines.has(wanted.id)) return null;
  const team = scope.disciplines;
  if (team.length === 0) return scope.buildsProduct ? outsideProductWork(scope, wanted, role.title) : null;
  if (covers(team, wanted)) return null;
  return `is ${withArticle(wanted.label)} role; your team (${scope.teamName}) is ${listOf(team.map((d) => d.label))}, so it is outside your area.`;
}

/** The disciplines that build a product; a team that names only product areas is made of these. */
const PRODUCT_FAMILIES = new Set(['software', 'product', 'design', 'data']);

/**
 * "Payments Accountant" to "Payments: checkout, billing, payouts": the domain word is the team's, the job is not.
 * A role whose job is the team's own word ("Assistant Registrar" to "Collections and registration") is its work.
 */
function outsideProductWork(scope: ReferrerScope, wanted: Discipline, title: string): string | null {
  if (PRODUCT_FAMILIES.has(wanted.family)) return null;
  // The job noun, or the last word before a comma when the vocabulary knows none ("Assistant Registrar, Loans").
  const job = jobHead(title, scope.languages) ?? (title.split(',')[0] ?? '').trim().split(/\s+/).at(-1) ?? '';
  if (touchesArea(job, scope.words)) return null;
  return `is ${withArticle(wanted.label)} role; your team (${scope.teamName}) builds the product (engineering, product, design and data), so it is outside your area.`;
}

/**
 * The candidate names their own discipline and it is not the role's ("I'm a data analyst" for a data
 * engineering role): partial at best, unless the team itself spans both (a dispatcher asking a
 * brokerage desk of sales reps and load planners).
 */
export function crossesDiscipline(background: string, role: RoleMention | null, scope: ReferrerScope): string | null {
  const team = scope.disciplines;
  const wanted = role ? roleDiscipline(role.evidence, scope.languages) : null;
  if (!wanted) return null;
  if (tradeEngineer(scope, wanted, role?.evidence ?? '')) return null;
  const own = selfNamedDisciplines(background, scope.languages);
  if (own.length === 0 || covers(own, wanted) || own.some((d) => covers(team, d))) return null;
  return `they describe themselves in ${listOf(own.map((d) => d.label))}, and the role is ${wanted.label}.`;
}

/**
 * The bare "Engineer" of a team whose area names no discipline and builds no product is an engineer of
 * the team's own trade ("Lift Engineer" to lift maintenance), not software: the word alone says too
 * little, as it does of the candidate (selfNamedDisciplines).
 */
function tradeEngineer(scope: ReferrerScope, wanted: Discipline, title: string): boolean {
  if (wanted.id !== 'software' || scope.disciplines.length > 0 || scope.buildsProduct) return false;
  return !/\b(?:software|develop)/i.test(title);
}

/**
 * A candidate who names their own discipline, one the team does not list, for a role that shares no
 * word with the team area ("I'm a territory sales manager" asking a nursing team for a "Value Analysis
 * Coordinator role"): nothing ties the request to the team's work.
 */
export function ownDisciplineElsewhere(background: string, scope: ReferrerScope): string | null {
  const team = scope.disciplines;
  if (team.length === 0) return null;
  const own = selfNamedDisciplines(background, scope.languages);
  if (own.length === 0 || own.some((d) => covers(team, d))) return null;
  return `they describe themselves in ${listOf(own.map((d) => d.label))}, and your team is ${listOf(team.map((d) => d.label))}.`;
}

/**
 * A job the vocabulary does not know, named nowhere in the team area or its openings ("Growth
 * Copywriter" to a backend growth team, "Museum Educator" to librarians and clerks, "Litigation
 * Paralegal" to contracts and privacy counsel). Where the domain matches, the referrer
 * should look before a yes, so partial at best; with nothing of the domain in the role or the
 * background (`elsewhere`: "IT Systems Administrator" to teen librarians), it is outside the area.
 */
export function unnamedJob(
  scope: ReferrerScope,
  profile: Profile,
  role: RoleMention | null,
  openRole: OpenRole | null,
  { elsewhere = false, seats = false } = {},
): string | null {
  const head = unnamedHead(scope, profile, role, openRole, seats, elsewhere && seats);
  if (!head) return null;
  const why = elsewhere
    ? 'and neither the role nor their background matches its words'
    : 'so the fit needs your own look';
  return `"${head}" is a job your team area does not name, ${why}.`;
}

/**
 * The job the role names when the team area does not name it. A seat ("Specialist", "Officer")
 * counts only with `seats`, and only against a team that lists its people and lists no one in that
 * seat ("Medical Billing Specialist" to aides and visiting nurses). A job in the plural, even in lower
 * case ("they're hiring night couriers"), counts only `loose`: when nothing of the role or the background
 * touches the team's words, a job said loosely is still a job the team does not do. A lower-case word
 * alone ("creative team", "management positions") is no job.
 */
function unnamedHead(
  scope: ReferrerScope,
  profile: Profile,
  role: RoleMention | null,
  openRole: OpenRole | null,
  seats: boolean,
  loose = false,
): string | null {
  if (!role || openRole || role.ownTeam) return null;
  const langs = scope.languages;
  const written = jobHead(role.title, langs);
  const head = written && /^[A-Z]/.test(written) ? written : loose ? pluralJobHead(role.title, langs) : null;
  if (!head) return null;
  // A field word before another job ("Dental Receptionist") does not make the job that field's:
  // the discipline decides only when the job noun itself names one, or the job is a generic seat.
  const generic = isGenericJob(head, langs);
  // A local job noun names a discipline as its English one does: "Engenheira" as "Engineer".
  const english = englishJobNoun(head, langs);
  const byDiscipline =
    generic || disciplinesIn(head, langs).length > 0 || (!!english && disciplinesIn(english).length > 0);
  const wanted = roleDiscipline(role.evidence, langs);
  if (wanted && byDiscipline) return null;
  // A team whose area is the role's discipline names its jobs, when the discipline's phrase holds the
  // job noun: "Account Executive" to an enterprise sales team, not "Dental Receptionist" to dentists.
  if (wanted && covers(scope.disciplines, wanted) && phraseHolds(role.title, head, wanted, langs)) return null;
  if (generic) return seats && seatNobodyHolds(scope, head) ? head : null;
  const named = new Set(stems([profile.teamArea, ...profile.openRoles.map((r) => r.title)].join(' ')));
  return stems(head).every((s) => named.has(s) || named.has(doneWork(s))) ? null : head;
}

/** The job noun of a title that ends in its plural ("rescue swimmers": "swimmer"), so a plural seat stays a seat. */
function pluralJobHead(title: string, langs: FitLanguages): string | null {
  const plural = /^(.*\p{L}{4,}(?:er|or|ist|ian))s$/u.exec((title.split(',')[0] ?? '').trim());
  return plural?.[1] ? jobHead(plural[1], langs) : null;
}

/** Whether the discipline is named by the job noun with the word before it, and not by that word alone. */
function phraseHolds(title: string, head: string, wanted: Discipline, langs: FitLanguages): boolean {
  const words = (title.split(',')[0] ?? '').split(/\s+/);
  const at = words.lastIndexOf(head.split(/\s+/).at(-1) ?? '');
  const before = at > 0 ? (words[at - 1] ?? '') : '';
  const named = (text: string) => disciplinesIn(text, langs).some((d) => d.id === wanted.id);
  return at > 0 && named(`${before} ${words[at]}`) && !named(before);
}

/** The work a doer's job noun names: "Researcher" does research, "Editor" edits, "Teacher" teaches. */
const doneWork = (stem: string) => (stem.length > 5 ? stem.replace(/(?:er|or)$/, '') : stem);

function seatNobodyHolds(scope: ReferrerScope, seat: string): boolean {
  if (scope.people.length === 0) return false;
  const wanted = stems(seat)[0] as string;
  return !scope.people.some((person) => stems(person).includes(wanted));
}

/**
 * A role in a discipline the vocabulary knows, asked of a team whose area names no discipline it
 * knows but lists its people: none of them is that discipline ("Senior iOS Engineer" to "branch
 * managers, personal bankers and tellers"). Fit makes it partial at best when the domain matches,
 * and outside the area when nothing else does.
 */
export function unlistedDiscipline(
  scope: ReferrerScope,
  role: RoleMention | null,
  openRole: OpenRole | null,
): string | null {
  if (!role || openRole || role.ownTeam || scope.disciplines.length > 0 || scope.people.length === 0) return null;
  const wanted = roleDiscipline(role.evidence, scope.languages);
  if (!wanted) return null;
  return `it is ${withArticle(wanted.label)} role, and your team area lists its people (${listOf(scope.people)}) without it.`;
}

/**
 * A role in a discipline none of the referrer's openings is in, asked of a team whose area names no
 * discipline and no people ("Backend Developer" to a textile mill's planning team hiring a planner and a
 * product manager, or a lab hiring a scientist and a technician): with nothing of the role in the team's
 * words, it is outside.
 * A role in initials that spell one of the openings ("APM" for "Assistant Project Manager") may be it.
 */
export function disciplineNoOpeningHas(
  scope: ReferrerScope,
  profile: Profile,
  role: RoleMention | null,
  openRole: OpenRole | null,
  backgroundTouches = false,
): string | null {
  if (!role || openRole || role.ownTeam || scope.disciplines.length > 0 || scope.people.length > 0) return null;
  if (scope.buildsProduct || profile.openRoles.length === 0) return null;
  const wanted = roleDiscipline(role.evidence, scope.languages);
  if (!wanted) return null;
  const openings = profile.openRoles.flatMap((r) => roleDiscipline(r.title, scope.languages) ?? []);
  if (covers(openings, wanted) || spellsAnOpening(role.evidence, profile)) return null;
  const words = backgroundTouches ? 'the role shares no word' : 'neither the role nor their background shares a word';
  return `it is ${withArticle(wanted.label)} role, none of your openings is in that line of work, and ${words} with your area.`;
}

const initials = (title: string) => (title.match(/\p{Lu}[\p{L}-]*/gu) ?? []).map((w) => w.charAt(0)).join('');

function spellsAnOpening(role: string, profile: Profile): boolean {
  const acronyms = role.match(/\b\p{Lu}{2,5}\b/gu) ?? [];
  return acronyms.some((a) => profile.openRoles.some((r) => initials(r.title) === a));
}
