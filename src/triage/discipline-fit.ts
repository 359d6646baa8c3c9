import { covers, roleDiscipline, selfNamedDisciplines } from './disciplines.js';
import type { ReferrerScope } from './fit.js';
import type { RoleMention } from './roles.js';
import type { OpenRole, Profile } from './schema.js';
import { listOf, withArticle } from './wording.js';
import { stems, wordSet } from './words.js';

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
  const team = scope.disciplines;
  if (team.length === 0) return null;
  const wanted = roleDiscipline(role.evidence);
  if (!wanted || covers(team, wanted) || scope.openingDisciplines.has(wanted.id)) return null;
  return `is ${withArticle(wanted.label)} role; your team (${scope.teamName}) is ${listOf(team.map((d) => d.label))}, so it is outside your area.`;
}

/** The candidate names their own discipline and it is not the role's ("I'm a data analyst" for a data engineering role): partial at best. */
export function crossesDiscipline(background: string, role: RoleMention | null): string | null {
  const wanted = role ? roleDiscipline(role.evidence) : null;
  if (!wanted) return null;
  const own = selfNamedDisciplines(background);
  if (own.length === 0 || covers(own, wanted)) return null;
  return `they describe themselves in ${listOf(own.map((d) => d.label))}, and the role is ${wanted.label}.`;
}

/** Job nouns that name a level or a kind of seat, not a discipline ("Manager", "Lead"). */
const GENERIC_JOB = wordSet(
  'manager managers lead leader director head specialist coordinator supervisor associate assistant intern ' +
    'partner officer representative consultant generalist member staff worker owner principal trainee',
);

/**
 * A job the vocabulary does not know, asked of a team that names its disciplines, and named nowhere
 * in the team area or its openings ("Growth Copywriter" to a backend growth team): the domain may
 * match, but the referrer should look before a yes, so partial at best.
 */
export function unnamedJob(
  scope: ReferrerScope,
  profile: Profile,
  role: RoleMention | null,
  openRole: OpenRole | null,
): string | null {
  if (!role || openRole || role.ownTeam || roleDiscipline(role.evidence)) return null;
  if (scope.disciplines.length === 0) return null;
  const head = (role.title.split(',')[0] ?? '')
    .replace(/\s+(?:role|position|opening|job)s?$/i, '')
    .split(/\s+/)
    .pop();
  if (!head || !/^[A-Z]/.test(head) || GENERIC_JOB.has(head.toLowerCase())) return null;
  const named = new Set(stems([profile.teamArea, ...profile.openRoles.map((r) => r.title)].join(' ')));
  if (stems(head).every((s) => named.has(s))) return null;
  return `"${head}" is a job your team area does not name, so the fit needs your own look.`;
}

/** People a team area lists as its own ("branch managers, personal bankers and tellers"). */
const STAFF =
  /\b(?:[a-z-]+ )?(?:managers|leads|agents|specialists|associates|technicians|assistants|coordinators|officers|representatives|consultants|advisors|operators|inspectors|mechanics|clerks|attendants|planners|bankers|tellers|counselors|instructors|supervisors|crews|staff)\b/i;

/**
 * A role in a discipline the vocabulary knows, asked of a team whose area names no discipline it
 * knows but lists its people: none of them is that discipline ("Senior iOS Engineer" to "branch
 * managers, personal bankers and tellers"), so partial at best until the referrer looks.
 */
export function unlistedDiscipline(
  scope: ReferrerScope,
  role: RoleMention | null,
  openRole: OpenRole | null,
): string | null {
  if (!role || openRole || role.ownTeam || scope.disciplines.length > 0) return null;
  const wanted = roleDiscipline(role.evidence);
  const staff = STAFF.exec(scope.teamArea);
  if (!wanted || !staff) return null;
  return `it is ${withArticle(wanted.label)} role, and your team area lists its people ("${staff[0]}") without it.`;
}
