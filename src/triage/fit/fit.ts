import { maskUrls } from '../intake/normalize.js';
import { AREA_GLUE } from '../lang/area-glue.js';
import type { FitLanguages } from '../lang/fit-vocabulary.js';
import { areaWords } from '../reading/area-words.js';
import { areaLabel, type Term, type TermHit, TermMatcher } from '../reading/areas.js';
import type { Reading } from '../reading/reading.js';
import type { RoleMention } from '../reading/roles.js';
import type { Sentence } from '../reading/sentences.js';
import { boundedCache } from '../shared/bounded-cache.js';
import type { Profile } from '../shared/profile.js';
import { listOf, namesWork } from '../shared/text.js';
import { stems } from '../shared/words.js';
import { patternsFor } from '../signals/patterns.js';
import {
  crossesDiscipline,
  outsideDiscipline,
  ownDisciplineElsewhere,
  unlistedDiscipline,
  unnamedJob,
} from './discipline-fit.js';
import { roleDiscipline, teamDisciplines } from './disciplines.js';
import { roleElsewhere } from './fit-elsewhere.js';
import type { Fit, ReferrerScope } from './fit-types.js';
import { languagesInPlay } from './languages.js';
import { listedPeople } from './listed-people.js';
import { matchOpenRole } from './open-roles.js';
import { namesProductAreas } from './product-team.js';
import { servedWords, touchesArea } from './shared-words.js';
import { saidOutsideArea, statedGap } from './stated-gap.js';
import { areaWordStems, ownPhrases } from './team-words.js';

export type { Fit, ReferrerScope } from './fit-types.js';

const rememberedScopes = boundedCache<ReferrerScope>(256);

/**
 * Building a matcher costs more than a triage; batches reuse one per distinct team area, roles and
 * languages in play (fit/languages.ts: English, the note's, the area's).
 */
export function referrerScope(profile: Profile, langs: FitLanguages = languagesInPlay('en', profile)): ReferrerScope {
  const key = JSON.stringify([profile.teamArea, profile.openRoles.map((r) => r.title), langs]);
  return rememberedScopes(key, () => buildScope(profile, langs));
}

function buildScope(profile: Profile, languages: FitLanguages): ReferrerScope {
  const teamArea = profile.teamArea;
  const { terms, matcher } = areaWords(languages);
  const areas = new Set(
    matcher
      .match(teamArea)
      .map((hit) => hit.term.area)
      .filter((a): a is string => a !== null),
  );
  for (const role of profile.openRoles) {
    for (const hit of matcher.match(role.title)) if (hit.term.area) areas.add(hit.term.area);
  }
  const ownTerms: Term[] = ownPhrases(teamArea).map((phrase) => ({ phrase, stems: stems(phrase), area: null }));
  const disciplines = teamDisciplines(teamArea, languages);
  const people = listedPeople(teamArea);
  const glue = new Set(languages.flatMap((code) => (AREA_GLUE[code] ?? '').split(' ').filter(Boolean)));
  return {
    languages,
    teamArea,
    teamName: (teamArea.split(':')[0] ?? teamArea).trim(),
    areas,
    ownTerms,
    matcher: new TermMatcher([...ownTerms, ...terms]),
    disciplines,
    openingDisciplines: new Set(profile.openRoles.flatMap((r) => roleDiscipline(r.title, languages)?.id ?? [])),
    people,
    buildsProduct:
      disciplines.length === 0 && people.length === 0 && areas.size > 0 && namesProductAreas(teamArea, matcher),
    words: areaWordStems(teamArea, glue),
  };
}

/** Fresh each time: results are handed to callers who may keep and change them. */
const noProfile = (): Fit => ({
  level: 'unknown',
  matched: [],
  explanation: 'No team area is set, so fit against your area was not checked.',
  targetAreas: [],
  backgroundAreas: [],
  openRole: null,
});

function inScope(scope: ReferrerScope, hit: TermHit): boolean {
  return hit.term.area === null || scope.areas.has(hit.term.area);
}

function areasOf(hits: TermHit[]): string[] {
  return [...new Set(hits.map((h) => h.term.area).filter((a): a is string => a !== null))];
}

function labels(areas: string[]): string {
  return listOf(areas.map(areaLabel));
}

/** The candidate's sentences about themselves: in the first person, and not about the referrer ("your work on…"). */
function aboutThemselves(reading: Reading): Sentence[] {
  const P = patternsFor(reading.language.code);
  return reading.body.filter((s) => !P.SECOND_PERSON.test(s.text) && P.FIRST_PERSON.test(s.text));
}

/** Those sentences without the role asked for or what they hope to do next. */
function backgroundText(
  reading: Reading,
  self: readonly Sentence[],
  role: RoleMention | null,
  { besideTheAsk = true } = {},
): string {
  const P = patternsFor(reading.language.code);
  return self
    .filter((s) => besideTheAsk || !role || !s.text.includes(role.evidence))
    .map((s) =>
      maskUrls(role ? s.text.replace(role.evidence, ' ') : s.text)
        .replace(P.ASPIRATION, ' ')
        .replace(P.MEETING_PLACE, ' '),
    )
    .join(' . ');
}

/**
 * Rates the request against the referrer's area: the wanted role decides in or out of scope, the
 * background decides strong or partial. Sentences about the referrer ("your work on…") are left out,
 * because they describe the referrer, not the candidate.
 */
