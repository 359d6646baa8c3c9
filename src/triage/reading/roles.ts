import { maskUrls } from '../intake/normalize.js';
import { once } from '../shared/once.js';
import { type WordSpan as Token, wordSpans } from '../shared/words.js';
import { AREA_MATCHER } from './areas.js';
import { GENERIC_JOB } from './job-nouns.js';
import { openingMentions } from './opening-mentions.js';
import type { RoleMention } from './role-mention.js';
import { isCapitalized, scopeAfterHead, titleAfter, titleBefore, titleNamedAfter } from './role-titles.js';
import {
  FIELD_ALONE,
  HAS_ROLE_WORD,
  HEAD_WORDS,
  INTENT,
  isJobUrl,
  ON_YOUR_TEAM,
  POST_WORDS,
  ROLE_NOUNS,
  SPECIALTIES,
  saysAnyKind,
  saysAnyOfList,
  VAGUE,
} from './role-words.js';
import type { Sentence } from './sentences.js';
import { soughtTitles } from './sought-title.js';

export type { RoleMention } from './role-mention.js';
export { ROLE_NOUNS, VAGUE } from './role-words.js';

/** A noun that names a job ("manager", "PM"); "product", "program" and "technical" are role words only beside one. */
const isJobNoun = (lower: string) =>
  ROLE_NOUNS.has(lower) && lower !== 'product' && lower !== 'program' && lower !== 'technical';

/**
 * The words that make a title specific: a product area, a kind of work, or a capitalized posting
 * word. "including PM" or "exciting PM" do not; "platform PM", "backend engineer" and "PM, Checkout" do.
 */
function specificWords(title: Token[]): string[] {
  const words = title.map((t) => t.word).filter((w) => !ROLE_NOUNS.has(w.toLowerCase()) && !VAGUE.has(w.toLowerCase()));
  // "sales roles" is a kind of work; "Sales Manager", "support specialist" and "Sales Associate" are jobs.
  const job = title.some((t) => isJobNoun(t.word.toLowerCase()) || GENERIC_JOB.has(t.word.toLowerCase()));
  if (!job && words.every((w) => FIELD_ALONE.has(w.toLowerCase()))) return [];
  // A posting title of role words alone, capitalized: "Technical Designer", "Technical Writer".
  if (words.length === 0 && job && title.length >= 2 && title.every((t) => isCapitalized(t.word))) {
    return title.filter((t) => !isJobNoun(t.word.toLowerCase())).map((t) => t.word);
  }
  const anchored =
    words.some(
      (w) => SPECIALTIES.has(w.toLowerCase()) || isCapitalized(w) || (w.length >= 4 && !/(?:ly|ing)$/i.test(w)),
    ) || AREA_MATCHER.match(words.join(' ')).length > 0;
  return anchored ? words : [];
}

/** A noun for who does a job: "hygienist", "technician", "surveyor", "nurse"; "blog" and "LinkedIn" are none. */
const doerNoun = (lower: string) =>
  isJobNoun(lower) || GENERIC_JOB.has(lower) || /^[a-z]{3,}(?:ist|ian|[st]or)$/.test(lower);

/**
 * "a band 6 caseload post on your team": a post with a pay grade before it, or on the referrer's team, is an
 * opening whatever noun comes before it; a blog post has neither, and "your post on your team's move" is one.
 */
const GRADED = /\b(?:band|grade|level|scale|step|pay point)\s?\d+[a-z]?\b[^.!?]{0,30}$/i;
const OWN_POST = /\b(?:your|my|his|her|their|our|blog|linkedin|instagram)\s+$/i;
/** "a senior audiologist post at yours": a post at the referrer's workplace is an opening there. */
const AT_YOURS =
  /^\s+(?:at|in|with)\s+(?:yours|your\s+(?:place|work|workplace|end|hospital|trust|clinic|practice|company|firm|site|unit|ward|department|office|lab|school))\b/i;
