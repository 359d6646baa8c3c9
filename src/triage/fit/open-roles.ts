import type { FitLanguages } from '../lang/fit-vocabulary.js';
import { isGenericJob, jobHead, sameJob, sameWork } from '../reading/job-nouns.js';
import { plainTitle } from '../reading/local-titles.js';
import { ROLE_NOUNS, type RoleMention, VAGUE } from '../reading/roles.js';
import { boundedCache } from '../shared/bounded-cache.js';
import type { OpenRole, Profile } from '../shared/profile.js';
import { stems, tokenize, wordSet } from '../shared/words.js';
import { covers, roleDiscipline } from './disciplines.js';

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

const rememberedTeamWords = boundedCache<Set<string>>(256);

/** The words of a team area or an opening's title, lower-cased: read once, as they come back with every note. */
const rememberedLowerWords = boundedCache<readonly string[]>(1000);
const lowerWords = (text: string) => rememberedLowerWords(text, () => tokenize(text).map((t) => t.word.toLowerCase()));

/**
 * A request that leaves out the word the opening shares with the team area and puts its own in that
 * place names another job: "Bakery Department Manager" is not the "Meat Department Manager" opening
 * of a meat team. Shortened words do not count as its own ("Assoc Mgr", "DE" for Data Engineer).
 */
function ownWordsInPlaceOfTheTeams(wanted: Set<string>, openTitle: string, teamArea: string): string[] {
  const open = titleWords(openTitle);
  const team = rememberedTeamWords(teamArea, () => new Set(stems(teamArea)));
  const openWords = lowerWords(openTitle);
  const own = [...wanted].filter((w) => !open.has(w) && !shortens(w, openWords));
  return own.length > 0 && [...open].some((w) => !wanted.has(w) && team.has(w)) ? own : [];
}

/** Longer than any shortening a title uses: "bakery" is a word of its own, "assoc" may be short for one. */
const MAX_SHORT = 5;

/**
 * "mgr" for manager, "assoc" for association, "de" for data engineer, "wbb" for women's basketball:
 * its letters in order from the start of one of the title's words.
 */
function shortens(word: string, titleWords: readonly string[]): boolean {
  if (word.length > MAX_SHORT) return false;
  const inOrder = (long: string) => {
    let at = 0;
    for (const ch of long) if (ch === word[at]) at++;
    return at === word.length;
  };
  return titleWords.some((w, i) => w[0] === word[0] && inOrder(titleWords.slice(i).join('')));
}

/**
 * A specific job that neither the opening nor the team area names is not a loosely titled opening:
 * "Collections Receptionist" is not the "Collections Specialist II" opening of collectors.
 */
function anotherJob(wanted: string, openTitle: string, teamArea: string, langs: FitLanguages): boolean {
  const head = jobHead(wanted, langs)?.toLowerCase();
  if (!head || isGenericJob(head, langs)) return false;
  const words = [...lowerWords(teamArea), ...lowerWords(openTitle)];
  return !words.some((w) => sameWork(head, w, langs));
}

/** How a request stands to the referrer's openings: the one it means, or one whose job it names in another field. */
export interface OpeningMatch {
  openRole: OpenRole | null;
  /** "Bakery Department Manager" beside the "Meat Department Manager" opening: the words it has in place of the team's. */
  mirrored: { opening: OpenRole; own: string[] } | null;
}

const NO_OPENING: OpeningMatch = { openRole: null, mirrored: null };

/** The referrer's open role the request means: the same link, else a title in the same discipline sharing a specific word. */
export function matchOpenRole(
  profile: Profile | null,
  role: RoleMention | null,
  urls: string[],
  langs: FitLanguages,
): OpeningMatch {
  if (!profile) return NO_OPENING;
  const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
  const byUrl = profile.openRoles.find((open) => open.url && urls.some((u) => sameUrl(u, open.url as string)));
  if (byUrl) return { openRole: byUrl, mirrored: null };
  if (!role) return NO_OPENING;
  // The opening's own title, once its markers are off ("Product Designer Pleno"), is that opening even when
  // none of its words is specific enough to tie a looser title to it.
  const plain = (title: string) => plainTitle(title, langs).toLowerCase().replace(/\s+/g, ' ').trim();
  const same = profile.openRoles.find((open) => plain(open.title) === plain(role.title));
  if (same) return { openRole: same, mirrored: null };
  const wanted = significantWords(plainTitle(role.title, langs));
  const wantedDiscipline = roleDiscipline(role.title, langs);
  // "Occupational Therapist" shares a word with "Physical Therapist" but is another job.
  // A request in a known discipline matches by words only an opening known to be in it: "Frontend
  // Engineer, Localization Platform" is not the "Localization Project Manager" opening. Nor does
  // another job noun match: "Environmental Attorney" is not the "Environmental Scientist" opening.
  const sameDiscipline = (title: string) => {
    const open = roleDiscipline(title, langs);
    if (!wantedDiscipline) return true;
    return open !== null && covers([open], wantedDiscipline);
  };
  const kin = profile.openRoles.filter(
    (open) =>
      sameDiscipline(open.title) &&
      sameJob(role.title, open.title, langs) &&
      !anotherJob(role.title, open.title, profile.teamArea, langs) &&
      [...titleWords(plainTitle(open.title, langs))].some((w) => wanted.has(w)),
  );
  const own = kin.map((open) => ownWordsInPlaceOfTheTeams(wanted, plainTitle(open.title, langs), profile.teamArea));
  const meant = kin.find((_, i) => own[i]?.length === 0) ?? null;
  const at = own.findIndex((words) => words.length > 0);
  const mirror = kin[at];
  if (meant || !mirror) return { openRole: meant, mirrored: null };
  const ownStems = new Set(own[at]);
  const words = tokenize(role.title)
    .filter((t) => ownStems.has(t.stem))
    .map((t) => t.word);
  return { openRole: null, mirrored: { opening: mirror, own: words } };
}