export function rateFit(reading: Reading, profile: Profile | null, role: RoleMention | null): Fit {
  const langs = languagesInPlay(reading.language.code, profile);
  const { openRole, mirrored } = matchOpenRole(profile, role, reading.urls, langs);
  if (!profile) return noProfile();
  const scope = referrerScope(profile, langs);
  // The open role's own title puts the ask in scope, but only the candidate's words count as matched terms.
  const targetHits = scope.matcher.match(role?.evidence ?? '');
  // Read once: the background beside the ask, and below without it.
  const self = aboutThemselves(reading);
  const background = backgroundText(reading, self, role);
  const backgroundHits = scope.matcher.match(background);

  const targetIn = targetHits.filter((h) => inScope(scope, h));
  const backgroundIn = backgroundHits.filter((h) => inScope(scope, h));
  const targetAreas = areasOf(targetHits);
  const backgroundAreas = areasOf(backgroundHits);
  const matched = distinctSurfaces([...targetIn, ...backgroundIn]);
  const base = { matched, targetAreas, backgroundAreas, openRole };
  const roleName = role ? `The role they name ("${role.evidence}")` : `Your ${openRole?.title ?? ''} opening`;

  const otherDiscipline = outsideDiscipline(scope, role, openRole);
  if (otherDiscipline) return { ...base, matched: [], level: 'none', explanation: `${roleName} ${otherDiscipline}` };
  // "A PM role on your team" is in the referrer's area by definition, whatever words it uses.
  const ownTeam = role?.ownTeam === true;
  if (targetHits.length > 0 || openRole || ownTeam) {
    if (targetIn.length === 0 && !openRole && !ownTeam) {
      return {
        ...base,
        level: 'none',
        explanation: `${roleName} is ${labels(targetAreas)} work, outside your area (${scope.teamName}).`,
      };
    }
    if (backgroundIn.length === 0 && outsideOnly(backgroundHits, background, scope)) {
      return {
        ...base,
        level: 'partial',
        explanation: `${roleName} is in your area, but their background is in ${labels(backgroundAreas)}, with no overlap shown.`,
      };
    }
    // A seat the team's people do not hold is its own job, unless the role names the team's own work ("Reading Program Coordinator").
    const seats = !targetIn.some((hit) => hit.term.area === null);
    const crossing =
      crossesDiscipline(background, role, scope) ??
      unnamedJob(scope, profile, role, openRole, { seats }) ??
      unlistedDiscipline(scope, role, openRole) ??
      gapStated(reading, role, scope);
    if (crossing) return { ...base, level: 'partial', explanation: `${roleName} is in your area, but ${crossing}` };
    const overlap = backgroundIn.length > 0 ? `, and their background (${listOf(unique(backgroundIn))}) overlaps` : '';
    return { ...base, level: 'strong', explanation: `${roleName} is in your area (${scope.teamName})${overlap}.` };
  }
  // A seat the team does not list is outside only when nothing in the role or the background touches the team's words
  // ("the Front Office Manager position at the school": where the role is, said in the ask, is not the background).
  const own = backgroundText(reading, self, role, { besideTheAsk: false });
  const untouched = !stems(`${role?.evidence ?? ''} ${own}`).some((s) => scope.words.has(s));
  const touched = backgroundIn.length > 0 ? listOf(unique(backgroundIn)) : null;
  const ownElsewhere = untouched ? ownDisciplineElsewhere(own, scope) : null;
  const found = { touched, untouched, ownElsewhere, saidOutside: saidOutsideArea(reading) };
  return roleElsewhere({ scope, profile, role, openRole, mirrored, roleName, ...found }, base);
}

/**
 * A background with no term of the area in it is elsewhere when it names enough terms of other areas.
 * One stray word ("dashboard"), even said twice, is not a background; two or more outside terms are.
 * A team outside software needs three: its own work has words that sound like software ("compliance",
 * "on call"). Told in the team's own words ("my litigation practice"), it overlaps whatever else it says.
 */
function outsideOnly(hits: TermHit[], background: string, scope: ReferrerScope): boolean {
  const enough = scope.areas.size > 0 ? 2 : 3;
  if (new Set(hits.map((h) => h.term.phrase)).size < enough) return false;
  return !stems(background).some((s) => scope.words.has(s));
}

/**
 * The candidate's own word that the role's work is new to them. Whom the team serves counts here ("inherited
 * cardiac conditions clinics"): a gap in that is a gap in the team's work, though sharing it is no overlap.
 */
function gapStated(reading: Reading, role: RoleMention | null, scope: ReferrerScope): string | null {
  const teamWork = (text: string) =>
    scope.matcher.match(text).some((hit) => inScope(scope, hit)) ||
    touchesArea(text, scope.words) ||
    touchesArea(text, servedWords(scope.teamArea));
  const gap = statedGap(reading, role, teamWork);
  return gap ? `they say so themselves: "${gap}".` : null;
}

/** Matched words as the note wrote them, once each; phrases like "for engineers" are matches, not nouns to list. */
/** The overlap as the explanation lists it: the terms that name work, when there are any. */
function unique(hits: TermHit[]): string[] {
  const terms = distinctSurfaces(hits).filter((s) => !/^(?:for|to|with)\b/i.test(s));
  const work = terms.filter(namesWork);
  return work.length > 0 ? work : terms;
}

function distinctSurfaces(hits: TermHit[]): string[] {
  const seen = new Map<string, string>();
  for (const hit of hits) if (!seen.has(hit.surface.toLowerCase())) seen.set(hit.surface.toLowerCase(), hit.surface);
  return [...seen.values()];
}
