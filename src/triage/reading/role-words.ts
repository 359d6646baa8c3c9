/**
 * The words of roles: what names a job, what makes one specific, what says the candidate wants it.
 * A vocabulary table, read by the role finder (roles.ts) and the fit (fit.ts).
 */

import { PRAISE_ADJECTIVES } from '../lang/en/praise.js';
import { phraseMatcher } from '../shared/phrases.js';
import { type WordSpan, wordSet } from '../shared/words.js';

/** "… on your team", "… if one comes up in your org": the referrer's own team is the scope. */
export const ON_YOUR_TEAM =
  /^\s+(?:(?:comes?|opens?) up\s+|(?:is|are) open\s+)?(?:on|in|to|for|within|at)\s+your\s+(?:own\s+)?(?:team|org|organi[sz]ation|group|squad)\b/i;

export const HEAD_WORDS = wordSet(
  'role roles position positions opening openings posting postings req requisition track job jobs ' +
    'vacancy opportunity opportunities team headcount spot spots scheme schemes',
);

/** "post" names an opening only after a job noun ("a hygienist post", "the nurse post"); a blog post is none. */
export const POST_WORDS = wordSet('post posts');

/** Job-title nouns: they name a kind of job, never which one. */
export const ROLE_NOUNS = wordSet(
  'pm pms tpm product manager managers management lead owner designer designers engineer engineers ' +
    'engineering swe developer dev scientist analyst researcher director architect marketer pmm writer ' +
    'specialist strategist intern internship program technical em ic generalist consultant executive',
);

/** Words that never make a role specific. */
export const VAGUE = wordSet(
  'any some open new good great exciting interesting relevant suitable right exact specific potential ' +
    'possible available other similar current previous senior sr junior jr staff principal associate mid ' +
    'level entry graduate grad head tech big top different few several many various full time remote hybrid role job ' +
    'ideal dream next first perfect suitable appropriate related fitting ii iii iv l4 l5 l6 l7 one ' +
    // A discipline alone ("a design job", "product roles") says what kind of work, not which role;
    // nor does a season or a contract type ("a summer internship").
    'design product software marketing business corporate industry summer winter spring fall autumn ' +
    'seasonal contract temporary temp freelance ' +
    // nor does praise: "your incredible team" is any seat on it.
    PRAISE_ADJECTIVES,
);

/** Fields named alone ("a support job", "sales roles"): a kind of work, but left in a posting title ("HR Business Partner, Sales") they still tell openings apart. */
export const FIELD_ALONE = wordSet('support sales hr finance operations admin');

/** Words that end the title to the left of a head word. */
export const STOP = wordSet(
  'a an the for to in into on at of about after with this that these those my your our their his her me ' +
    'i you we is are be as and or but so if any whatever whichever some applying apply applied targeting target pursuing ' +
    'exploring explore seeking interested considering want wanted love like refer referral referring ' +
    'going looking focused focusing moving move break get land join all was were am been have ve has had ' +
    'do did can could would will where which what who it its them they current previous former past by ' +
    'from via across several many different still now currently also just including include includes like ' +
    'such especially mainly mostly either whether than then there here even really maybe perhaps possibly ' +
    'probably only plus not no yes new other another each every both same own more most less few lot lots ' +
    'saw see seen spotted noticed',
);

/** A head noun of a role only counts as a target next to words of wanting or applying. */
export const INTENT = phraseMatcher(
  `
  apply(ing)?
  applied
  target(ing)?
  pursu(e|ing)
  going after
  interested in
  looking (at|for)
  (looking|searching)(?= (for )?the (position|role|job|post)\\b)
  focus(ed|ing)? on
  aiming (at|for)
  move (into|to)
  moving (into|to)
  transition(ing)? (into|to)
  refer(ral)? (me )?(for|to)
  referral
  candidate for
  a fit for
  considered for
  put in for
  eyeing
  want(ed)?
  hoping
  # the referrer's company hiring, as the note tells it: "your firm is hiring an Audit Associate", "y'all are hiring structural welders"
  (is|are|'re|’re) (hiring|recruiting)( for)?
  there('s| is) (an? )?(opening|vacancy|post) (of|for)
  (is|are) after (an?)
`,
  { wholeWord: true },
);

/** Kinds of work that make a role specific even when no product area is named ("backend engineer"). */
export const SPECIALTIES = wordSet(
  'backend frontend fullstack full stack web systems graphics game qa devrel sdet content interaction ' +
    'visual motion ux ui quantitative applied research solutions sales partnerships operations ops build ' +
    'release test tooling compiler kernel data',
);

/**
 * Whether a sentence holds any word a role is read from (a head word or a job noun). Its bounds are the
 * tokenizer's (letters and digits), so it never skips a sentence the role finder would act on.
 */
export const HAS_ROLE_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...HEAD_WORDS, ...POST_WORDS, ...ROLE_NOUNS].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A link to a job posting: a careers site, an applicant tracking system, a /jobs/ path. */
const JOB_URL =
  /(?:careers?|jobs?|greenhouse|lever\.co|workday|ashbyhq|smartrecruiters|recruit|apply|openings?|positions?|requisition|\/job\/|\/jobs\/|\/role)/i;

export function isJobUrl(url: string): boolean {
  return JOB_URL.test(url);
}

const ANY_OF_KIND = new Set(['any', 'whatever', 'whichever']);
const JOINED = new Set(['or', 'and']);

/** "any HR job", and the same across a joined list: "any travel or hospitality role". */
export function saysAnyKind(tokens: readonly WordSpan[], titleStart: number): boolean {
  const word = (i: number) => tokens[i]?.word.toLowerCase() ?? '';
  if (ANY_OF_KIND.has(word(titleStart - 1))) return true;
  if (!JOINED.has(word(titleStart - 1))) return false;
  for (let i = titleStart - 2; i >= Math.max(0, titleStart - 5); i--) if (ANY_OF_KIND.has(word(i))) return true;
  return false;
}

/** Most words one item of a slash list holds: "any forecaster / data analyst / GIS position". */
const SLASH_ITEM_WORDS = 3;

/**
 * "any meteorologist / forecaster / data analyst / GIS position": a list of kinds after "any", joined by
 * slashes, names no role, wherever it is ("in your organisation" too). `gapAfter(i)` is the text between
 * token i and the next.
 */
export function saysAnyOfList(
  tokens: readonly WordSpan[],
  titleStart: number,
  gapAfter: (i: number) => string,
): boolean {
  if (!gapAfter(titleStart - 1).includes('/')) return false;
  let words = 0;
  for (let i = titleStart - 1; i >= 0; i--) {
    const word = tokens[i]?.word.toLowerCase() ?? '';
    if (ANY_OF_KIND.has(word)) return words > 0;
    const joined = JOINED.has(word);
    if (joined || gapAfter(i).includes('/')) words = joined ? 0 : 1;
    else if (++words > SLASH_ITEM_WORDS) return false;
  }
  return false;
}
