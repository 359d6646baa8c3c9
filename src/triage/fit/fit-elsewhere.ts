import type { RoleMention } from '../reading/roles.js';
import type { OpenRole, Profile } from '../shared/profile.js';
import { stems } from '../shared/words.js';
import { disciplineNoOpeningHas, unlistedDiscipline, unnamedJob } from './discipline-fit.js';
import type { Fit, ReferrerScope } from './fit-types.js';
import type { OpeningMatch } from './open-roles.js';

/** What fit knows of a request whose role shares no words with the referrer's domain. */
export interface Elsewhere {
  scope: ReferrerScope;
  profile: Profile;
  role: RoleMention | null;
  openRole: OpenRole | null;
  mirrored: OpeningMatch['mirrored'];
  /** "The role they name ("…")": how explanations open. */
  roleName: string;
  /** The background's words that touch the area, listed, or null. */
  touched: string | null;
  /** Nothing in the role or the candidate's own sentences shares a word with the team area. */
  untouched: boolean;
  /** The candidate's own discipline, when the team does not list it (discipline-fit.ts ownDisciplineElsewhere). */
  ownElsewhere: string | null;
  /** The candidate's own words that the role is not in the referrer's area (stated-gap.ts saidOutsideArea). */
  saidOutside: string | null;
}

type FitBase = Omit<Fit, 'level' | 'explanation'>;

/**
 * No role in the referrer's domain. A discipline the team does not list, or the job of one of their
 * openings in another field, puts it outside whatever the background touches; then a touching
 * background makes it partial; then a job the team does not name (a seat only when nothing touches
 * the team's words) puts it outside; else the referrer looks for themselves.
 */
export function roleElsewhere(e: Elsewhere, base: FitBase): Fit {
  const { scope, profile, role, openRole, mirrored, roleName } = e;
  const outside = (why: string): Fit => ({ ...base, matched: [], level: 'none', explanation: `${roleName} ${why}` });
  const unlisted = unlistedDiscipline(scope, role, openRole);
  if (unlisted) return outside(`is outside your area: ${unlisted}`);
  if (mirrored) {
    const job = `the job of your ${mirrored.opening.title} opening, but in ${mirrored.own.join(' ')}`;
    return outside(`is ${job}, which your team area does not name, so it is outside your area.`);
  }
  if (e.touched) {
    const explanation = `No role in your area is named, but their background (${e.touched}) touches it.`;
    return { ...base, level: 'partial', explanation };
  }
  const unnamed = unnamedJob(scope, profile, role, openRole, { elsewhere: true, seats: e.untouched });
  if (unnamed && role) return { ...base, level: 'none', explanation: `${roleName} is outside your area: ${unnamed}` };
  if (role && e.untouched && e.ownElsewhere) return outside(`shares no words with your area, and ${e.ownElsewhere}`);
  // Their own word that the role is another team's settles what the words alone leave to the referrer.
  if (role && e.saidOutside) return outside(`is outside your area, as they say themselves: "${e.saidOutside}".`);
  // The role decides the scope: a stray word of the background ("attitude control" beside "contamination
  // control") does not bring a job in another line of work into the area; no phrase of it did above.
  const roleUntouched = !stems(role?.evidence ?? '').some((s) => scope.words.has(s));
  const noOpening = roleUntouched ? disciplineNoOpeningHas(scope, profile, role, openRole, !e.untouched) : null;
  if (noOpening) return outside(`is outside your area: ${noOpening}`);
  return {
    ...base,
    level: 'unknown',
    explanation: role
      ? `${roleName} shares no words with your area, so the fit needs your own look.`
      : 'The note does not say which area or role they want, so fit cannot be judged.',
  };
}
