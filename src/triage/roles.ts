import { AREA_MATCHER } from './areas.js';
import { maskUrls } from './normalize.js';
import type { Sentence } from './sentences.js';
import { type Token, tokenize, wordSet } from './words.js';

/** A role the candidate asks about: a posting title ("PM, AI Assistants") or a track ("platform PM roles"). */
export interface RoleMention {
  /** The words as written in the request, e.g. "platform PM roles". */
  evidence: string;
  /** The role without its head word, e.g. "platform PM". */
  title: string;
  /** Words that make it specific, e.g. ["platform"]. */
  qualifiers: string[];
  sentenceIndex: number;
  /** True when the title reads as a posting ("Senior PM, Ads Measurement") rather than a track. */
  posting: boolean;
  /** A kind of role on the referrer's own team ("a PM role on your team"): in their area, but not yet a posting. */
  ownTeam?: boolean;
}

/** "… on your team", "… if one comes up in your org": the referrer's own team is the scope. */
const ON_YOUR_TEAM =
  /^\s+(?:(?:comes?|opens?) up\s+|(?:is|are) open\s+)?(?:on|in|to|for|within|at)\s+your\s+(?:own\s+)?(?:team|org|organi[sz]ation|group|squad)\b/i;

const HEAD_WORDS = wordSet(
  'role roles position positions opening openings posting postings req requisition track job jobs ' +
    'vacancy opportunity opportunities team',
);

/** Job-title nouns: they name a kind of job, never which one. */
export const ROLE_NOUNS = wordSet(
  'pm pms tpm product manager managers management lead owner designer designers engineer engineers ' +
    'engineering swe developer dev scientist analyst researcher director architect marketer pmm writer ' +
    'specialist strategist intern internship program technical em ic generalist consultant',
);

/** Words that never make a role specific. */
export const VAGUE = wordSet(
  'any some open new good great exciting interesting relevant suitable right exact specific potential ' +
    'possible available other similar current previous senior sr junior jr staff principal associate mid ' +
    'level entry head tech big top different few several many various full time remote hybrid role job ' +
    'ideal dream next first perfect suitable appropriate related fitting ii iii iv l4 l5 l6 l7 one ' +
    // A discipline alone ("a design job", "product roles") says what kind of work, not which role;
    // nor does a season or a contract type ("a summer internship").
    'design product software marketing business corporate industry summer winter spring fall autumn ' +
    'seasonal contract temporary temp freelance',
);

/** Words that end the title to the left of a head word. */
const STOP = wordSet(
  'a an the for to in into on at of about after with this that these those my your our their his her me ' +
    'i you we is are be as and or but so if any some applying apply applied targeting target pursuing ' +
    'exploring explore seeking interested considering want wanted love like refer referral referring ' +
    'going looking focused focusing moving move break get land join all was were am been have ve has had ' +
    'do did can could would will where which what who it its them they current previous former past by ' +
    'from via across several many different still now currently also just including include includes like ' +
    'such especially mainly mostly either whether than then there here even really maybe perhaps possibly ' +
    'probably only plus not no yes new other another each every both same own more most less few lot lots',
);

/** A head noun of a role only counts as a target next to words of wanting or applying. */
const INTENT =
  /\b(?:apply(?:ing)?|applied|target(?:ing)?|pursu(?:e|ing)|going after|interested in|looking (?:at|for)|focus(?:ed|ing)? on|aiming (?:at|for)|move (?:into|to)|moving (?:into|to)|transition(?:ing)? (?:into|to)|refer(?:ral)? (?:me )?(?:for|to)|referral|candidate for|a fit for|considered for|put in for|eyeing|want(?:ed)?|hoping)\b/i;

const MAX_TITLE_WORDS = 7;

function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/**
 * Reads the title to the left of a head word: the run of words up to a stop word, allowing the
 * commas and dashes of a posting title ("PM, Growth - Subscriptions") when its words are capitalized.
 */
function titleBefore(sentence: Sentence, tokens: Token[], headIndex: number): Token[] {
  const title: Token[] = [];
  for (let k = headIndex - 1; k >= 0 && title.length < MAX_TITLE_WORDS; k--) {
    const token = tokens[k] as Token;
    const lower = token.word.toLowerCase();
    if (STOP.has(lower) || /^\d+$/.test(lower)) break;
    const next = title[0] ?? tokens[headIndex];
    const gap = sentence.text.slice(token.end - sentence.start, (next as Token).start - sentence.start);
    if (!/^[\s]*$/.test(gap)) {
      const joinsPosting =
        /^\s*[,–—-]\s*$/.test(gap) && isCapitalized(token.word) && isCapitalized((next as Token).word);
      const joinsCompound = /^[-/&]$/.test(gap);
      if (!joinsPosting && !joinsCompound) break;
    }
    title.unshift(token);
  }
  return title;
}