function postOpening(sentence: Sentence, token: Token): boolean {
  const [before, after] = [
    sentence.text.slice(0, token.start - sentence.start),
    sentence.text.slice(token.end - sentence.start),
  ];
  if (OWN_POST.test(before)) return false;
  if (AT_YOURS.test(after)) return true;
  return GRADED.test(before) || (ON_YOUR_TEAM.test(after) && !/^[^.!?]*?\bteam['’]s\b/i.test(after));
}

/**
 * "join the payments team", "a role on your team", "she'd suit a caseload team like yours" (a team of the referrer's
 * own kind); not "introduce one of them to your oncology team", which names an audience.
 */
const JOINS_A_TEAM =
  /\b(?:join|joining|on your|to your|for your)\b|\b(?:suit|fit (?:in(?:to)?|on|with)) (?:a|an)\b[^.!?]{1,40}\blike yours\b/i;
const INTRODUCES_TO_A_TEAM = /\b(?:introduc\w*|present\w*|pitch\w*|sell\w*|connect\w*)\b[^.!?]{0,80}\bto your\b/i;
const joinsATeam = (text: string) => JOINS_A_TEAM.test(text) && !INTRODUCES_TO_A_TEAM.test(text);

/**
 * "We moved the payment reconciliation job to events", "humne reconciliation job ko … banaya": a job
 * the writer worked on (a batch or cron job) is software, not an opening.
 */
const WORKED_ON_JOB = [
  /\b(?:I|we) (?:moved|migrated|rewrote|rebuilt|built|wrote|ran|scheduled|optimi[sz]ed|sped up|refactored|ported)[^.!?]{0,50}$/i,
  /\b(?:I|we) (?:automated|parallelized|fixed|debugged|split|made)[^.!?]{0,50}$/i,
  /\b(?:humne|hamne|maine|mene)\b[^.!?]{0,50}$/i,
];
const workedOn = (sentence: Sentence, token: Token) =>
  WORKED_ON_JOB.some((pattern) => pattern.test(sentence.text.slice(0, token.start - sentence.start)));

/**
 * "any HR job" names a kind of work, not a role; "any SRE openings on your team" is still a kind on their
 * team; "any forecaster / data analyst / GIS position", a list of kinds, is none wherever it is.
 */
function anyKindAt(sentence: Sentence, tokens: readonly Token[], titleStart: number, head: Token): boolean {
  const gapAfter = (i: number) =>
    sentence.text.slice((tokens[i]?.end ?? 0) - sentence.start, (tokens[i + 1]?.start ?? 0) - sentence.start);
  const kind = saysAnyKind(tokens, titleStart) && !ON_YOUR_TEAM.test(sentence.text.slice(head.end - sentence.start));
  return kind || saysAnyOfList(tokens, titleStart, gapAfter);
}

/** Finds roles the candidate names, in the order they appear. */
export function findRoles(sentences: readonly Sentence[], openRoleTitles: readonly string[] = []): RoleMention[] {
  const mentions: RoleMention[] = [...openingMentions(sentences, openRoleTitles), ...soughtTitles(sentences)];
  sentences.forEach((sentence, sentenceIndex) => {
    // Most sentences name no role at all; reading one costs a tokenization, so they are passed over first.
    if (!HAS_ROLE_WORD.test(sentence.text)) return;
    const tokens = wordSpans(maskUrls(sentence.text), sentence.start);
    const intent = INTENT.exec(sentence.text);
    // A job-title noun names the target only after the words of wanting: "a data analyst moving into product" does not.
    const intentEnd = intent ? sentence.start + intent.index + intent[0].length : Number.POSITIVE_INFINITY;
    const joinsTeam = once(() => joinsATeam(sentence.text));
    tokens.forEach((token, index) => {
      const lower = token.word.toLowerCase();
      const prior = tokens[index - 1]?.word.toLowerCase() ?? '';
      const isHead =
        HEAD_WORDS.has(lower) || (POST_WORDS.has(lower) && (doerNoun(prior) || postOpening(sentence, token)));
      const isRoleNoun = isJobNoun(lower);
      if (!isHead && !(isRoleNoun && (token.start >= intentEnd || labelsJobLink(sentence, tokens, index)))) return;
      // "team" only names a role in phrases like "join the payments team" (the sentence's, asked once); elsewhere it is background.
      if (lower === 'team' && !joinsTeam()) return;
      if ((lower === 'job' || lower === 'jobs') && workedOn(sentence, token)) return;
      const nextWord = tokens[index + 1]?.word.toLowerCase();
      if (isRoleNoun && nextWord && (HEAD_WORDS.has(nextWord) || POST_WORDS.has(nextWord) || ROLE_NOUNS.has(nextWord)))
        return;
      const before = titleBefore(sentence, tokens, index);
      const anyOfKind = anyKindAt(sentence, tokens, index - before.length, token);
      const after = isRoleNoun && isCapitalized(token.word) ? titleAfter(sentence, tokens, index) : [];
      const scope = isHead ? scopeAfterHead(sentence, tokens, index) : [];
      const named =
        isHead && before.length === 0 && token.start >= intentEnd ? titleNamedAfter(sentence, tokens, index) : [];
      const title = isHead ? (before.length ? before : named.length ? named : scope) : [...before, token, ...after];
      const qualifiers = anyOfKind
        ? []
        : specificWords(isHead ? [...before, ...named, ...scope] : [...before, token, ...after]);
      if (qualifiers.length === 0) {
        const ownTeam = ownTeamRole(sentence, isHead ? before : [...before, token], token);
        if (ownTeam) mentions.push({ ...ownTeam, sentenceIndex });
        const kind = anyOfKind && isHead ? anyOpening(sentence, token) : null;
        if (!ownTeam && kind) mentions.push({ ...kind, sentenceIndex });
        return;
      }
      if (title.length === 0) return;
      const first = (isHead && before.length ? before[0] : named.length ? token : title[0]) as Token;
      const last = title[title.length - 1] as Token;
      const evidenceEnd = isHead ? ((named.length ? last : scope[scope.length - 1])?.end ?? token.end) : last.end;
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
  return dedupe(mentions)
    .map((m) => (notOpenYet(sentences[m.sentenceIndex], m) ? { ...m, anyOf: true, posting: false } : m))
    .sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}

/**
 * A role that may open some day ("if a Store Manager job comes up", "should a charge nurse spot open up")
 * is a kind of work the candidate would take, not a posting to refer them for.
 */
const OPENS = String.raw`(?:comes? up|opens?(?: up)?|becomes? (?:available|open)|(?:is|are|gets?) (?:posted|listed|opened)|frees? up)`;
const NOT_OPEN_YET = new RegExp(
  String.raw`\b(?:if|when|whenever|should|once|in case) (?:a|an|any|another|one)\b[^.!?]{0,60}?\b${OPENS}\b`,
  'i',
);
function notOpenYet(sentence: Sentence | undefined, mention: RoleMention): boolean {
  const match = sentence ? NOT_OPEN_YET.exec(sentence.text) : null;
  return match?.[0].includes(mention.evidence) ?? false;
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

/** The side of the work after "any opening": "on the backend side", "in the data team". */
const SIDE = /^\s+(?:on|in|for|within) the ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) (?:side|team|end|org)\b/u;

/** "any opening on the backend side": a kind of work, any posting of it. */
function anyOpening(sentence: Sentence, head: Token): Omit<RoleMention, 'sentenceIndex'> | null {
  const from = head.end - sentence.start;
  const side = SIDE.exec(sentence.text.slice(from));
  if (!side) return null;
  const title = side[1] as string;
  return {
    evidence: sentence.text.slice(head.start - sentence.start, from + side[0].length),
    title,
    qualifiers: title.split(' '),
    posting: false,
    anyOf: true,
  };
}

/** "platform PM" and "platform PM roles" in one sentence are one mention: the longer, an opening if either was. */
function dedupe(mentions: RoleMention[]): RoleMention[] {
  const within = (inner: RoleMention, outer: RoleMention) =>
    inner.sentenceIndex === outer.sentenceIndex && outer.evidence.includes(inner.evidence);
  const kept = mentions.filter(
    (m, i) => !mentions.some((o, j) => j !== i && within(m, o) && (o.evidence.length > m.evidence.length || j < i)),
  );
  return kept.map((m) => {
    const inner = m.opening ? undefined : mentions.find((o) => o.opening && within(o, m));
    if (!inner) return m;
    // "your AE opening": the opening its initials stand for, by its own title.
    return inner.byInitials ? { ...m, opening: true, title: inner.title, byInitials: true } : { ...m, opening: true };
  });
}
