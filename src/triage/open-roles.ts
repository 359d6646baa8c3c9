import { boundedCache } from './bounded-cache.js';
import { covers, roleDiscipline } from './disciplines.js';
import { sameJob } from './job-nouns.js';
import { ROLE_NOUNS, type RoleMention, VAGUE } from './roles.js';
import type { OpenRole, Profile } from './schema.js';
import { stems, tokenize, wordSet } from './words.js';

/** Which of the referrer's openings a request means: by its link, else by a title in the same discipline. */

const TITLE_FILLER = wordSet('rol the of on in for at and team');
/** Job nouns that every title in a field shares ("Math Teacher" and "English Teacher"): they never tie a request to an opening. */
const SHARED_TITLE_NOUNS = new Set(
  stems(
    'teacher teachers nurse nurses pharmacist counsel supervisor agent representative officer coordinator assistant ' +
      'clerk technician recruiter accountant partner chef cook associate advisor',
  ),
);

/** An opening's title comes back with every note to its referrer; its words are read once. */
const rememberedWords = boundedCache<Set<string>>(1000);
const titleWords = (title: string) => rememberedWords(title, () => significantWords(title));

function significantWords(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => !ROLE_NOUNS.has(t.word.toLowerCase()) && !VAGUE.has(t.word.toLowerCase()) && t.stem.length > 1)
      .map((t) => t.stem)
      .filter((s) => !TITLE_FILLER.has(s) && !SHARED_TITLE_NOUNS.has(s)),
  );
}

/** The referrer's open role the request means: the same link, else a title in the same discipline sharing a specific word. */
export function matchOpenRole(profile: Profile | null, role: RoleMention | null, urls: string[]): OpenRole | null {
  if (!profile) return null;
  const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
  const byUrl = profile.openRoles.find((open) => open.url && urls.some((u) => sameUrl(u, open.url as string)));
  if (byUrl) return byUrl;
  if (!role) return null;
  const wanted = significantWords(role.title);
  const wantedDiscipline = roleDiscipline(role.title);
  // "Occupational Therapist" shares a word with "Physical Therapist" but is another job.
  // A request in a known discipline matches by words only an opening known to be in it: "Frontend
  // Engineer, Localization Platform" is not the "Localization Project Manager" opening. Nor does
  // another job noun match: "Environmental Attorney" is not the "Environmental Scientist" opening.
  const sameDiscipline = (title: string) => {
    const open = roleDiscipline(title);
    if (!wantedDiscipline) return true;
    return open !== null && covers([open], wantedDiscipline);
  };
  return (
    profile.openRoles.find(
      (open) =>
        sameDiscipline(open.title) &&
        sameJob(role.title, open.title) &&
        [...titleWords(open.title)].some((w) => wanted.has(w)),
    ) ?? null
  );
}