/** Kinds of work that make a role specific even when no product area is named ("backend engineer"). */
const SPECIALTIES = wordSet(
  'backend frontend fullstack full stack web systems graphics game qa devrel sdet content interaction ' +
    'visual motion ux ui quantitative applied research solutions sales partnerships operations ops build ' +
    'release test tooling compiler kernel data',
);

/**
 * The words that make a title specific: a product area, a kind of work, or a capitalized posting
 * word. "including PM" or "exciting PM" do not; "platform PM", "backend engineer" and "PM, Checkout" do.
 */
function specificWords(title: Token[]): string[] {
  const words = title.map((t) => t.word).filter((w) => !ROLE_NOUNS.has(w.toLowerCase()) && !VAGUE.has(w.toLowerCase()));
  const anchored =
    words.some(
      (w) => SPECIALTIES.has(w.toLowerCase()) || isCapitalized(w) || (w.length >= 4 && !/(?:ly|ing)$/i.test(w)),
    ) || AREA_MATCHER.match(words.join(' ')).length > 0;
  return anchored ? words : [];
}

const SCOPE_LEAD = new Set(['in', 'on', 'for', 'within', 'around', 'across']);

/** The area written after the head word: "data scientist roles in experimentation", "roles on the payments team". */
function scopeAfterHead(sentence: Sentence, tokens: Token[], index: number): Token[] {
  const lead = tokens[index + 1];
  if (!lead || !SCOPE_LEAD.has(lead.word.toLowerCase())) return [];
  const gapOk = (a: Token, b: Token) =>
    /^\s+$/.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
  const words: Token[] = [];
  let previous = lead;
  for (let k = index + 2; k < tokens.length && words.length < 4; k++) {
    const token = tokens[k] as Token;
    if (!gapOk(previous, token)) break;
    const lower = token.word.toLowerCase();
    if (lower === 'the' && words.length === 0) {
      previous = token;
      continue;
    }
    if (STOP.has(lower) && lower !== 'and') break;
    words.push(token);
    previous = token;
  }
  while (
    words.length &&
    ['team', 'teams', 'org', 'and', 'space', 'area'].includes((words[words.length - 1] as Token).word.toLowerCase())
  ) {
    words.pop();
  }
  return AREA_MATCHER.match(words.map((w) => w.word).join(' ')).length > 0 ? words : [];
}

/** A posting title written after the job noun: "PM, Checkout" or "Engineer - Payments". */
function titleAfter(sentence: Sentence, tokens: Token[], index: number): Token[] {
  const after: Token[] = [];
  let previous = tokens[index] as Token;
  for (let k = index + 1; k < tokens.length && after.length < MAX_TITLE_WORDS; k++) {
    const token = tokens[k] as Token;
    const gap = sentence.text.slice(previous.end - sentence.start, token.start - sentence.start);
    const joins = after.length === 0 ? /^\s*[,–—-]\s*$/.test(gap) : /^\s+$|^\s*[-&/]\s*$/.test(gap);
    if (!joins || !isCapitalized(token.word) || STOP.has(token.word.toLowerCase())) break;
    after.push(token);
    previous = token;
  }
  return after;
}

/** The referrer's own open roles, named word for word ("PM, Checkout"), are the clearest mention of all. */
function openRoleMentions(sentences: readonly Sentence[], openRoleTitles: readonly string[]): RoleMention[] {
  const mentions: RoleMention[] = [];
  for (const title of openRoleTitles) {
    const wanted = title.toLowerCase();
    if (wanted.length < 3) continue;
    sentences.forEach((sentence, sentenceIndex) => {
      const at = sentence.text.toLowerCase().indexOf(wanted);
      if (at === -1) return;
      const words = title.split(/\s+/).filter((w) => !ROLE_NOUNS.has(w.toLowerCase()) && !VAGUE.has(w.toLowerCase()));
      const text = sentence.text.slice(at, at + title.length);
      mentions.push({ evidence: text, title: text, qualifiers: words, sentenceIndex, posting: true });
    });
  }
  return mentions;
}

/** Finds roles the candidate names, in the order they appear. */
export function findRoles(sentences: readonly Sentence[], openRoleTitles: readonly string[] = []): RoleMention[] {
  const mentions: RoleMention[] = openRoleMentions(sentences, openRoleTitles);
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokenize(maskUrls(sentence.text), sentence.start);
    const intent = INTENT.exec(sentence.text);
    // A job-title noun names the target only after the words of wanting: "a data analyst moving into product" does not.
    const intentEnd = intent ? sentence.start + intent.index + intent[0].length : Number.POSITIVE_INFINITY;
    tokens.forEach((token, index) => {
      const lower = token.word.toLowerCase();
      const isHead = HEAD_WORDS.has(lower);
      const isRoleNoun = ROLE_NOUNS.has(lower) && lower !== 'product' && lower !== 'program' && lower !== 'technical';
      if (!isHead && !(isRoleNoun && (token.start >= intentEnd || labelsJobLink(sentence, tokens, index)))) return;
      // "team" only names a role in phrases like "join the payments team"; elsewhere it is background.
      if (lower === 'team' && !/\b(?:join|joining|on your|to your|for your)\b/i.test(sentence.text)) return;
      const nextWord = tokens[index + 1]?.word.toLowerCase();
      if (isRoleNoun && nextWord && (HEAD_WORDS.has(nextWord) || ROLE_NOUNS.has(nextWord))) return;
      const before = titleBefore(sentence, tokens, index);
      const after = isRoleNoun && isCapitalized(token.word) ? titleAfter(sentence, tokens, index) : [];
      const scope = isHead ? scopeAfterHead(sentence, tokens, index) : [];
      const title = isHead ? (before.length ? before : scope) : [...before, token, ...after];
      const qualifiers = specificWords(isHead ? [...before, ...scope] : [...before, ...after]);
      if (qualifiers.length === 0) {
        const ownTeam = ownTeamRole(sentence, isHead ? before : [...before, token], token);
        if (ownTeam) mentions.push({ ...ownTeam, sentenceIndex });
        return;
      }
      if (title.length === 0) return;
      const first = (isHead && before.length ? before[0] : title[0]) as Token;
      const last = title[title.length - 1] as Token;
      const evidenceEnd = isHead ? (scope.length ? (scope[scope.length - 1] as Token).end : token.end) : last.end;
      mentions.push({
        evidence: sentence.text.slice(first.start - sentence.start, evidenceEnd - sentence.start),
        title: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
        qualifiers,
        sentenceIndex,
        posting:
          after.length > 0 || (title.some((t, i) => i > 0 && isCapitalized(t.word)) && isCapitalized(first.word)),
      });
    });
  });
  return dedupe(mentions).sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}

/** A job link's label names its role: "iOS Engineer, Consumer App (https://…/r/8810)", as Slack shows a link. */
function labelsJobLink(sentence: Sentence, tokens: Token[], index: number): boolean {
  const after = titleAfter(sentence, tokens, index);
  const end = (after[after.length - 1] ?? tokens[index]) as Token;
  const link = /^\s*\((https?:\/\/[^\s)]+)\)/.exec(sentence.text.slice(end.end - sentence.start));
  return link !== null && isJobUrl(link[1] as string);
}

/** A kind of role ("PM", "backend engineer") asked for on the referrer's own team. */
function ownTeamRole(sentence: Sentence, title: Token[], last: Token): Omit<RoleMention, 'sentenceIndex'> | null {
  const first = title[0];
  if (!first || !title.some((t) => ROLE_NOUNS.has(t.word.toLowerCase()))) return null;
  const scope = ON_YOUR_TEAM.exec(sentence.text.slice(last.end - sentence.start));
  if (!scope) return null;
  const from = first.start - sentence.start;
  return {
    evidence: sentence.text.slice(from, last.end - sentence.start + scope[0].length),
    title: sentence.text.slice(from, (title[title.length - 1] as Token).end - sentence.start),
    qualifiers: ['your team'],
    posting: false,
    ownTeam: true,
  };
}

/** "platform PM" and "platform PM roles" in one sentence are one mention; keep the longer. */
function dedupe(mentions: RoleMention[]): RoleMention[] {
  return mentions.filter(
    (m, i) =>
      !mentions.some(
        (other, j) =>
          j !== i &&
          other.sentenceIndex === m.sentenceIndex &&
          (other.evidence.length > m.evidence.length || (other.evidence === m.evidence && j < i)) &&
          other.evidence.includes(m.evidence),
      ),
  );
}

const JOB_URL =
  /(?:careers?|jobs?|greenhouse|lever\.co|workday|ashbyhq|smartrecruiters|recruit|apply|openings?|positions?|requisition|\/job\/|\/jobs\/|\/role)/i;

export function isJobUrl(url: string): boolean {
  return JOB_URL.test(url);
}
